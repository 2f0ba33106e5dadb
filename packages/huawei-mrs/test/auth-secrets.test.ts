// No secret in any error or log line, under every auth mode: the suite both Huawei providers
// run, with MRS as its subject.
import { describeHuaweiSecrets } from "@cancel/testkit/huawei";
import { mrs } from "./huawei-subject.js";

describeHuaweiSecrets(mrs);
