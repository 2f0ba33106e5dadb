// Everything that needs neither msw nor `node:` (the `.` entry; `./node` re-exports it).
export { type Route, type SimulatorOptions, urlPattern, VendorSimulator } from "./base.js";
export { type Clock, createManualClock, type ManualClock, realClock } from "./clock.js";
export {
  type DatabricksLifeCycleState,
  type DatabricksRunInit,
  DatabricksSimulator,
  type DatabricksSimulatorOptions,
} from "./databricks.js";
export {
  type EmrJobRunInit,
  type EmrJobRunState,
  EmrServerlessSimulator,
  type EmrServerlessSimulatorOptions,
} from "./emr-serverless.js";
export {
  FABRIC_SIMULATOR_BASE_URL,
  type FabricCancelAnswer,
  type FabricJobInstanceInit,
  type FabricJobStatus,
  FabricWorkloadSimulator,
  type FabricWorkloadSimulatorOptions,
} from "./fabric-workload.js";
export {
  type Fault,
  type FaultHandle,
  FaultInjector,
  type FaultRule,
  seededRandom,
} from "./faults.js";
export { HuaweiSimulator, type HuaweiSimulatorOptions } from "./huawei.js";
export {
  type DliJobInit,
  type DliJobStatus,
  HuaweiDliSimulator,
  type HuaweiDliSimulatorOptions,
} from "./huawei-dli.js";
export {
  HuaweiMrsSimulator,
  type HuaweiMrsSimulatorOptions,
  type MrsJobInit,
  type MrsJobState,
} from "./huawei-mrs.js";
export {
  CONNECTION_RESET,
  type SimAnswer,
  type SimRequestRecord,
  type Vendor,
  VENDORS,
} from "./shared.js";
export { type AwsKey, type SigV4Verdict, type SigV4VerifyOptions, verifySigV4 } from "./sigv4.js";
export { createSimulators, type Simulators, type SimulatorsOptions } from "./simulators.js";
