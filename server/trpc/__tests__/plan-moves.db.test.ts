import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { findPlan, listSessionsOfPlan } from "@/db/queries/plans";
import { changeHistory } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { addDays } from "../../domain/dates";
import { callerFor, signedUpCaller } from "./caller";
import { codeOf } from "./codes";
import { marathonSettings, seedMarathonCalendar } from "./marathon-calendar";

async function athleteWithPlan(db: () => import("@/db/client").Database, now: Date) {
  const { user } = await signedUpCaller(db(), "Mover");
  const caller = callerFor(db(), user.id, () => now);
  await seedMarathonCalendar(db(), user.id);
  const { planId } = await caller.plans.create({ settings: marathonSettings });
  return { user, caller, planId };
}

describeWithDatabase("moving sessions and re-planning", (db) => {
  it("moves a session only within its plan's weeks or the week either side, even when confirmed", async () => {
    const { caller, planId } = await athleteWithPlan(db, new Date("2026-11-23T09:00:00Z"));
    const plan = (await findPlan(db(), planId))!;
    const [session] = await listSessionsOfPlan(db(), planId);

    for (const date of ["2030-01-07", addDays(plan.startDate, -8), addDays(plan.endDate, 8)]) {
      expect(await codeOf(caller.plans.moveSession({ sessionId: session!.id, date, confirm: true })), date).toBe(
        "BAD_REQUEST",
      );
    }
    expect((await listSessionsOfPlan(db(), planId)).find((s) => s.id === session!.id)?.date).toBe(session!.date);

    const weekBefore = addDays(plan.startDate, -7);
    const moved = await caller.plans.moveSession({ sessionId: session!.id, date: weekBefore, confirm: true });
    expect(moved.moved).toBe(true);
    expect((await listSessionsOfPlan(db(), planId)).find((s) => s.id === session!.id)?.date).toBe(weekBefore);
  });

  it("applies two concurrent re-plan confirms once", async () => {
    const later = new Date("2026-12-14T09:00:00Z");
    const { user, caller, planId } = await athleteWithPlan(db, later);
    const before = await listSessionsOfPlan(db(), planId);
    // From this week on, the long run moves to Saturday and the intervals to Wednesday.
    const from = "2026-12-14";
    for (const shift of [
      sql`update runs set date = date - 1 where athlete_id = ${user.id} and type = 'long' and date >= ${from}`,
      sql`update runs set date = date + 1 where athlete_id = ${user.id} and type = 'easy' and extract(dow from date) = 6 and date >= ${from}`,
      sql`update runs set date = date + 1 where athlete_id = ${user.id} and type = 'intervals' and date >= ${from}`,
      sql`update runs set date = date - 1 where athlete_id = ${user.id} and type = 'easy' and extract(dow from date) = 3 and date >= ${from}`,
    ])
      await db().execute(shift);
    const preview = await caller.plans.replan({ planId });
    const added = preview.changes.filter((change) => change.kind === "added").length;
    const removed = preview.changes.filter((change) => change.kind === "removed").length;
    expect(preview.changes.length).toBeGreaterThan(0);

    const [first, second] = await Promise.all([
      caller.plans.replan({ planId, confirm: true }),
      caller.plans.replan({ planId, confirm: true }),
    ]);
    expect([first.applied, second.applied]).toEqual([true, true]);
    // Exactly one of them found something to change; the other saw the first one's sessions.
    expect([first.changes.length, second.changes.length].filter((n) => n > 0)).toHaveLength(1);

    const after = await listSessionsOfPlan(db(), planId);
    expect(after).toHaveLength(before.length + added - removed);
    expect(new Set(after.map((session) => session.date)).size).toBe(after.length);
    const recorded = await db()
      .select()
      .from(changeHistory)
      .where(and(eq(changeHistory.entityId, planId), eq(changeHistory.action, "replanned")));
    expect(recorded).toHaveLength(1);
  });
});
