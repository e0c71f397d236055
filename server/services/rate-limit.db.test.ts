import { expect, it } from "vitest";
import { describeWithDatabase } from "@/db/testing";
import { clearAttempts, takeAttempt, tooManyAttempts, type RateRule } from "./rate-limit";

const rule: RateRule = { limit: 5, windowMs: 60_000, baseBlockMs: 60_000, maxBlockMs: 4 * 60_000 };
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 30, 9, 0, 0) + seconds * 1000);

describeWithDatabase("rate limits", (db, target) => {
  it("lets `limit` attempts through, refuses the next with the wait, and lets the user in after it", async () => {
    for (let i = 0; i < 5; i += 1) expect(await takeAttempt(db(), "k:basic", rule, at(i))).toEqual({ ok: true });
    expect(await takeAttempt(db(), "k:basic", rule, at(5))).toEqual({ ok: false, retryAfterSeconds: 60 });
    // Waiting attempts do not lengthen the block.
    expect(await takeAttempt(db(), "k:basic", rule, at(35))).toEqual({ ok: false, retryAfterSeconds: 30 });
    expect(await takeAttempt(db(), "k:basic", rule, at(65))).toEqual({ ok: true });
  });

  it("doubles the block with each strike up to the maximum, and forgets strikes after a quiet spell", async () => {
    const waits: number[] = [];
    let t = 0;
    for (let strike = 0; strike < 4; strike += 1) {
      let result = await takeAttempt(db(), "k:grow", rule, at(t));
      while (result.ok) {
        t += 1;
        result = await takeAttempt(db(), "k:grow", rule, at(t));
      }
      waits.push(result.retryAfterSeconds);
      t += result.retryAfterSeconds;
    }
    expect(waits).toEqual([60, 120, 240, 240]);
    // A long quiet spell (window + max block) later, the first block is short again.
    t += 60 + 240 + 60;
    let result = await takeAttempt(db(), "k:grow", rule, at(t));
    while (result.ok) result = await takeAttempt(db(), "k:grow", rule, at(t));
    expect(result).toEqual({ ok: false, retryAfterSeconds: 60 });
  });

  it("starts a new window once the old one has passed", async () => {
    for (let i = 0; i < 5; i += 1) await takeAttempt(db(), "k:window", rule, at(i));
    expect(await takeAttempt(db(), "k:window", rule, at(61))).toEqual({ ok: true });
  });

  it("clearing a key lets its owner straight back in", async () => {
    for (let i = 0; i < 6; i += 1) await takeAttempt(db(), "k:clear", rule, at(0));
    expect((await takeAttempt(db(), "k:clear", rule, at(1))).ok).toBe(false);
    await clearAttempts(db(), "k:clear");
    expect(await takeAttempt(db(), "k:clear", rule, at(2))).toEqual({ ok: true });
  });

  it("counts concurrent attempts once each", async () => {
    const wide: RateRule = { ...rule, limit: 10 };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => takeAttempt(db(), `k:race:${target}`, wide, at(0))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results.filter((r) => !r.ok)).toHaveLength(10);
  });

  it("says the wait plainly", () => {
    expect(tooManyAttempts(120).message).toBe("Too many attempts. Try again in 2 minutes.");
    expect(tooManyAttempts(45).message).toBe("Too many attempts. Try again in 45 seconds.");
    expect(tooManyAttempts(61).message).toBe("Too many attempts. Try again in 2 minutes.");
    expect(tooManyAttempts(3600).message).toBe("Too many attempts. Try again in 1 hour.");
    expect(tooManyAttempts(120).code).toBe("too-many-requests");
  });
});
