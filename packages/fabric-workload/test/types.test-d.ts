import type { ConfirmedCancel } from "@cancel/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CancelItemJobInstanceErrorBody,
  type CancelItemJobInstanceInput,
  type CancelItemJobInstanceOutput,
  type components,
  cancelItemJobInstance,
  cancelItemJobInstanceConfirmed,
  createClient,
  type FabricWorkloadClient,
  type GetItemJobInstanceStateInput,
  type GetItemJobInstanceStateOutput,
  getItemJobInstanceState,
} from "../src/index.js";

const client = createClient();
const ids = {
  workspaceId: "e5ef604d-e14f-4a59-9133-75d5a0cb9334",
  itemType: "Contoso.FinanceAnalytics.Forecast",
  itemId: "b14cb7e7-d346-4751-9cfd-8c2767d53111",
  jobType: "calculateForecast",
  jobInstanceId: "63f77191-432d-4ee6-9c5f-31a1a6987072",
};
const headers = { activityId: "a", requestId: "r", tenantId: "t" };
const { activityId: _a, ...noActivityId } = { ...ids, ...headers };
const { requestId: _r, ...noRequestId } = { ...ids, ...headers };
const { tenantId: _t, ...noTenantId } = { ...ids, ...headers };
const { jobInstanceId: _j, ...noJobInstanceId } = { ...ids, ...headers };

type Expected = {
  workspaceId: string;
  itemType: string;
  itemId: string;
  jobType: string;
  jobInstanceId: string;
  activityId: string;
  requestId: string;
  tenantId: string;
};

describe("cancelItemJobInstance types", () => {
  it("requires every path id and the three header fields, as strings", () => {
    void cancelItemJobInstance(client, { ...ids, ...headers });
    // @ts-expect-error activityId (ActivityId header) is missing
    void cancelItemJobInstance(client, noActivityId);
    // @ts-expect-error requestId (RequestId header) is missing
    void cancelItemJobInstance(client, noRequestId);
    // @ts-expect-error tenantId (x-ms-client-tenant-id header) is missing
    void cancelItemJobInstance(client, noTenantId);
    // @ts-expect-error jobInstanceId is missing
    void cancelItemJobInstance(client, noJobInstanceId);
    // @ts-expect-error workspaceId must be a string
    void cancelItemJobInstance(client, { ...ids, ...headers, workspaceId: 1 });
    // @ts-expect-error requestId must be a string
    void cancelItemJobInstance(client, { ...ids, ...headers, requestId: 2 });
    // @ts-expect-error the wire name ActivityId is not an input field
    void cancelItemJobInstance(client, { ...ids, tenantId: "t", requestId: "r", ActivityId: "a" });
    // @ts-expect-error unknown fields do not compile
    void cancelItemJobInstance(client, { ...ids, ...headers, authorization: "x" });
    expectTypeOf<CancelItemJobInstanceInput>().toEqualTypeOf<Expected>();
    expectTypeOf(cancelItemJobInstance).parameter(0).toEqualTypeOf<FabricWorkloadClient>();
  });

  it("returns the typed job instance state", () => {
    expectTypeOf(
      cancelItemJobInstance,
    ).returns.resolves.toEqualTypeOf<CancelItemJobInstanceOutput>();
    expectTypeOf<CancelItemJobInstanceOutput>().toEqualTypeOf<
      components["schemas"]["ItemJobInstanceState"]
    >();
    type State = CancelItemJobInstanceOutput;
    type Status = State["status"];
    expectTypeOf<"Cancelled">().toExtend<Status>();
    // Open enum: a status Microsoft adds later is still admitted.
    expectTypeOf<string>().toExtend<Status>();
    expectTypeOf<State["startTimeUtc"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<State["endTimeUtc"]>().toEqualTypeOf<string | undefined>();
  });

  it("types the error body: the reference workload's PascalCase form or the Swagger's camelCase", () => {
    type Sample = components["schemas"]["SampleErrorResponse"];
    type Camel = components["schemas"]["ErrorDetails"];
    expectTypeOf<CancelItemJobInstanceErrorBody>().toEqualTypeOf<Sample | Camel>();
    expectTypeOf<Sample["ErrorCode"]>().toEqualTypeOf<string>();
    expectTypeOf<Sample["Source"]>().toEqualTypeOf<0 | 1 | 2>();
    expectTypeOf<Sample["MessageParameters"]>().toEqualTypeOf<string[] | null | undefined>();
    expectTypeOf<Camel["errorCode"]>().toEqualTypeOf<string>();
    expectTypeOf<Camel["source"]>().toEqualTypeOf<"System" | "User" | "External">();
  });

  it("cancelItemJobInstanceConfirmed: the confirmed outcome; header fields as for the cancel", () => {
    const auth = createClient({ appToken: "eyJ", tenantId: "t" });
    expectTypeOf(cancelItemJobInstanceConfirmed(auth, ids)).resolves.toEqualTypeOf<
      ConfirmedCancel<CancelItemJobInstanceOutput, GetItemJobInstanceStateOutput>
    >();
    void cancelItemJobInstanceConfirmed(client, { ...ids, ...headers });
    // @ts-expect-error a client without tenantId needs the header fields
    void cancelItemJobInstanceConfirmed(client, ids);
    // @ts-expect-error unknown fields do not compile
    void cancelItemJobInstanceConfirmed(auth, { ...ids, runId: 1 });
  });
});

describe("getItemJobInstanceState types", () => {
  it("takes the same input as cancel", () => {
    // @ts-expect-error tenantId is missing
    void getItemJobInstanceState(client, noTenantId);
    // @ts-expect-error itemType must be a string
    void getItemJobInstanceState(client, { ...ids, ...headers, itemType: ["a"] });
    // @ts-expect-error the input object is required
    void getItemJobInstanceState(client);
    expectTypeOf<GetItemJobInstanceStateInput>().toEqualTypeOf<Expected>();
  });

  it("types a failed job's errorDetails", () => {
    expectTypeOf(
      getItemJobInstanceState,
    ).returns.resolves.toEqualTypeOf<GetItemJobInstanceStateOutput>();
    type Details = NonNullable<GetItemJobInstanceStateOutput["errorDetails"]>;
    expectTypeOf<Details["errorCode"]>().toEqualTypeOf<string>();
    expectTypeOf<Details["isPermanent"]>().toEqualTypeOf<boolean | undefined>();
    type More = NonNullable<Details["moreDetails"]>[number];
    expectTypeOf<NonNullable<More["additionalParameters"]>[number]>().toEqualTypeOf<{
      name: string;
      value: string;
    }>();
  });
});

describe("createClient types", () => {
  it("accepts the spec's server variable only", () => {
    createClient({ server: { workloadBaseUrl: "https://forecast.example.net/fabric" } });
    // @ts-expect-error apiVersion is not a server variable of this spec
    createClient({ server: { apiVersion: "v1" } });
    // @ts-expect-error workloadBaseUrl is a string
    createClient({ server: { workloadBaseUrl: new URL("https://x.example") } });
  });
});
