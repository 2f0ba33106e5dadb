// One grammar for both ends: the client's formatter and the server's parser of
// `SubjectAndAppToken1.0 subjectToken="…", appToken="…"` (the spec's securitySchemes.subjectAndAppToken).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSubjectAndAppToken, subjectAndAppTokenHeader } from "../src/auth/index.js";

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const part = fc.string({ unit: fc.constantFrom(...BASE64URL), minLength: 1, maxLength: 40 });
/** A compact JWS as Entra ID issues it: three base64url parts, the header starting `eyJ`. */
const jwt = fc
  .tuple(part, part, part)
  .map(([header, payload, signature]) => `eyJ${header}.${payload}.${signature}`);

describe("SubjectAndAppToken1.0: the formatter and the parser agree", () => {
  it("parse(format(subject, app)) gives the tokens back, for every pair of JWTs", () => {
    fc.assert(
      fc.property(fc.option(jwt, { nil: undefined }), jwt, (subject, app) => {
        const parsed = parseSubjectAndAppToken(subjectAndAppTokenHeader(subject ?? "", app));
        expect(parsed).toEqual({ ok: true, tokens: { subjectToken: subject, appToken: app } });
      }),
    );
  });

  it("format(parse(header)) is the header again, for every header the parser accepts", () => {
    const header = fc
      .tuple(fc.string({ maxLength: 12 }), fc.option(jwt, { nil: "" }), jwt)
      .chain(([noise, subject, app]) =>
        fc.constantFrom(
          `SubjectAndAppToken1.0 subjectToken="${subject}", appToken="${app}"`,
          `SubjectAndAppToken1.0 subjectToken="${subject}", appToken="${app}"${noise}`,
          `${noise}SubjectAndAppToken1.0 subjectToken="${subject}", appToken="${app}"`,
        ),
      );
    fc.assert(
      fc.property(header, (value) => {
        const parsed = parseSubjectAndAppToken(value);
        if (parsed.ok) {
          const { subjectToken, appToken } = parsed.tokens;
          expect(subjectAndAppTokenHeader(subjectToken ?? "", appToken)).toBe(value);
        }
      }),
    );
  });

  it.each([
    [undefined, "the Authorization header is missing"],
    ["", "the Authorization header is missing"],
    ["Bearer eyJapp.x.y", "the Authorization header does not use the SubjectAndAppToken1.0 scheme"],
    [
      'SubjectAndAppToken1.0 appToken="eyJapp.x.y", subjectToken=""',
      'the Authorization header is not SubjectAndAppToken1.0 subjectToken="…", appToken="…"',
    ],
    [
      'SubjectAndAppToken1.0 subjectToken="",appToken="eyJapp.x.y"',
      'the Authorization header is not SubjectAndAppToken1.0 subjectToken="…", appToken="…"',
    ],
    [
      'SubjectAndAppToken1.0  subjectToken="", appToken="eyJapp.x.y"',
      'the Authorization header is not SubjectAndAppToken1.0 subjectToken="…", appToken="…"',
    ],
    [
      'SubjectAndAppToken1.0 subjectToken="", appToken=""',
      "the Authorization header has an empty appToken",
    ],
    [
      'SubjectAndAppToken1.0 subjectToken="", appToken="app-token-secret"',
      "the appToken of the Authorization header is not a JWT",
    ],
    [
      'SubjectAndAppToken1.0 subjectToken="eyJa+b/c==", appToken="eyJapp.x.y"',
      "the subjectToken of the Authorization header is not a JWT",
    ],
  ])("refuses %j: %s", (value, problem) => {
    expect(parseSubjectAndAppToken(value)).toEqual({ ok: false, problem });
  });

  it("a problem never repeats a token", () => {
    const secret = fc.string().map((s) => `SECRET-${s}`);
    fc.assert(
      fc.property(secret, secret, (a, b) => {
        const parsed = parseSubjectAndAppToken(
          `SubjectAndAppToken1.0 subjectToken="${a}", appToken="${b}"`,
        );
        if (!parsed.ok) {
          expect(parsed.problem).not.toContain("SECRET-");
        }
      }),
    );
  });
});
