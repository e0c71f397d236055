import { describe, expect, it } from "vitest";
import { describeWithDatabase } from "@/db/testing";
import { authenticate } from "../../services/accounts";
import { callerFor, signedUpCaller } from "./caller";
import { codeOf } from "./codes";

describeWithDatabase("accounts", (db) => {
  it("signs up a user with a hashed password and signs them in by email, in any case", async () => {
    const user = await callerFor(db()).account.signUp({
      email: "  Mara@Example.com ",
      name: "Mara",
      password: "tempo-tuesday-4",
      timeZone: "America/Denver",
    });
    expect(user).toMatchObject({
      email: "mara@example.com",
      name: "Mara",
      timeZone: "America/Denver",
      units: "km",
      weekStart: "monday",
    });

    expect(await authenticate(db(), "MARA@example.com", "tempo-tuesday-4")).toMatchObject({ id: user.id });
    expect(await authenticate(db(), "mara@example.com", "wrong-password-1")).toBeNull();
    expect(await authenticate(db(), "nobody@example.com", "tempo-tuesday-4")).toBeNull();
  });

  it("refuses a second account with the same email, whatever its case", async () => {
    const caller = callerFor(db());
    await caller.account.signUp({ email: "twin@example.com", name: "One", password: "long-run-sunday-1" });
    await expect(
      caller.account.signUp({ email: "TWIN@example.com", name: "Two", password: "long-run-sunday-2" }),
    ).rejects.toThrow(/already exists/);
  });

  it.each([
    ["short1", /at least 10 characters/],
    ["onlyletterspassword", /mixing letters with numbers or symbols/],
    ["12345678901", /mixing letters/],
  ])("refuses the weak password %j with a clear message", async (password, message) => {
    await expect(
      callerFor(db()).account.signUp({ email: `weak-${password}@example.com`, name: "W", password }),
    ).rejects.toThrow(message);
  });

  it("rejects an unknown time zone and a malformed email", async () => {
    const caller = callerFor(db());
    await expect(
      caller.account.signUp({ email: "tz@example.com", name: "T", password: "threshold-22", timeZone: "Mars/Olympus" }),
    ).rejects.toThrow(/time zone/);
    await expect(caller.account.signUp({ email: "not-an-email", name: "T", password: "threshold-22" })).rejects.toThrow(
      /valid email/,
    );
  });
});

describeWithDatabase("profile", (db) => {
  it("is UNAUTHORIZED for anonymous callers", async () => {
    expect(await codeOf(callerFor(db()).profile.get())).toBe("UNAUTHORIZED");
    expect(
      await codeOf(callerFor(db()).profile.update({ name: "x", timeZone: "UTC", units: "km", weekStart: "monday" })),
    ).toBe("UNAUTHORIZED");
  });

  it("reads and edits the caller's own profile and nobody else's", async () => {
    const mara = await signedUpCaller(db(), "Mara");
    const ben = await signedUpCaller(db(), "Ben");
    const updated = await mara.caller.profile.update({
      name: "Mara K",
      timeZone: "Australia/Sydney",
      units: "mi",
      weekStart: "sunday",
    });
    expect(updated).toMatchObject({ name: "Mara K", timeZone: "Australia/Sydney", units: "mi", weekStart: "sunday" });
    expect(await mara.caller.profile.get()).toMatchObject({ name: "Mara K", units: "mi" });
    expect(await ben.caller.profile.get()).toMatchObject({ name: "Ben", units: "km" });
  });
});

describe("health.ping", () => {
  it("answers without a database", async () => {
    const caller = callerFor(undefined as never);
    await expect(caller.health.ping()).resolves.toEqual({ ok: true });
  });
});
