// No secret in any error or log line, under every auth mode: the suite both Huawei providers
// run, with DLI as its subject.
import { describeHuaweiSecrets } from "@cancel/testkit/huawei";
import { dli } from "./huawei-subject.js";

describeHuaweiSecrets(dli);
