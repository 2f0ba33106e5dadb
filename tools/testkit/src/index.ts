export { type RecordedRequest, type MockServer, createMockServer } from "./mock-server.ts";
export { type SpecExample, type OperationExamples, specExamples } from "./spec-examples.ts";
