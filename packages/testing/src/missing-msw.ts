// What `@cancel/testing/msw` throws when msw is not installed (it is an optional peer dependency).

/** The runtime's "no such package" for msw: Node ESM, CommonJS `require`, or Vite's module runner. */
const MSW_NOT_FOUND = /Cannot find (?:package|module) ['"]msw['"]|Failed to load url msw(?![\w-])/;

/** Whether `error` says that the `msw` package could not be found. */
export function isMswMissing(error: unknown): boolean {
  return error instanceof Error && MSW_NOT_FOUND.test(error.message);
}

/**
 * An error that says to install msw when `error` is a missing msw; any other error as it is.
 * Keeps the original as `cause` and Node's `ERR_MODULE_NOT_FOUND` as `code`.
 */
export function explainMissingMsw(error: unknown): unknown {
  if (!isMswMissing(error)) return error;
  const message =
    "@cancel/testing/msw needs msw (2 or 3), which is not installed: npm install -D msw " +
    "(or pnpm add -D msw, yarn add -D msw). Without msw, the simulators are in @cancel/testing " +
    "and the loopback HTTP servers in @cancel/testing/node.";
  return Object.assign(new Error(message, { cause: error }), { code: "ERR_MODULE_NOT_FOUND" });
}
