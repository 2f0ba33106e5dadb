// Answers that echo the request's credentials back are scrubbed: the suite both Huawei providers
// run, with MRS as its subject.
import { describeHuaweiEcho } from "@cancel/testkit/huawei";
import { mrs } from "./huawei-subject.js";

describeHuaweiEcho(mrs);
