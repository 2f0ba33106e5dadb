// Each operation's table entry, documented errors and input validation, checked against the
// spec: the suite both Huawei providers run, with DLI as its subject.
import { describeHuaweiOperationContract } from "@cancel/testkit/huawei";
import { dli } from "./huawei-subject.js";

describeHuaweiOperationContract(dli);
