// readEnv under a runtime that guards the environment: Deno without --allow-env throws
// NotCapable from `process.env[name]`; the variable then reads as unset.
import { afterEach, describe, expect, it } from "vitest";
import { readEnv } from "../src/env.js";

const original = Object.getOwnPropertyDescriptor(process, "env")!;
afterEach(() => {
  Object.defineProperty(process, "env", original);
});

/** A process.env like Deno's without permission for `denied`. */
function guardEnv(values: Record<string, string>, denied: string): void {
  const env = new Proxy(values, {
    get(target, name) {
      if (name === denied) {
        throw new Error(`Requires env access to "${denied}", run again with the --allow-env flag`);
      }
      return target[name as string];
    },
  });
  Object.defineProperty(process, "env", { value: env, configurable: true, writable: true });
}

describe("readEnv", () => {
  it("reads a set variable; empty or unset is undefined", () => {
    guardEnv({ CANCEL_A: "x", CANCEL_EMPTY: "" }, "CANCEL_DENIED");
    expect(readEnv("CANCEL_A")).toBe("x");
    expect(readEnv("CANCEL_EMPTY")).toBeUndefined();
    expect(readEnv("CANCEL_UNSET")).toBeUndefined();
  });

  it("a variable the runtime refuses to show reads as unset, not as an error", () => {
    guardEnv({ CANCEL_A: "x" }, "CANCEL_DENIED");
    expect(readEnv("CANCEL_DENIED")).toBeUndefined();
    expect(readEnv("CANCEL_A")).toBe("x");
  });
});
