import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { plannerLog } from "@/db/queries/planner-log";
import { planSessions } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { athleteWithPlan, SUNDAY_WEEK_2, tap, WEEK_1, WEEK_2 } from "./checkoff-fixtures";

/** The training log as the planner reads it, optional sessions and adherence, and the re-plan from the log. */
describeWithDatabase("the planner's log", (db) => {
  it("reads done sessions with their sets and prescribed reps, skips with the reason, and unticked past sessions as missed", async () => {
    const { user, caller, weekOf } = await athleteWithPlan(db);
    const [a, b] = (await weekOf(WEEK_1)).sessions;
    const [c] = (await weekOf(WEEK_2)).sessions;
    await caller.sessions.checkOff({ sessionId: a!.id, status: "done", ...tap() });
    const first = (await caller.plans.session({ sessionId: a!.id })).exercises[0]!;
    await caller.sessions.log({
      sessionId: a!.id,
      sets: [1, 2].map((set) => ({ exerciseId: first.exerciseId, set, reps: 12, loadKg: 20 })),
      rpe: 9,
      ...tap(5),
    });
    await caller.sessions.checkOff({ sessionId: c!.id, status: "skipped", reason: "injured", ...tap() });

    const log = await plannerLog(db(), { athleteId: user.id, today: "2026-12-06" });
    const byDate = new Map(log.map((entry) => [entry.date, entry]));
    expect(byDate.get(a!.date)).toMatchObject({
      status: "done",
      rpe: 9,
      sets: [
        { exerciseId: first.exerciseId, reps: 12, loadKg: 20 },
        { exerciseId: first.exerciseId, reps: 12, loadKg: 20 },
      ],
    });
    expect(byDate.get(a!.date)?.prescribedReps[first.exerciseId]).toBe(first.reps ?? undefined);
    expect(byDate.get(b!.date)?.status).toBe("missed");
    expect(byDate.get(c!.date)).toMatchObject({ status: "skipped", skipReason: "injured" });
    expect(log.map((entry) => entry.date)).toEqual([...log.map((entry) => entry.date)].sort());
    // Nothing after today is read.
    expect(log.every((entry) => entry.date <= "2026-12-06")).toBe(true);
  });

  it("never counts an optional travel session against adherence", async () => {
    const { caller, weekOf } = await athleteWithPlan(db);
    const [c, d] = (await weekOf(WEEK_2)).sessions;
    const before = (await caller.adherence.summary({ from: WEEK_2, to: "2026-12-06" })).weeks[0]!;
    expect(before.strength.planned).toBe(c!.sets + d!.sets);
    await db().update(planSessions).set({ optional: true }).where(eq(planSessions.id, d!.id));
    const after = (await caller.adherence.summary({ from: WEEK_2, to: "2026-12-06" })).weeks[0]!;
    expect(after.strength.planned).toBe(c!.sets);
  });

  it("shows the log's adjustments in the re-plan preview, suggests a physiotherapist, and never changes past sessions", async () => {
    const { caller, planId, weekOf } = await athleteWithPlan(db);
    const [c] = (await weekOf(WEEK_2)).sessions;
    await caller.sessions.checkOff({ sessionId: c!.id, status: "skipped", reason: "injured", ...tap() });
    const preview = await caller.plans.replan({ planId });
    expect(preview.applied).toBe(false);
    const injured = preview.adjustments.find((a) => a.rule === "log-injured");
    expect(injured?.text).toMatch(/physiotherapist/);
    expect(preview.changes.every((change) => change.date > preview.today)).toBe(true);
    expect(preview.today).toBe(SUNDAY_WEEK_2.toISOString().slice(0, 10));
  });
});
