// AK/SK signing, IAM tokens, region → endpoint and configuration: the suite both Huawei
// providers run, with MRS as its subject.
import { describeHuaweiAuth } from "@cancel/testkit/huawei";
import { mrs } from "./huawei-subject.js";

describeHuaweiAuth(mrs);
