import fc from "fast-check";
import { expect, it } from "vitest";
import { describeWithDatabase } from "@/db/testing";
import { callerFor, signedUpCaller } from "./caller";
import { codeOf } from "./codes";
import { marathonSettings } from "./marathon-calendar";

/**
 * The probe's inputs that used to end in HTTP 500 (a NUL PostgreSQL cannot store, dates near
 * year 9999 the planner could not write): each must be refused as bad input, never reach SQL.
 */

/** A control character PostgreSQL or a reader would choke on (tabs and line breaks stay allowed), U+0000 first. */
const controlChar = fc.oneof(
  fc.constant("\u0000"),
  fc.constantFrom(0x0b, 0x0c, 0x7f).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0x01, max: 0x08 }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0x0e, max: 0x1f }).map((code) => String.fromCharCode(code)),
);
/** Ordinary text with a control character inside (not at an end, where trimming would hide a tab-like case). */
const textWithControl = fc
  .tuple(fc.string({ maxLength: 20 }), controlChar, fc.string({ maxLength: 20 }))
  .map(([before, control, after]) => `Ann ${before}${control}${after} Lee`);
/** A valid-looking ISO date far outside 1900-2200. */
const farDate = fc.oneof(
  fc.constant("9999-12-31"),
  fc.constant("0100-01-04"),
  fc
    .integer({ min: 2201, max: 9999 })
    .chain((year) => fc.integer({ min: 1, max: 12 }).map((month) => `${year}-${String(month).padStart(2, "0")}-01`)),
  fc.integer({ min: 1, max: 1899 }).map((year) => `${String(year).padStart(4, "0")}-06-15`),
);

const runs = { numRuns: 40 };

describeWithDatabase("bad input is refused, never a server error", (db) => {
  it("sign-up with a control character in the name", async () => {
    await fc.assert(
      fc.asyncProperty(textWithControl, async (name) => {
        const code = await codeOf(
          callerFor(db()).account.signUp({ email: "fuzz@example.test", name, password: "correct-horse-9" }),
        );
        expect(code).toBe("BAD_REQUEST");
      }),
      runs,
    );
  });

  it("a week, a plan's race day and a run far outside the calendar, and a run title with a control character", async () => {
    const { caller } = await signedUpCaller(db(), "Fuzz Target");
    await fc.assert(
      fc.asyncProperty(farDate, textWithControl, async (date, title) => {
        expect(await codeOf(caller.plans.week({ date }))).toBe("BAD_REQUEST");
        expect(await codeOf(caller.plans.create({ settings: { ...marathonSettings, raceDate: date } }))).toBe(
          "BAD_REQUEST",
        );
        expect(await codeOf(caller.runs.create({ date, type: "easy" }))).toBe("BAD_REQUEST");
        expect(await codeOf(caller.runs.create({ date: "2026-11-24", type: "easy", title }))).toBe("BAD_REQUEST");
      }),
      runs,
    );
  });

  it("a comment, a training-log note and a logged set's exercise with a control character", async () => {
    const { caller } = await signedUpCaller(db(), "Fuzz Writer");
    const write = () => ({ clientId: crypto.randomUUID(), clientTime: "2026-11-30T10:00:00Z" });
    const session = { sessionId: crypto.randomUUID(), sets: [] as { exerciseId: string; set: number; reps: number }[] };
    await fc.assert(
      fc.asyncProperty(textWithControl, async (text) => {
        expect(await codeOf(caller.comments.add({ subject: { weekOf: "2026-11-30" }, body: text }))).toBe(
          "BAD_REQUEST",
        );
        expect(await codeOf(caller.sessions.log({ ...session, ...write(), note: text }))).toBe("BAD_REQUEST");
        const sets = [{ exerciseId: `goblet-squat${text}`, set: 1, reps: 8 }];
        expect(await codeOf(caller.sessions.log({ ...session, ...write(), sets }))).toBe("BAD_REQUEST");
      }),
      runs,
    );
  });
});
