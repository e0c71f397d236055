import { sql } from "drizzle-orm";
import { afterEach, expect, it, vi } from "vitest";
import { describeWithDatabase } from "@/db/testing";
import { handleTrpcRequest } from "../http";

const now = () => new Date("2026-11-23T09:00:00Z");

function signUpRequest(email: string, name: string): Request {
  const body = { json: { email, name, password: "correct-horse-9", timeZone: "Europe/Berlin" } };
  return new Request("http://localhost:3000/api/trpc/account.signUp", {
    method: "POST",
    headers: { "content-type": "application/json", host: "localhost:3000" },
    body: JSON.stringify(body),
  });
}

describeWithDatabase("an unexpected error over HTTP", (db) => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("answers with a generic message and a reference, and logs the real error once under that reference", async () => {
    // A constraint the schemas know nothing about: the insert reaches SQL and fails there.
    await db().execute(sql`alter table users add constraint probe_refuses_name check (name <> 'Probe Refused')`);
    const logged: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: unknown) => {
      logged.push(String(line));
    });

    const email = "leak-probe@example.test";
    const response = await handleTrpcRequest(signUpRequest(email, "Probe Refused"), async () => ({
      db: db(),
      userId: null,
      sessionId: null,
      clientAddress: null,
      now,
    }));
    const text = await response.text();

    expect(response.status).toBe(500);
    for (const secret of [
      "insert",
      "users",
      "$argon2",
      email,
      "params",
      "Failed query",
      "probe_refuses_name",
      ".ts:",
    ]) {
      expect(text).not.toContain(secret);
    }
    const body = JSON.parse(text) as { error: { json: { message: string; data: { requestId: string } } } };
    const requestId = body.error.json.data.requestId;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.error.json.message).toContain(requestId);

    expect(logged).toHaveLength(1);
    const line = JSON.parse(logged[0] ?? "{}") as { requestId: string; path: string; error: { message: string } };
    expect(line.requestId).toBe(requestId);
    expect(line.path).toBe("account.signUp");
    expect(line.error.message).toContain("probe_refuses_name");
  });

  it("keeps a refusal's own message and adds no reference", async () => {
    const response = await handleTrpcRequest(signUpRequest("not-an-email", "Fine Name"), async () => ({
      db: db(),
      userId: null,
      sessionId: null,
      clientAddress: null,
      now,
    }));
    const body = (await response.json()) as { error: { json: { data: { code: string; requestId?: string } } } };
    expect(response.status).toBe(400);
    expect(body.error.json.data.code).toBe("BAD_REQUEST");
    // superjson writes an absent field as null on the wire.
    expect(body.error.json.data.requestId ?? null).toBeNull();
  });
});
