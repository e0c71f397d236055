import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { authSessions } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import type { ReceivedMail } from "../../mail/test-smtp";
import { appSmtpForThisFile } from "./app-smtp";
import { authenticate } from "../../services/accounts";
import { callerFor, signedUpCaller } from "./caller";
import { codeOf } from "./codes";

/**
 * "Forgot your password?" end to end on a real database and a real SMTP server: the emailed link
 * works once, for an hour, for its own account only, and using it ends every session.
 */

const OLD_PASSWORD = "correct-horse-9";
const NEW_PASSWORD = "new-stride-77";
const T0 = new Date("2026-12-01T08:00:00Z");
const minutesAfter = (minutes: number) => () => new Date(T0.getTime() + minutes * 60_000);

const smtp = appSmtpForThisFile();

/** The `count`-th mail to `to` (1-based), waiting for it: each request sends a new one. */
async function nthMailTo(to: string, count: number): Promise<ReceivedMail> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const mails = smtp().received.filter((mail) => mail.to.includes(to));
    if (mails.length >= count) return mails[count - 1]!;
    if (Date.now() > deadline) throw new Error(`mail ${count} to ${to} did not arrive`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function tokenIn(mail: ReceivedMail): string {
  const match = /http:\/\/groundwork\.test\/reset-password\?token=([A-Za-z0-9_-]{43})/.exec(mail.text);
  if (!match) throw new Error(`no reset link in: ${mail.text}`);
  return match[1]!;
}

describeWithDatabase("password reset", (db) => {
  const anonymous = (minutes = 0, clientAddress: string | null = null) =>
    callerFor(db(), null, minutesAfter(minutes), { clientAddress });

  async function runnerWithSessions(name: string) {
    const { user } = await signedUpCaller(db(), name);
    await db()
      .insert(authSessions)
      .values([
        { userId: user.id, createdAt: T0 },
        { userId: user.id, createdAt: T0 },
      ]);
    return user;
  }
  const sessionsOf = async (userId: string) =>
    (await db().select().from(authSessions).where(eq(authSessions.userId, userId))).length;

  it("emails a link that sets the new password once, ends every session of that account only, and signs in", async () => {
    const runner = await runnerWithSessions("Reset Runner");
    const bystander = await runnerWithSessions("Bystander");

    expect(await anonymous().account.requestPasswordReset({ email: runner.email.toUpperCase() })).toEqual({
      accepted: true,
    });
    const mail = await nthMailTo(runner.email, 1);
    expect(mail.subject).toBe("Choose a new Groundwork password");
    expect(mail.text).toContain("works once, for 1 hour");
    const token = tokenIn(mail);
    expect(await anonymous(1).account.resetLinkStatus({ token })).toEqual({ status: "open" });

    // A weak password is refused with the sign-up rule's reason, and the link still works.
    const weak = anonymous(2).account.resetPassword({ token, password: "password12" });
    await expect(weak).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await anonymous(2).account.resetLinkStatus({ token })).toEqual({ status: "open" });

    expect(await anonymous(3).account.resetPassword({ token, password: NEW_PASSWORD })).toEqual({
      email: runner.email,
    });
    expect(await sessionsOf(runner.id)).toBe(0);
    expect(await sessionsOf(bystander.id)).toBe(2);
    expect(await authenticate(db(), runner.email, NEW_PASSWORD)).toMatchObject({ id: runner.id });
    expect(await authenticate(db(), runner.email, OLD_PASSWORD)).toBeNull();
    expect(await authenticate(db(), bystander.email, OLD_PASSWORD)).toMatchObject({ id: bystander.id });

    // The same link a second time: refused, and the password stays the one just chosen.
    const again = anonymous(4).account.resetPassword({ token, password: "another-pace-55" });
    await expect(again).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/already used/) });
    expect(await anonymous(4).account.resetLinkStatus({ token })).toEqual({ status: "used" });
    expect(await authenticate(db(), runner.email, NEW_PASSWORD)).toMatchObject({ id: runner.id });
  });

  it("refuses a link after its hour, and only the latest link works", async () => {
    const runner = await runnerWithSessions("Late Runner");
    await anonymous(0).account.requestPasswordReset({ email: runner.email });
    const first = tokenIn(await nthMailTo(runner.email, 1));
    expect(await anonymous(60).account.resetLinkStatus({ token: first })).toEqual({ status: "expired" });
    expect(await codeOf(anonymous(60).account.resetPassword({ token: first, password: NEW_PASSWORD }))).toBe(
      "BAD_REQUEST",
    );
    expect(await authenticate(db(), runner.email, OLD_PASSWORD)).toMatchObject({ id: runner.id });
    expect(await sessionsOf(runner.id)).toBe(2);

    await anonymous(61).account.requestPasswordReset({ email: runner.email });
    const second = tokenIn(await nthMailTo(runner.email, 2));
    await anonymous(62).account.requestPasswordReset({ email: runner.email });
    const third = tokenIn(await nthMailTo(runner.email, 3));
    expect(await codeOf(anonymous(63).account.resetPassword({ token: second, password: NEW_PASSWORD }))).toBe(
      "BAD_REQUEST",
    );
    // 59 minutes after it was sent, the latest link still works.
    expect(await anonymous(62 + 59).account.resetPassword({ token: third, password: NEW_PASSWORD })).toEqual({
      email: runner.email,
    });
    expect(await sessionsOf(runner.id)).toBe(0);
  });

  it("answers the same for an address with no account, and sends nothing to it", async () => {
    const nobody = `nobody-${Date.now()}@example.test`;
    const runner = await runnerWithSessions("Known Runner");
    const unknownAnswer = await anonymous().account.requestPasswordReset({ email: nobody });
    const knownAnswer = await anonymous().account.requestPasswordReset({ email: runner.email });
    expect(unknownAnswer).toEqual(knownAnswer);
    await nthMailTo(runner.email, 1); // sent after the unknown one's would have been
    expect(smtp().received.filter((mail) => mail.to.includes(nobody))).toEqual([]);
    // The per-account limit is counted by address typed, so it also looks the same for both.
    for (let i = 0; i < 2; i++) {
      await anonymous().account.requestPasswordReset({ email: nobody });
      await anonymous().account.requestPasswordReset({ email: runner.email });
    }
    const unknownRefusal = anonymous().account.requestPasswordReset({ email: nobody });
    const knownRefusal = anonymous().account.requestPasswordReset({ email: runner.email });
    await expect(unknownRefusal).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Too many attempts. Try again in 1 hour.",
    });
    await expect(knownRefusal).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Too many attempts. Try again in 1 hour.",
    });
  });

  it("limits requests per address, and lets the address through once the wait is over", async () => {
    const address = "203.0.113.7";
    const emails = Array.from({ length: 6 }, (_, i) => `limit-${i}-${Date.now()}@example.test`);
    for (const email of emails.slice(0, 5)) await anonymous(0, address).account.requestPasswordReset({ email });
    const refused = anonymous(1, address).account.requestPasswordReset({ email: emails[5]! });
    await expect(refused).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/minutes/),
    });
    // Another address is not affected; the same one gets through after the block.
    expect(await anonymous(1, "198.51.100.4").account.requestPasswordReset({ email: emails[5]! })).toEqual({
      accepted: true,
    });
    expect(await anonymous(17, address).account.requestPasswordReset({ email: emails[5]! })).toEqual({
      accepted: true,
    });
  });

  it("refuses a malformed or unknown token as bad input, never a server error", async () => {
    expect(await anonymous().account.resetLinkStatus({ token: "x".repeat(43) })).toEqual({ status: "unknown" });
    expect(await codeOf(anonymous().account.resetPassword({ token: "x".repeat(43), password: NEW_PASSWORD }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(anonymous().account.resetPassword({ token: "bad\u0000token", password: NEW_PASSWORD }))).toBe(
      "BAD_REQUEST",
    );
  });
});
