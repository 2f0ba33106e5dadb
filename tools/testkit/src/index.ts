export { type RecordedRequest, type MockServer, createMockServer } from "./mock-server.js";
export { type SpecExample, type OperationExamples, specExamples } from "./spec-examples.js";
