import { expect, it } from "vitest";
import { handleTrpcRequest } from "../http";

/** No database needed: a refused request never builds a context, a passed one fails validation first. */
const noContext = async () => {
  throw new Error("the context must not be built for a refused request");
};

function signUpPost(headers: Record<string, string>): Request {
  return new Request("http://app.example:3000/api/trpc/account.signUp", {
    method: "POST",
    headers: { "content-type": "application/json", host: "app.example:3000", ...headers },
    body: JSON.stringify({ json: { email: "not-an-email", name: "", password: "x" } }),
  });
}

it("refuses a mutation whose Origin is another site with 403", async () => {
  for (const origin of [
    "https://evil.example",
    "http://app.example:3001",
    "http://app.example.evil.test:3000",
    "null",
  ]) {
    const response = await handleTrpcRequest(signUpPost({ origin }), noContext);
    expect(response.status, origin).toBe(403);
  }
});

it("lets a mutation from the app's own origin, or one without Origin, reach the procedure", async () => {
  const sameOrigin: Record<string, string>[] = [{ origin: "http://app.example:3000" }, {}];
  for (const headers of sameOrigin) {
    const response = await handleTrpcRequest(signUpPost(headers), async () => ({
      db: undefined as never,
      userId: null,
      sessionId: null,
      clientAddress: null,
      now: () => new Date("2026-11-23T09:00:00Z"),
    }));
    // It reached tRPC: the input is refused as bad input, not as cross-site.
    expect(response.status).toBe(400);
  }
});

it("compares against the forwarded host when a proxy sits in front", async () => {
  const behindProxy = { host: "127.0.0.1:3000", "x-forwarded-host": "app.example", origin: "https://app.example" };
  const response = await handleTrpcRequest(signUpPost(behindProxy), async () => ({
    db: undefined as never,
    userId: null,
    sessionId: null,
    clientAddress: null,
    now: () => new Date("2026-11-23T09:00:00Z"),
  }));
  expect(response.status).toBe(400);
});
