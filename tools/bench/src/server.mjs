// @ts-check
/**
 * The loopback server every measurement talks to, run in its own process so that its work does
 * not share the measured client's event loop. Answers each provider's cancel with that vendor's
 * documented success (plain `node:http`, nothing intercepted). Prints `{"port":…}` once listening.
 */
import { createServer } from "node:http";

const EMR = JSON.stringify({
  applicationId: "00f1r6ss7gs9ue09",
  jobRunId: "00f1s0tqg1gkas09",
});
const DLI = JSON.stringify({ is_success: true, message: "" });
const FABRIC = JSON.stringify({
  status: "Cancelled",
  startTimeUtc: "2023-08-22T06:35:00.7812154",
  endTimeUtc: "2023-08-22T06:35:00.8033333",
});

/**
 * @param {string} method
 * @param {string} path
 * @returns {[number, Record<string, string>, string]}
 */
function answer(method, path) {
  if (method === "DELETE" && path.startsWith("/applications/")) {
    return [
      200,
      {
        "content-type": "application/json",
        "x-amzn-requestid": "b2c3d4e5-0000-4000-8000-000000000001",
      },
      EMR,
    ];
  }
  if (method === "POST" && path === "/api/2.2/jobs/runs/cancel") {
    return [200, { "content-type": "application/json", "x-request-id": "dbx-1" }, "{}"];
  }
  if (method === "POST" && path.startsWith("/v2/") && path.endsWith("/kill")) {
    return [200, { "x-request-id": "mrs-1" }, ""];
  }
  if (method === "DELETE" && path.startsWith("/v1.0/")) {
    return [200, { "content-type": "application/json", "x-request-id": "dli-1" }, DLI];
  }
  if (method === "POST" && path.startsWith("/workspaces/") && path.endsWith("/cancel")) {
    return [200, { "content-type": "application/json", requestid: "fabric-1" }, FABRIC];
  }
  return [404, { "content-type": "application/json" }, '{"message":"not found"}'];
}

const server = createServer((request, response) => {
  const path = (request.url ?? "/").split("?")[0] ?? "/";
  const [status, headers, body] = answer(request.method ?? "GET", path);
  // Drain the request body before answering (Databricks sends one).
  request.resume();
  request.on("end", () => {
    response.writeHead(status, { ...headers, "content-length": String(Buffer.byteLength(body)) });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.headersTimeout = 61_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ port })}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
// The parent holds our stdin open: when it exits (even killed), stdin ends and so do we.
process.stdin.on("end", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));
process.stdin.resume();
