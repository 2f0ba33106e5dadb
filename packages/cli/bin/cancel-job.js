#!/usr/bin/env node
// The installed `cancel-job` command. It is committed (not built) so that package managers can
// link it before `dist/` exists, as in a fresh workspace install; the CLI itself is dist/bin.js.
import "../dist/bin.js";
