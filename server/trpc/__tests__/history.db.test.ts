import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { changeHistory, planSessions } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { callerFor } from "./caller";
import { codeOf } from "./codes";
import { MONDAY, sharedPlan, stranger, WEEK_END, WEEK_START } from "./shared-plan";

describeWithDatabase("change history", (db) => {
  it("shows the athlete who moved their session, and marks it in the week until they look", async () => {
    const { asAthlete, asCoach, athlete, sessions } = await sharedPlan(db());
    const session = sessions[0]!;
    const to = session.date === "2026-12-01" ? "2026-12-03" : "2026-12-01";
    expect((await asCoach.plans.moveSession({ sessionId: session.id, date: to, confirm: true })).moved).toBe(true);

    const history = await asAthlete.history.forSession({ sessionId: session.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      entity: "session",
      action: "moved",
      before: { date: session.date },
      after: { date: to },
      actor: { name: "Casey Coach", role: "coach", isYou: false },
    });
    const names = ["Mon 30 Nov", "Tue 1 Dec", "Wed 2 Dec", "Thu 3 Dec", "Fri 4 Dec", "Sat 5 Dec", "Sun 6 Dec"];
    const dayName = (date: string) => names[(Date.parse(date) - Date.parse(WEEK_START)) / 86_400_000];
    expect(history[0]!.summary).toBe(`Moved from ${dayName(session.date)} to ${dayName(to)}`);

    const range = { from: WEEK_START, to: WEEK_END };
    expect((await asAthlete.history.changedSince(range)).sessionIds).toEqual([session.id]);
    // The coach's own change is not news to the coach.
    expect((await asCoach.history.changedSince({ athleteId: athlete.id, ...range })).sessionIds).toEqual([]);

    await asAthlete.history.markSeen({ sessionId: session.id });
    expect((await asAthlete.history.changedSince(range)).sessionIds).toEqual([]);

    // A later change by the coach marks it again.
    await asCoach.plans.moveSession({ sessionId: session.id, date: session.date, confirm: true });
    expect((await asAthlete.history.changedSince(range)).sessionIds).toEqual([session.id]);
    expect((await asAthlete.history.forSession({ sessionId: session.id })).map((e) => e.after)).toEqual([
      { date: session.date },
      { date: to },
    ]);
  });

  it("writes the move and its record in the same transaction", async () => {
    const { asAthlete, sessions } = await sharedPlan(db());
    const session = sessions[1]!;
    await asAthlete.plans.moveSession({ sessionId: session.id, date: "2026-12-02", confirm: true });
    const xid = { xid: sql<string>`xmin::text` };
    const [moved] = await db().select(xid).from(planSessions).where(eq(planSessions.id, session.id));
    const [record] = await db().select(xid).from(changeHistory).where(eq(changeHistory.entityId, session.id));
    expect(moved?.xid).toBeDefined();
    expect(record?.xid).toBe(moved?.xid);
  });

  it("records an exercise swap on the session, by the athlete", async () => {
    const { asAthlete, sessions } = await sharedPlan(db());
    const detail = await asAthlete.plans.session({ sessionId: sessions[0]!.id });
    const exercise = detail.exercises.find(
      (e) => e.swaps.regression || e.swaps.progression || e.swaps.alternatives.length,
    )!;
    const target = (exercise.swaps.regression ?? exercise.swaps.progression ?? exercise.swaps.alternatives[0])!;
    await asAthlete.plans.swapExercise({ sessionId: detail.id, position: exercise.position, exerciseId: target.id });
    const [entry] = await asAthlete.history.forSession({ sessionId: detail.id });
    expect(entry).toMatchObject({
      entity: "prescription",
      action: "swapped",
      before: { exerciseId: exercise.exerciseId },
      after: { exerciseId: target.id },
      actor: { name: "Alex Athlete", role: "athlete", isYou: true },
    });
  });

  it("records plan creation, archiving, re-planning and run changes with who made them", async () => {
    const later = new Date("2026-12-14T09:00:00Z");
    const { asCoach, athlete, coach, planId } = await sharedPlan(db(), () => later);
    const run = await asCoach.runs.create({ athleteId: athlete.id, date: "2026-12-16", type: "easy", distanceKm: 5 });
    await asCoach.runs.update({ runId: run.id, distanceKm: 7 });
    await asCoach.runs.delete({ runId: run.id });
    // The week's runs shift by a day from 14 December, as in the plans test.
    const shifts = [
      sql`update runs set date = date - 1 where athlete_id = ${athlete.id} and type = 'long' and date >= '2026-12-14'`,
      sql`update runs set date = date + 1 where athlete_id = ${athlete.id} and type = 'easy' and extract(dow from date) = 6 and date >= '2026-12-14'`,
      sql`update runs set date = date + 1 where athlete_id = ${athlete.id} and type = 'intervals' and date >= '2026-12-14'`,
      sql`update runs set date = date - 1 where athlete_id = ${athlete.id} and type = 'easy' and extract(dow from date) = 3 and date >= '2026-12-14'`,
    ];
    for (const shift of shifts) await db().execute(shift);
    const replan = await asCoach.plans.replan({ planId, confirm: true });
    expect(replan.changes.length).toBeGreaterThan(0);
    const { planId: second } = await asCoach.plans.create({
      athleteId: athlete.id,
      settings: { raceDate: "2027-03-14", sessionsPerWeek: 3, level: "beginner", equipment: [] },
    });

    const rows = await db()
      .select()
      .from(changeHistory)
      .where(eq(changeHistory.athleteId, athlete.id))
      .orderBy(changeHistory.at, changeHistory.id);
    const summary = rows.map((row) => [row.entity, row.action, row.actorId === coach.id ? "coach" : "athlete"]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ["plan", "created", "athlete"],
        ["run", "run-added", "coach"],
        ["run", "run-changed", "coach"],
        ["run", "run-deleted", "coach"],
        ["plan", "replanned", "coach"],
        ["plan", "archived", "coach"],
        ["plan", "created", "coach"],
      ]),
    );
    const changed = rows.find((row) => row.action === "run-changed")!;
    expect(changed.before).toMatchObject({ distanceKm: 5 });
    expect(changed.after).toMatchObject({ distanceKm: 7 });
    expect(rows.find((row) => row.action === "archived")?.entityId).toBe(planId);
    expect(rows.find((row) => row.action === "created" && row.actorId === coach.id)?.entityId).toBe(second);
    const replanned = rows.find((row) => row.action === "replanned")!;
    expect(replanned.after).toMatchObject({ from: "2026-12-14" });
  });

  it("records an import as one entry, not one per run", async () => {
    const { asAthlete, athlete } = await sharedPlan(db());
    const reviewed = [{ uid: "easy-1@test", include: true, date: "2026-12-08", type: "easy" as const }];
    await asAthlete.runs.commitImport({ from: "2026-12-01", to: "2026-12-31", runs: reviewed });
    const rows = await db()
      .select()
      .from(changeHistory)
      .where(and(eq(changeHistory.athleteId, athlete.id), eq(changeHistory.entity, "run")));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "runs-imported", entityId: null, after: { added: 1 } });
  });

  it("refuses history to anyone but the athlete and their active coaches", async () => {
    const { athlete, sessions } = await sharedPlan(db());
    const { caller } = await stranger(db());
    expect(await codeOf(caller.history.forSession({ sessionId: sessions[0]!.id }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.history.markSeen({ sessionId: sessions[0]!.id }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.history.changedSince({ athleteId: athlete.id, from: WEEK_START, to: WEEK_END }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(callerFor(db(), null, () => MONDAY).history.forSession({ sessionId: sessions[0]!.id }))).toBe(
      "UNAUTHORIZED",
    );
  });
});
