/** A fault a simulator can inject instead of (or before) its normal answer. */
export type Fault =
  /** Waits `ms` real milliseconds before answering (keep it small in tests). */
  | { kind: "latency"; ms: number }
  /** 429 with the vendor's throttling envelope and `Retry-After: retryAfterSeconds` (default 1). */
  | { kind: "throttle"; retryAfterSeconds?: number | undefined }
  /** A 5xx with the vendor's internal-error envelope (default 500; 503 adds `Retry-After` where the vendor does). */
  | { kind: "server-error"; status?: 500 | 502 | 503 | 504 | undefined }
  /**
   * Drops the connection without an answer: the HTTP server destroys the socket, msw answers
   * `HttpResponse.error()` (a network error).
   */
  | { kind: "reset" };

/** When a fault applies. All given conditions must hold; none given = every request. */
export interface FaultRule {
  fault: Fault;
  /** Only these operations (spec operationIds, e.g. `cancelRun`, `getJobRun`). */
  operation?: string | readonly string[] | undefined;
  /** Only requests about this job / run id. */
  jobId?: string | number | undefined;
  /** Only every Nth matching request (the Nth, 2Nth, …). */
  every?: number | undefined;
  /** Only with this probability (0–1), drawn from the simulator's seeded random numbers. */
  probability?: number | undefined;
  /** At most this many times in all, then the rule is spent. */
  times?: number | undefined;
}

export interface FaultHandle {
  /** Removes the rule. */
  remove(): void;
  /** How many times the rule has fired. */
  readonly fired: number;
}

/** Seeded random numbers in [0, 1) (mulberry32): the same seed gives the same faults. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ActiveRule {
  rule: FaultRule;
  matched: number;
  fired: number;
}

/** The fault rules of one simulator. */
export class FaultInjector {
  readonly #rules: ActiveRule[] = [];
  readonly #random: () => number;

  constructor(seed = 1) {
    this.#random = seededRandom(seed);
  }

  /** Adds a rule; rules are tried in the order added. */
  add(rule: FaultRule): FaultHandle {
    const { every, probability, times } = rule;
    if (every !== undefined && (!Number.isInteger(every) || every < 1))
      throw new RangeError("every must be a positive integer");
    if (probability !== undefined && !(probability >= 0 && probability <= 1))
      throw new RangeError("probability must be between 0 and 1");
    if (times !== undefined && (!Number.isInteger(times) || times < 0))
      throw new RangeError("times must be a non-negative integer");
    const active: ActiveRule = { rule, matched: 0, fired: 0 };
    this.#rules.push(active);
    const rules = this.#rules;
    return {
      remove() {
        const i = rules.indexOf(active);
        if (i >= 0) rules.splice(i, 1);
      },
      get fired() {
        return active.fired;
      },
    };
  }

  /** Removes every rule. */
  clear(): void {
    this.#rules.length = 0;
  }

  /**
   * The faults for one request: every latency that fires (summed), then the first other fault
   * that fires.
   */
  pick(operation: string, jobId: string | undefined): { latencyMs: number; fault?: Fault } {
    let latencyMs = 0;
    let fault: Fault | undefined;
    for (const active of this.#rules) {
      const { rule } = active;
      if (fault !== undefined && rule.fault.kind !== "latency") continue;
      if (rule.operation !== undefined) {
        const ops = typeof rule.operation === "string" ? [rule.operation] : rule.operation;
        if (!ops.includes(operation)) continue;
      }
      if (rule.jobId !== undefined && String(rule.jobId) !== jobId) continue;
      if (rule.times !== undefined && active.fired >= rule.times) continue;
      active.matched++;
      if (rule.every !== undefined && active.matched % rule.every !== 0) continue;
      if (rule.probability !== undefined && !(this.#random() < rule.probability)) continue;
      active.fired++;
      if (rule.fault.kind === "latency") latencyMs += rule.fault.ms;
      else fault = rule.fault;
    }
    return fault === undefined ? { latencyMs } : { latencyMs, fault };
  }
}
