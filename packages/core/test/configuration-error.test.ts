// The structured side of ConfigurationError / CredentialsError: the problem alone, the value at
// fault and the ways to fix it, beside the message a library caller reads.
import { describe, expect, it } from "vitest";
import { ConfigurationError, CredentialsError, normaliseBaseUrl } from "../src/index.js";

function thrown(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    return error as ConfigurationError;
  }
  throw new Error("nothing thrown");
}

describe.each([ConfigurationError, CredentialsError])("%o", (ErrorClass) => {
  it("defaults: the problem is the message, no subject, no fixes", () => {
    const error = new ErrorClass("something is off", { provider: "p" });
    expect(error).toMatchObject({ problem: "something is off", subject: undefined, fixes: [] });
  });

  it("takes one fix or alternatives, always exposing a list", () => {
    const one = new ErrorClass("no region: pass region", {
      problem: "no region",
      fix: { options: ["region"], env: ["AWS_REGION"], example: "eu-west-1" },
    });
    expect(one.fixes).toEqual([{ options: ["region"], env: ["AWS_REGION"], example: "eu-west-1" }]);
    const two = new ErrorClass("no credentials", {
      fix: [{ options: ["token"] }, { env: ["ID", "SECRET"] }],
    });
    expect(two.fixes).toEqual([{ options: ["token"] }, { env: ["ID", "SECRET"] }]);
    expect(two.toJSON()).toMatchObject({ problem: "no credentials", fixes: two.fixes });
  });

  it("names the value at fault", () => {
    const error = new ErrorClass("host is empty", { subject: "host", problem: "is empty" });
    expect(error).toMatchObject({ subject: "host", problem: "is empty", message: "host is empty" });
  });
});

describe("normaliseBaseUrl", () => {
  it("says that allowInsecureLoopback fixes plain http to a loopback host", () => {
    const error = thrown(() => normaliseBaseUrl("http://127.0.0.1:8080", { provider: "p" }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(
      "baseUrl http://127.0.0.1:8080 uses plain http: set allowInsecureLoopback: true to talk to a local simulator",
    );
    expect(error.problem).toBe("http://127.0.0.1:8080 uses plain http");
    expect(error.fixes).toEqual([{ options: ["allowInsecureLoopback"] }]);
  });
});
