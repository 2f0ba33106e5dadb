import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type Bump, diffSpecs, maxBump } from "../src/spec-bump.ts";

// biome-ignore lint/suspicious/noExplicitAny: fixtures are edited as plain JSON
type Doc = any;
const base: Doc = parse(readFileSync(join(import.meta.dirname, "fixtures/base.yaml"), "utf8"));

function changed(edit: (doc: Doc) => void): Doc {
  const doc = structuredClone(base);
  edit(doc);
  return doc;
}
const cancel = (doc: Doc) => doc.paths["/jobs/{job_id}/cancel"].post;
const schemas = (doc: Doc) => doc.components.schemas;

const cases: [string, (doc: Doc) => void, Bump, RegExp?][] = [
  ["nothing", () => {}, "none"],
  [
    "a description",
    (d) => {
      cancel(d).description = "Stops a job.";
    },
    "patch",
  ],
  [
    "an error response",
    (d) => {
      cancel(d).responses["409"] = { description: "Done." };
    },
    "patch",
  ],
  // minor
  [
    "an optional input field added",
    (d) => {
      schemas(d).CancelRequest.properties.ttl = { type: "integer" };
    },
    "minor",
    /optional input field added/,
  ],
  [
    "an optional query parameter added",
    (d) => {
      cancel(d).parameters.push({ name: "dry", in: "query", schema: { type: "boolean" } });
    },
    "minor",
    /optional parameter added/,
  ],
  [
    "an output field added",
    (d) => {
      schemas(d).Job.properties.ended_at = { type: "integer" };
    },
    "minor",
    /output field added/,
  ],
  [
    "an operation added",
    (d) => {
      d.paths["/jobs"] = {
        get: { operationId: "listJobs", responses: { "200": { description: "ok" } } },
      };
    },
    "minor",
    /operation added/,
  ],
  [
    "an input enum widened",
    (d) => {
      cancel(d).parameters[1].schema.enum.push("quota");
    },
    "minor",
    /enum value\(s\) added/,
  ],
  [
    "an input limit loosened",
    (d) => {
      cancel(d).parameters[0].schema.maxLength = 128;
    },
    "minor",
    /maxLength 64 → 128/,
  ],
  [
    "an output field made required",
    (d) => {
      schemas(d).Job.required.push("started_at");
    },
    "minor",
    /now required/,
  ],
  // major
  [
    "an operation removed",
    (d) => {
      delete d.paths["/jobs/{job_id}"];
    },
    "major",
    /operation removed/,
  ],
  [
    "an input field removed",
    (d) => {
      delete schemas(d).CancelRequest.properties.note;
    },
    "major",
    /input field removed/,
  ],
  [
    "an output field removed",
    (d) => {
      delete schemas(d).Job.properties.started_at;
    },
    "major",
    /output field removed/,
  ],
  [
    "an input limit narrowed",
    (d) => {
      cancel(d).parameters[0].schema.maxLength = 32;
    },
    "major",
    /maxLength 64 → 32/,
  ],
  [
    "an input pattern added",
    (d) => {
      schemas(d).CancelRequest.properties.note.pattern = "^[a-z]+$";
    },
    "major",
    /pattern/,
  ],
  [
    "an input enum value removed",
    (d) => {
      cancel(d).parameters[1].schema.enum = ["user"];
    },
    "major",
    /removed: "timeout"/,
  ],
  [
    "an output enum value removed",
    (d) => {
      schemas(d).Job.properties.state.enum = ["RUNNING"];
    },
    "major",
    /removed/,
  ],
  [
    "an optional input made required",
    (d) => {
      schemas(d).CancelRequest.required = ["force"];
    },
    "major",
    /now required/,
  ],
  [
    "a required input field added",
    (d) => {
      schemas(d).CancelRequest.properties.who = { type: "string" };
      schemas(d).CancelRequest.required = ["who"];
    },
    "major",
    /required input field added/,
  ],
  [
    "a required parameter added",
    (d) => {
      cancel(d).parameters.push({
        name: "x-tenant",
        in: "header",
        required: true,
        schema: { type: "string" },
      });
    },
    "major",
    /required parameter added/,
  ],
  [
    "a field's type changed",
    (d) => {
      schemas(d).Job.properties.started_at = { type: "string" };
    },
    "major",
    /type integer → string/,
  ],
  [
    "an output field made optional",
    (d) => {
      schemas(d).Job.required = ["id"];
    },
    "major",
    /now optional/,
  ],
  [
    "a success response removed",
    (d) => {
      cancel(d).responses["202"] = cancel(d).responses["200"];
      delete cancel(d).responses["200"];
    },
    "major",
    /success response removed/,
  ],
  [
    "an operation moved",
    (d) => {
      d.paths["/v2/jobs/{job_id}"] = d.paths["/jobs/{job_id}"];
      delete d.paths["/jobs/{job_id}"];
    },
    "major",
    /moved/,
  ],
];

describe("diffSpecs", () => {
  it.each(cases)("%s → %s", (_name, edit, bump, finding) => {
    const diff = diffSpecs(base, changed(edit));
    expect(diff.bump, JSON.stringify(diff.findings)).toBe(bump);
    if (finding)
      expect(diff.findings.map((f) => `${f.where}: ${f.what}`).join("\n")).toMatch(finding);
  });

  it("takes the largest bump of several changes and names each", () => {
    const diff = diffSpecs(
      base,
      changed((d) => {
        schemas(d).Job.properties.ended_at = { type: "integer" };
        delete d.paths["/jobs/{job_id}"];
      }),
    );
    expect(diff.bump).toBe("major");
    // ended_at is reported for the one remaining operation that returns a Job, and for its
    // recursive `parent` (one level: the recursion stops at the repeated $ref).
    expect(diff.findings.map((f) => `${f.bump} ${f.where}: ${f.what}`)).toEqual([
      "minor cancelJob → 200.ended_at: output field added",
      "major getJob: operation removed (GET /jobs/{job_id})",
    ]);
  });

  it("terminates on recursive schemas", () => {
    expect(diffSpecs(base, structuredClone(base)).bump).toBe("none");
  });

  it("orders bumps", () => {
    expect(maxBump("patch", "major", "minor")).toBe("major");
    expect(maxBump()).toBe("none");
  });
});

describe("the real specs", () => {
  it.each(["databricks", "emr-serverless", "huawei-mrs", "huawei-dli", "fabric-workload"])(
    "%s compared with itself needs no bump",
    (id) => {
      const doc = parse(
        readFileSync(join(import.meta.dirname, `../../../specs/${id}.yaml`), "utf8"),
      );
      expect(diffSpecs(doc, structuredClone(doc))).toEqual({ bump: "none", findings: [] });
    },
  );
});
