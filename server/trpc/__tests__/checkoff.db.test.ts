import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { listSessionsOfPlan } from "@/db/queries/plans";
import { describeWithDatabase } from "@/db/testing";
import { callerFor } from "./caller";
import { athleteWithPlan, SUNDAY_WEEK_2, tap, WEEK_1, WEEK_2 } from "./checkoff-fixtures";
import { codeOf } from "./codes";
import { marathonSettings } from "./marathon-calendar";

describeWithDatabase("check-offs", (db) => {
  it("ticks a past session done in one statement, and the week shows it with its adherence", async () => {
    const { caller, weekOf } = await athleteWithPlan(db);
    const { sessions, week: before } = await weekOf(WEEK_2);
    const session = sessions[0]!;
    expect(session.checkOff).toMatchObject({ status: "planned", due: true, loggedSets: 0 });
    expect(before.adherence.strength).toMatchObject({ done: 0, band: "missed" });

    let result: Awaited<ReturnType<typeof caller.sessions.checkOff>> | undefined;
    const statements = await db.statementsOf(async () => {
      result = await caller.sessions.checkOff({ sessionId: session.id, status: "done", ...tap() });
    });
    expect(statements).toHaveLength(1);
    expect(result).toMatchObject({ sessionId: session.id, status: "done", applied: true, due: true });

    const { sessions: after, week } = await weekOf(WEEK_2);
    expect(after.find((s) => s.id === session.id)?.checkOff.status).toBe("done");
    expect(week.adherence.strength.done).toBe(session.sets);
  });

  it("still loads the week view, check-offs and adherence included, in at most 3 statements", async () => {
    const { caller, weekOf } = await athleteWithPlan(db);
    const { sessions, runs } = await weekOf(WEEK_2);
    await caller.sessions.checkOff({ sessionId: sessions[0]!.id, status: "partial", ...tap() });
    await caller.runs.checkOff({ runId: runs[0]!.id, status: "done", actualDistanceKm: 9.5, ...tap() });
    let week: Awaited<ReturnType<typeof caller.plans.week>> | undefined;
    const statements = await db.statementsOf(async () => {
      week = await caller.plans.week({ date: WEEK_2 });
    });
    expect(statements.length).toBeLessThanOrEqual(3);
    expect(week?.adherence.runs).toMatchObject({ done: 1, planned: 5 });
    expect(week?.days.flatMap((day) => day.runs)[0]?.checkOff).toMatchObject({
      status: "done",
      actualDistanceKm: 9.5,
      due: true,
    });
  });

  it("counts a double send of one client id once, and a log replayed twice keeps one set log", async () => {
    const { caller, weekOf } = await athleteWithPlan(db);
    const session = (await weekOf(WEEK_2)).sessions[0]!;
    const write = { sessionId: session.id, status: "done" as const, ...tap() };
    await caller.sessions.checkOff(write);
    const again = await caller.sessions.checkOff(write);
    expect(again).toMatchObject({ status: "done", applied: false });

    const detail = await caller.plans.session({ sessionId: session.id });
    const first = detail.exercises[0]!;
    const sets = [1, 2].map((set) => ({ exerciseId: first.exerciseId, set, reps: 8, loadKg: 20 }));
    const log = { sessionId: session.id, rpe: 7, sets, ...tap() };
    await caller.sessions.log(log);
    expect(await caller.sessions.log(log)).toMatchObject({ applied: false, loggedSets: 2 });
    const logged = await caller.plans.session({ sessionId: session.id });
    expect(logged.log.sets).toHaveLength(2);
    expect(logged.checkOff).toMatchObject({ status: "done", rpe: 7, loggedSets: 2 });
    const { week } = await weekOf(WEEK_2);
    expect(week.adherence.strength.done).toBe(session.sets); // done counts as prescribed, once
  });

  it("never lets an older tap overwrite a newer one, whatever order they arrive in", async () => {
    const { caller, weekOf } = await athleteWithPlan(db);
    const session = (await weekOf(WEEK_2)).sessions[0]!;
    await caller.sessions.checkOff({ sessionId: session.id, status: "skipped", reason: "ill", ...tap(5) });
    const late = await caller.sessions.checkOff({ sessionId: session.id, status: "done", ...tap(30) });
    expect(late).toMatchObject({ status: "skipped", reason: "ill", applied: false });

    // The undo is a write too: newer, so it wins.
    const undo = await caller.sessions.checkOff({ sessionId: session.id, status: "planned", ...tap(1) });
    expect(undo).toMatchObject({ status: "planned", reason: null, applied: true });

    // A log made before the undo, replayed after it, records the sets but does not tick the session again.
    const exerciseId = (await caller.plans.session({ sessionId: session.id })).exercises[0]!.exerciseId;
    await caller.sessions.log({ sessionId: session.id, sets: [{ exerciseId, set: 1, reps: 5 }], ...tap(3) });
    expect((await caller.plans.session({ sessionId: session.id })).checkOff).toMatchObject({
      status: "planned",
      loggedSets: 1,
    });

    const run = (await weekOf(WEEK_2)).runs[1]!;
    await caller.runs.checkOff({ runId: run.id, status: "done", actualMinutes: 42, ...tap(2) });
    expect(await caller.runs.checkOff({ runId: run.id, status: "skipped", ...tap(20) })).toMatchObject({
      status: "done",
      actualMinutes: 42,
      applied: false,
    });
  });

  it("does not let a phone whose clock runs a day ahead win over later taps", async () => {
    const { user, caller, weekOf } = await athleteWithPlan(db);
    const session = (await weekOf(WEEK_2)).sessions[0]!;
    await caller.sessions.checkOff({ sessionId: session.id, status: "skipped", ...tap(-24 * 60) });
    const anHourLater = new Date(SUNDAY_WEEK_2.getTime() + 3_600_000);
    const later = callerFor(db(), user.id, () => anHourLater);
    const fixed = await later.sessions.checkOff({ sessionId: session.id, status: "done", ...tap(0, anHourLater) });
    expect(fixed).toMatchObject({ status: "done", applied: true });
  });

  it("refuses to mark a session or run after today done, but lets it be skipped ahead", async () => {
    const { caller, weekOf } = await athleteWithPlan(db);
    const { sessions, runs } = await weekOf("2026-12-07");
    const session = sessions[0]!;
    expect(session.checkOff.due).toBe(false);
    expect(await codeOf(caller.sessions.checkOff({ sessionId: session.id, status: "done", ...tap() }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(caller.sessions.checkOff({ sessionId: session.id, status: "partial", ...tap() }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(caller.sessions.log({ sessionId: session.id, sets: [], ...tap() }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.runs.checkOff({ runId: runs[0]!.id, status: "done", ...tap() }))).toBe("BAD_REQUEST");
    expect((await weekOf("2026-12-07")).sessions[0]?.checkOff.status).toBe("planned");

    const skipped = await caller.sessions.checkOff({
      sessionId: session.id,
      status: "skipped",
      reason: "travel",
      ...tap(),
    });
    expect(skipped).toMatchObject({ status: "skipped", reason: "travel" });
  });

  it("reads today in the athlete's time zone: just after midnight in Berlin, that day's session is due", async () => {
    // 23:30 UTC on 1 December is 00:30 on 2 December in Berlin.
    const now = new Date("2026-12-01T23:30:00Z");
    const { caller, weekOf } = await athleteWithPlan(db, now);
    const { sessions, runs } = await weekOf(WEEK_2);
    const wednesdayRun = runs.find((run) => run.date === "2026-12-02")!;
    expect(wednesdayRun.checkOff.due).toBe(true);
    expect(await caller.runs.checkOff({ runId: wednesdayRun.id, status: "done", ...tap(0, now) })).toMatchObject({
      status: "done",
    });
    const thursday = runs.find((run) => run.date === "2026-12-03")!;
    expect(await codeOf(caller.runs.checkOff({ runId: thursday.id, status: "done", ...tap(0, now) }))).toBe(
      "BAD_REQUEST",
    );
    expect(sessions.every((session) => session.checkOff.due === session.date <= "2026-12-02")).toBe(true);
  });

  it("records the next day's soreness and shows it on the week", async () => {
    const { caller, weekOf } = await athleteWithPlan(db);
    const session = (await weekOf(WEEK_2)).sessions[0]!;
    await caller.sessions.checkOff({ sessionId: session.id, status: "done", ...tap(60) });
    const answer = await caller.sessions.soreness({ sessionId: session.id, soreness: "mild", ...tap() });
    expect(answer).toMatchObject({ status: "done", soreness: "mild" });
    const shown = (await weekOf(WEEK_2)).sessions.find((s) => s.id === session.id);
    expect(shown?.checkOff).toMatchObject({ status: "done", soreness: "mild" });
  });

  it("keeps logged sessions and their sets through a re-plan, a refused move and a new plan", async () => {
    const { user, caller, planId, weekOf } = await athleteWithPlan(db);
    const [logged] = (await weekOf(WEEK_2)).sessions;
    const exerciseId = (await caller.plans.session({ sessionId: logged!.id })).exercises[0]!.exerciseId;
    const heavy = [{ exerciseId, set: 1, reps: 6, loadKg: 32.5 }];
    await caller.sessions.log({ sessionId: logged!.id, rpe: 8, sets: heavy, ...tap(20) });

    // Today is the day of a week-3 session: logged, then its tick undone. Only its log pins it.
    const [todays] = (await weekOf("2026-12-07")).sessions;
    const today = new Date(`${todays!.date}T17:00:00Z`);
    const onTheDay = callerFor(db(), user.id, () => today);
    await onTheDay.sessions.log({ sessionId: todays!.id, sets: heavy, ...tap(20, today) });
    await onTheDay.sessions.checkOff({ sessionId: todays!.id, status: "planned", ...tap(10, today) });

    expect(await codeOf(onTheDay.plans.moveSession({ sessionId: logged!.id, date: todays!.date, confirm: true }))).toBe(
      "BAD_REQUEST",
    );
    // The run calendar changes from today on, so the re-plan replaces every session it may.
    const from = todays!.date;
    await db().execute(
      sql`update runs set date = date - 1 where athlete_id = ${user.id} and type = 'long' and date > ${from}`,
    );
    await db().execute(
      sql`update runs set date = date + 1 where athlete_id = ${user.id} and type = 'intervals' and date > ${from}`,
    );
    const replanned = await onTheDay.plans.replan({ planId, confirm: true });
    expect(replanned.changes.length).toBeGreaterThan(0);
    const afterReplan = new Map((await listSessionsOfPlan(db(), planId)).map((s) => [s.id, s]));
    expect(afterReplan.get(logged!.id)).toMatchObject({ date: logged!.date, status: "done", loggedSets: 1 });
    expect(afterReplan.get(todays!.id)).toMatchObject({ date: todays!.date, status: "planned", loggedSets: 1 });

    // A new plan archives this one; the log stays readable and keeps counting.
    await caller.plans.create({ settings: { ...marathonSettings, sessionsPerWeek: 3 } });
    const archived = await caller.plans.session({ sessionId: logged!.id });
    expect(archived.log.sets).toEqual([expect.objectContaining({ exerciseId, loadKg: 32.5, reps: 6 })]);
    const history = await caller.sessions.history({ sessionId: logged!.id });
    const weeks = history.exercises.find((e) => e.exerciseId === exerciseId)?.weeks ?? [];
    expect(weeks.find((week) => week.weekIndex === logged!.weekIndex)).toMatchObject({ topLoadKg: 32.5, topReps: 6 });
    const summary = await caller.adherence.summary({ from: WEEK_2, to: "2026-12-06" });
    expect(summary.strength.done).toBe(logged!.sets);
  });

  it("shows prescribed beside done, and a swapped exercise logs against what was done", async () => {
    const { caller, weekOf } = await athleteWithPlan(db);
    const session = (await weekOf(WEEK_1)).sessions[0]!;
    const detail = await caller.plans.session({ sessionId: session.id });
    const prescribed = detail.exercises[0]!;
    const swapped = "single-leg-glute-bridge-swap-test";
    await caller.sessions.log({
      sessionId: session.id,
      sets: [
        { exerciseId: prescribed.exerciseId, set: 1, reps: 8, loadKg: 24 },
        { exerciseId: swapped, set: 1, seconds: 40, bodyweight: true },
      ],
      ...tap(),
    });
    const history = await caller.sessions.history({ sessionId: session.id });
    const first = history.exercises.find((e) => e.exerciseId === prescribed.exerciseId);
    expect(first?.prescribed?.sets).toBe(prescribed.sets);
    expect(first?.done).toEqual([expect.objectContaining({ set: 1, reps: 8, loadKg: 24 })]);
    const extra = history.exercises.find((e) => e.exerciseId === swapped);
    expect(extra).toMatchObject({
      prescribed: null,
      done: [expect.objectContaining({ seconds: 40, bodyweight: true })],
    });
  });
});
