/** A problem in a spec, named by file and JSON pointer (or line and column for YAML syntax). */
export class SpecError extends Error {
  override name = "SpecError";
  readonly file: string;
  readonly pointer: string;
  readonly problem: string;
  constructor(file: string, pointer: string, problem: string) {
    super(`${file}#${pointer}: ${problem}`);
    this.file = file;
    this.pointer = pointer;
    this.problem = problem;
  }
}

/** Several spec problems at once; the generator reports them all and writes nothing. */
export class SpecErrors extends Error {
  override name = "SpecErrors";
  readonly errors: readonly SpecError[];
  constructor(errors: readonly SpecError[]) {
    super(errors.map((e) => e.message).join("\n"));
    this.errors = errors;
  }
}

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function pointerOf(...segments: (string | number)[]): string {
  return segments.map((s) => `/${escapePointerSegment(String(s))}`).join("");
}
