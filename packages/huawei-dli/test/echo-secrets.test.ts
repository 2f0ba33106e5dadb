// Answers that echo the request's credentials back are scrubbed: the suite both Huawei providers
// run, with DLI as its subject.
import { describeHuaweiEcho } from "@cancel/testkit/huawei";
import { dli } from "./huawei-subject.js";

describeHuaweiEcho(dli);
