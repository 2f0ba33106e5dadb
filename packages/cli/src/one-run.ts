/**
 * One run named on the command line (`cancel-job <provider> <ids…>`, `cancel-job guard <provider>
 * <ids…>`): its provider, its flags checked against that provider, its target, and a client
 * configured for it from the flags, `--config` and the environment.
 */
import {
  type CancelClientConfig,
  type CancelError,
  type CancelTarget,
  createCancelClient,
} from "@cancel/sdk";
import type { Io } from "./cli.js";
import {
  checkExclusions,
  envLayer,
  type Flags,
  flagLayer,
  logLayer,
  mergeConfig,
  PROVIDER_FLAG_NAMES,
  readConfig,
  withFlagFields,
} from "./config.js";
import { cliMessage } from "./messages.js";
import type { Wording } from "./output.js";
import { PROVIDER_SPECS, type ProviderSpec, providerSpec, UsageError } from "./providers.js";

export interface OneRun {
  spec: ProviderSpec;
  target: CancelTarget;
  client: ReturnType<typeof createCancelClient>;
  /** Words a CancelError in the command line's terms. */
  word: Wording;
}

/** The provider a command line names, or a usage error listing the providers. */
export function providerOf(id: string): ProviderSpec {
  const spec = providerSpec(id);
  if (!spec) {
    throw new UsageError(
      `unknown provider ${JSON.stringify(id)}: use one of ${PROVIDER_SPECS.map((p) => p.id).join(", ")}`,
    );
  }
  return spec;
}

/** Checks the command line of one run and configures its client; nothing is sent. */
export async function oneRun(
  spec: ProviderSpec,
  ids: readonly string[],
  flags: Flags,
  io: Io,
): Promise<OneRun> {
  for (const name of PROVIDER_FLAG_NAMES) {
    if (flags[name] !== undefined && !(name in spec.flags)) {
      throw new UsageError(
        `--${name} does not apply to ${spec.id} (see cancel-job ${spec.id} --help)`,
      );
    }
  }
  if (flags.concurrency !== undefined) {
    throw new UsageError("--concurrency goes with --file (many targets)");
  }
  checkExclusions([spec], flags);
  if (ids.length !== spec.ids.length) {
    throw new UsageError(
      `${spec.id} takes ${spec.ids.length} id${spec.ids.length === 1 ? "" : "s"} (${spec.ids.map((i) => `<${i}>`).join(" ")}), got ${ids.length}`,
    );
  }
  const target = withFlagFields(spec, spec.target([...ids]), flags, "the command line");
  const fileConfig = await readConfig(typeof flags.config === "string" ? flags.config : undefined);
  return { spec, target, ...commandClient([spec], flags, io, fileConfig) };
}

/**
 * The client of one command for its providers: the caller's config, then `CANCEL_LOG`, the
 * environment, `--config` and the flags, later layers winning; and the wording of its errors in
 * the command line's terms.
 */
export function commandClient(
  specs: readonly ProviderSpec[],
  flags: Flags,
  io: Io,
  fileConfig: CancelClientConfig,
): Pick<OneRun, "client" | "word"> {
  const client = createCancelClient(
    mergeConfig(
      io.config ?? {},
      logLayer(io),
      envLayer(specs, io.env),
      fileConfig,
      flagLayer(specs, flags),
    ),
  );
  const word = (e: CancelError) => cliMessage(e, { flags, env: io.env, fileConfig });
  return { client, word };
}
