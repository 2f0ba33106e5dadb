// AK/SK signing, IAM tokens, region → endpoint and configuration: the suite both Huawei
// providers run, with DLI as its subject.
import { describeHuaweiAuth } from "@cancel/testkit/huawei";
import { dli } from "./huawei-subject.js";

describeHuaweiAuth(dli);
