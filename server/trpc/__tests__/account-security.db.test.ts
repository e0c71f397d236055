import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { describeWithDatabase } from "@/db/testing";
import { signIn } from "../../services/accounts";
import { endAuthSession, verifySignedIn } from "../../services/auth-sessions";
import { callerFor } from "./caller";
import { codeOf } from "./codes";

const PASSWORD = "correct-horse-9";
const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);
const at = (seconds: number) => new Date(T0 + seconds * 1000);

let counter = 0;
async function newAccount(db: Database, clientAddress: string | null = null) {
  counter += 1;
  const email = `security-${counter}-${Date.now()}@example.test`;
  const user = await callerFor(db, null, () => at(0), { clientAddress }).account.signUp({
    email,
    name: "Secure Runner",
    password: PASSWORD,
  });
  return { user, email };
}

/** A browser's tRPC caller as the HTTP route builds it: the token's claims checked against the session table. */
async function browserCaller(db: Database, claims: { userId: string; sessionId: string }, now = () => at(0)) {
  const signedIn = await verifySignedIn(db, claims);
  return callerFor(db, signedIn?.userId ?? null, now, { sessionId: signedIn?.sessionId ?? null });
}

async function signedInBrowser(db: Database, email: string, password = PASSWORD, seconds = 0) {
  const outcome = await signIn(db, { email, password }, { clientAddress: null, now: at(seconds) });
  if (!outcome.ok) throw new Error(`sign-in failed: ${outcome.reason}`);
  return { userId: outcome.user.id, sessionId: outcome.sessionId };
}

describeWithDatabase("sign-in limits", (db) => {
  it("refuses the sixth quick attempt on one account with the wait, even with the right password", async () => {
    const { email } = await newAccount(db());
    for (let i = 0; i < 5; i += 1) {
      expect(await signIn(db(), { email, password: "wrong-password-1" }, { clientAddress: null, now: at(i) })).toEqual({
        ok: false,
        reason: "credentials",
      });
    }
    expect(await signIn(db(), { email, password: PASSWORD }, { clientAddress: null, now: at(5) })).toEqual({
      ok: false,
      reason: "too-many-attempts",
      retryAfterSeconds: 60,
    });
    // The same email in another case is the same account.
    const shouted = await signIn(
      db(),
      { email: email.toUpperCase(), password: PASSWORD },
      { clientAddress: null, now: at(30) },
    );
    expect(shouted).toMatchObject({ ok: false, reason: "too-many-attempts", retryAfterSeconds: 35 });
    // After the wait, the owner gets in.
    expect(await signIn(db(), { email, password: PASSWORD }, { clientAddress: null, now: at(66) })).toMatchObject({
      ok: true,
    });
  });

  it("a successful sign-in clears the account's count", async () => {
    const { email } = await newAccount(db());
    for (let i = 0; i < 4; i += 1)
      await signIn(db(), { email, password: "wrong-password-1" }, { clientAddress: null, now: at(i) });
    expect(await signIn(db(), { email, password: PASSWORD }, { clientAddress: null, now: at(4) })).toMatchObject({
      ok: true,
    });
    for (let i = 0; i < 4; i += 1)
      await signIn(db(), { email, password: "wrong-password-1" }, { clientAddress: null, now: at(5 + i) });
    expect(await signIn(db(), { email, password: PASSWORD }, { clientAddress: null, now: at(10) })).toMatchObject({
      ok: true,
    });
  });

  it("limits one address spraying many accounts, and lets it back after the wait", async () => {
    const address = "203.0.113.10";
    const { email } = await newAccount(db());
    for (let i = 0; i < 20; i += 1) {
      const outcome = await signIn(
        db(),
        { email: `nobody-${i}@example.test`, password: "wrong-password-1" },
        { clientAddress: address, now: at(i) },
      );
      expect(outcome).toEqual({ ok: false, reason: "credentials" });
    }
    expect(await signIn(db(), { email, password: PASSWORD }, { clientAddress: address, now: at(20) })).toEqual({
      ok: false,
      reason: "too-many-attempts",
      retryAfterSeconds: 60,
    });
    // Another address is not affected.
    expect(
      await signIn(db(), { email, password: PASSWORD }, { clientAddress: "198.51.100.2", now: at(21) }),
    ).toMatchObject({
      ok: true,
    });
    expect(await signIn(db(), { email, password: PASSWORD }, { clientAddress: address, now: at(81) })).toMatchObject({
      ok: true,
    });
  });
});

describeWithDatabase("concurrent sign-in attempts", (db) => {
  it("20 wrong passwords at once: exactly five are checked, fifteen are told to wait", async () => {
    const { email } = await newAccount(db());
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        signIn(db(), { email, password: `wrong-password-${i}` }, { clientAddress: null, now: at(1) }),
      ),
    );
    const reasons = outcomes.map((outcome) => (outcome.ok ? "signed-in" : outcome.reason));
    expect(reasons.filter((reason) => reason === "credentials")).toHaveLength(5);
    expect(reasons.filter((reason) => reason === "too-many-attempts")).toHaveLength(15);
  });
});

describeWithDatabase("sign-up limits", (db) => {
  it("refuses the sixth sign-up from one address with TOO_MANY_REQUESTS and the wait, then lets it through later", async () => {
    const address = "203.0.113.20";
    for (let i = 0; i < 5; i += 1) await newAccount(db(), address);
    const sixth = callerFor(db(), null, () => at(1), { clientAddress: address }).account.signUp({
      email: `late-${Date.now()}@example.test`,
      name: "Late",
      password: PASSWORD,
    });
    await expect(sixth).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Too many attempts. Try again in 10 minutes.",
    });
    const later = await callerFor(db(), null, () => at(601), { clientAddress: address }).account.signUp({
      email: `later-${Date.now()}@example.test`,
      name: "Later",
      password: PASSWORD,
    });
    expect(later.name).toBe("Later");
  });
});

describeWithDatabase("revocable sessions", (db) => {
  it("a signed-out session is refused (UNAUTHORIZED) while the user's other session keeps working", async () => {
    const { email } = await newAccount(db());
    const laptop = await signedInBrowser(db(), email);
    const phone = await signedInBrowser(db(), email);
    expect((await (await browserCaller(db(), laptop)).profile.get()).email).toBe(email);

    await endAuthSession(db(), laptop.sessionId);
    expect(await codeOf((await browserCaller(db(), laptop)).profile.get())).toBe("UNAUTHORIZED");
    expect((await (await browserCaller(db(), phone)).profile.get()).email).toBe(email);
  });

  it("a token without a session id, or naming another user's session, is signed out", async () => {
    const { email, user } = await newAccount(db());
    const other = await newAccount(db());
    const theirs = await signedInBrowser(db(), other.email);
    expect(await verifySignedIn(db(), { userId: user.id, sessionId: null })).toBeNull();
    expect(await verifySignedIn(db(), { userId: user.id, sessionId: theirs.sessionId })).toBeNull();
    expect(await verifySignedIn(db(), await signedInBrowser(db(), email))).toMatchObject({ userId: user.id });
  });

  it("sign out everywhere ends every session of the user and no one else's", async () => {
    const { email } = await newAccount(db());
    const stranger = await newAccount(db());
    const sessions = [await signedInBrowser(db(), email), await signedInBrowser(db(), email)];
    const strangers = await signedInBrowser(db(), stranger.email);

    expect(await (await browserCaller(db(), sessions[0]!)).security.signOutEverywhere()).toEqual({ ended: 2 });
    for (const session of sessions) {
      expect(await codeOf((await browserCaller(db(), session)).profile.get())).toBe("UNAUTHORIZED");
    }
    expect(await codeOf((await browserCaller(db(), strangers)).profile.get())).toBe("resolved");
  });

  it("changing the password ends every other session, keeps this one, and the new password signs in", async () => {
    const { email } = await newAccount(db());
    const here = await signedInBrowser(db(), email);
    const elsewhere = await signedInBrowser(db(), email);

    const result = await (
      await browserCaller(db(), here)
    ).security.changePassword({
      currentPassword: PASSWORD,
      newPassword: "hill-repeats-77",
    });
    expect(result).toEqual({ endedSessions: 1 });
    expect(await codeOf((await browserCaller(db(), here)).profile.get())).toBe("resolved");
    expect(await codeOf((await browserCaller(db(), elsewhere)).profile.get())).toBe("UNAUTHORIZED");
    expect(await signIn(db(), { email, password: PASSWORD }, { clientAddress: null, now: at(1) })).toEqual({
      ok: false,
      reason: "credentials",
    });
    expect(
      await signIn(db(), { email, password: "hill-repeats-77" }, { clientAddress: null, now: at(2) }),
    ).toMatchObject({
      ok: true,
    });
  });

  it("refuses a password change with a wrong current password or a weak new one, changing nothing", async () => {
    const { email } = await newAccount(db());
    const here = await signedInBrowser(db(), email);
    const elsewhere = await signedInBrowser(db(), email);
    const caller = await browserCaller(db(), here);

    await expect(
      caller.security.changePassword({ currentPassword: "not-my-password-1", newPassword: "hill-repeats-77" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "That is not your current password.",
    });
    await expect(
      caller.security.changePassword({ currentPassword: PASSWORD, newPassword: "Password1!" }),
    ).rejects.toThrow(/most common passwords/);
    await expect(caller.security.changePassword({ currentPassword: PASSWORD, newPassword: "short1" })).rejects.toThrow(
      /at least 10 characters/,
    );
    expect(await codeOf((await browserCaller(db(), elsewhere)).profile.get())).toBe("resolved");
    expect(await signIn(db(), { email, password: PASSWORD }, { clientAddress: null, now: at(1) })).toMatchObject({
      ok: true,
    });
  });

  it("guessing the current password through the change form hits the sign-in limit", async () => {
    const { email } = await newAccount(db());
    const caller = await browserCaller(db(), await signedInBrowser(db(), email), () => at(10));
    for (let i = 0; i < 5; i += 1) {
      expect(
        await codeOf(
          caller.security.changePassword({ currentPassword: `guess-number-${i}`, newPassword: "hill-repeats-77" }),
        ),
      ).toBe("BAD_REQUEST");
    }
    await expect(
      caller.security.changePassword({ currentPassword: PASSWORD, newPassword: "hill-repeats-77" }),
    ).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
  });
});
