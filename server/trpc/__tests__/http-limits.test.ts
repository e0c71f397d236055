import { expect, it } from "vitest";
import { MAX_BATCH_CALLS, MAX_BODY_BYTES } from "../../domain/http-limits";
import { MAX_ICS_BYTES } from "../../domain/limits";
import { handleTrpcRequest } from "../http";

/** No procedure here touches the database: ping needs none, and signed-out calls stop before it. */
const signedOut = async () => ({
  db: undefined as never,
  userId: null,
  sessionId: null,
  clientAddress: null,
  now: () => new Date("2026-11-23T09:00:00Z"),
});
const base = "http://app.example/api/trpc";

function pings(count: number): Request {
  const paths = Array.from({ length: count }, () => "health.ping").join(",");
  return new Request(`${base}/${paths}?batch=1`);
}

function post(path: string, body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(`${base}/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

/** A JSON body of about `bytes` bytes for sign-up. */
function bigSignUp(bytes: number): string {
  return JSON.stringify({ json: { email: "big@example.test", name: "x".repeat(bytes), password: "y" } });
}

it("answers a batch of up to the limit and refuses a bigger one", async () => {
  expect((await handleTrpcRequest(pings(MAX_BATCH_CALLS), signedOut)).status).toBe(200);
  const refused = await handleTrpcRequest(pings(MAX_BATCH_CALLS + 1), signedOut);
  expect(refused.status).toBe(400);
  expect(await refused.text()).toContain("Batch call exceeds maximum size");
});

it("refuses a body over 1 MB with 413, whether it declares its length or not", async () => {
  expect((await handleTrpcRequest(post("account.signUp", bigSignUp(MAX_BODY_BYTES)), signedOut)).status).toBe(413);
  const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent > MAX_BODY_BYTES + chunk.byteLength) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  expect((await handleTrpcRequest(post("account.signUp", stream), signedOut)).status).toBe(413);
  // A small one reaches the procedure (and fails its validation).
  expect((await handleTrpcRequest(post("account.signUp", bigSignUp(1000)), signedOut)).status).toBe(400);
});

it("lets a calendar import carry a whole 5 MB file", async () => {
  const ics = "BEGIN:VEVENT\r\n".repeat(Math.floor(MAX_ICS_BYTES / 14));
  const body = JSON.stringify({ json: { text: ics, from: "2026-01-01", to: "2026-12-31" } });
  expect(body.length).toBeGreaterThan(MAX_BODY_BYTES);
  const response = await handleTrpcRequest(post("runs.previewImport", body), signedOut);
  // It reached the procedure, which wants a signed-in user.
  expect(response.status).toBe(401);
  expect((await handleTrpcRequest(post("runs.previewImport", "x".repeat(3 * MAX_ICS_BYTES)), signedOut)).status).toBe(
    413,
  );
});
