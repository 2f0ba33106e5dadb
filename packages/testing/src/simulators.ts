import type { Clock } from "./clock.js";
import { DatabricksSimulator, type DatabricksSimulatorOptions } from "./databricks.js";
import { EmrServerlessSimulator, type EmrServerlessSimulatorOptions } from "./emr-serverless.js";
import { FabricWorkloadSimulator, type FabricWorkloadSimulatorOptions } from "./fabric-workload.js";
import { HuaweiDliSimulator, type HuaweiDliSimulatorOptions } from "./huawei-dli.js";
import { HuaweiMrsSimulator, type HuaweiMrsSimulatorOptions } from "./huawei-mrs.js";
import type { VendorSimulator } from "./base.js";
import type { SimRequestRecord, Vendor } from "./shared.js";

export interface SimulatorsOptions {
  /** Shared by every simulator (default: real time). */
  clock?: Clock | undefined;
  /** Default cancel delay of every simulator, ms (default 0). */
  cancelDelayMs?: number | undefined;
  /** Seed of the `probability` fault rules (default 1). */
  seed?: number | undefined;
  databricks?: DatabricksSimulatorOptions | undefined;
  emrServerless?: EmrServerlessSimulatorOptions | undefined;
  huaweiMrs?: HuaweiMrsSimulatorOptions | undefined;
  huaweiDli?: HuaweiDliSimulatorOptions | undefined;
  fabricWorkload?: FabricWorkloadSimulatorOptions | undefined;
}

/** The five vendor simulators over one clock. */
export interface Simulators {
  readonly clock: Clock;
  readonly databricks: DatabricksSimulator;
  readonly emrServerless: EmrServerlessSimulator;
  readonly huaweiMrs: HuaweiMrsSimulator;
  readonly huaweiDli: HuaweiDliSimulator;
  readonly fabricWorkload: FabricWorkloadSimulator;
  /** The simulator of a vendor id (`emr-serverless`, `huawei-dli`, …). Keys are the config keys. */
  vendor(id: Vendor): VendorSimulator;
  /** All five, in the registry's order (`VENDORS`). */
  readonly all: readonly VendorSimulator[];
  /** Every request of every simulator, in the order handled. */
  requests(): SimRequestRecord[];
  /** Removes every fault rule. */
  clearFaults(): void;
}

/**
 * Creates the five stateful simulators. Use them through `simulatorHandlers` from
 * `@cancel/testing/msw` or `startSimulators` from `@cancel/testing/node` (a loopback HTTP
 * server); both share this state.
 */
export function createSimulators(options: SimulatorsOptions = {}): Simulators {
  const shared = {
    clock: options.clock,
    cancelDelayMs: options.cancelDelayMs,
    seed: options.seed,
  };
  const pick = <T extends object>(own: T | undefined) => ({
    ...Object.fromEntries(Object.entries(shared).filter(([, v]) => v !== undefined)),
    ...own,
  });
  const databricks = new DatabricksSimulator(pick(options.databricks));
  const emrServerless = new EmrServerlessSimulator(pick(options.emrServerless));
  const huaweiMrs = new HuaweiMrsSimulator(pick(options.huaweiMrs));
  const huaweiDli = new HuaweiDliSimulator(pick(options.huaweiDli));
  const fabricWorkload = new FabricWorkloadSimulator(pick(options.fabricWorkload));
  const all = [databricks, emrServerless, fabricWorkload, huaweiDli, huaweiMrs] as const;
  const log: SimRequestRecord[] = [];
  for (const sim of all) sim.log = log;
  return {
    clock: databricks.clock,
    databricks,
    emrServerless,
    huaweiMrs,
    huaweiDli,
    fabricWorkload,
    all,
    vendor(id) {
      const found = all.find((s) => s.vendor === id);
      if (!found) throw new Error(`unknown vendor ${id}`);
      return found;
    },
    requests: () => [...log],
    clearFaults() {
      for (const s of all) s.faults.clear();
    },
  };
}
