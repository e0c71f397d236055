import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { linkCoach } from "@/db/queries/coaching";
import { listSessionsOfPlan } from "@/db/queries/plans";
import type { Database } from "@/db/client";
import { describeWithDatabase } from "@/db/testing";
import { callerFor, signedUpCaller } from "./caller";
import { codeOf } from "./codes";
import { marathonSettings, seedMarathonCalendar } from "./marathon-calendar";

/** Sunday evening of the block's second week, in Berlin: weeks 1 and 2 are wholly due. */
const SUNDAY_WEEK_2 = new Date("2026-12-06T19:00:00Z");
const WEEK_1 = "2026-11-23";
const WEEK_2 = "2026-11-30";

/** A write stamp: a fresh client id, tapped `minutesAgo` before the clock. */
function tap(minutesAgo = 0, now = SUNDAY_WEEK_2) {
  return { clientId: randomUUID(), clientTime: new Date(now.getTime() - minutesAgo * 60_000).toISOString() };
}

async function athleteWithPlan(db: () => Database, now = SUNDAY_WEEK_2) {
  const { user } = await signedUpCaller(db(), "Ticker");
  const caller = callerFor(db(), user.id, () => now);
  await seedMarathonCalendar(db(), user.id);
  const { planId } = await caller.plans.create({ settings: marathonSettings });
  const weekOf = async (date: string) => {
    const week = await caller.plans.week({ date });
    return {
      week,
      sessions: week.days.flatMap((day) => day.sessions),
      runs: week.days.flatMap((day) => day.runs),
    };
  };
  return { user, caller, planId, weekOf };
}

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

  it("figures adherence on a worked example: done, partial with a log, skipped, unticked, runs", async () => {
    const { caller, weekOf } = await athleteWithPlan(db);
    const one = await weekOf(WEEK_1);
    const two = await weekOf(WEEK_2);
    const [a, b] = one.sessions;
    const [c, d] = two.sessions;
    // Week 1: A done without a log (counts as prescribed), B partly done with two sets logged.
    await caller.sessions.checkOff({ sessionId: a!.id, status: "done", ...tap() });
    await caller.sessions.checkOff({ sessionId: b!.id, status: "partial", ...tap(10) });
    const bExercise = (await caller.plans.session({ sessionId: b!.id })).exercises[0]!.exerciseId;
    await caller.sessions.log({
      sessionId: b!.id,
      sets: [1, 2].map((set) => ({ exerciseId: bExercise, set, reps: 10 })),
      ...tap(5),
    });
    // Week 2: C skipped, D never ticked.
    await caller.sessions.checkOff({ sessionId: c!.id, status: "skipped", reason: "no-time", ...tap() });
    // Runs: four of five done in week 1 (one skipped), two of five in week 2.
    for (const [index, run] of one.runs.entries())
      await caller.runs.checkOff({ runId: run.id, status: index === 2 ? "skipped" : "done", ...tap() });
    for (const run of two.runs.slice(0, 2)) await caller.runs.checkOff({ runId: run.id, status: "done", ...tap() });

    const summary = await caller.adherence.summary({ from: WEEK_1, to: "2026-12-06" });
    const [w1, w2] = summary.weeks;
    const w1Strength = (a!.sets + 2) / (a!.sets + b!.sets);
    expect(w1).toMatchObject({
      weekStart: WEEK_1,
      strength: { done: a!.sets + 2, planned: a!.sets + b!.sets, percent: Math.round(w1Strength * 100) },
      runs: { done: 4, planned: 5, percent: 80, band: "on-track" },
      combined: { percent: Math.round(((w1Strength + 0.8) / 2) * 100) },
    });
    expect(w2).toMatchObject({
      weekStart: WEEK_2,
      strength: { done: 0, planned: c!.sets + d!.sets, percent: 0, band: "missed" },
      runs: { done: 2, planned: 5, percent: 40, band: "off" },
      combined: { percent: 20, band: "off" },
    });
    expect(summary.runs).toMatchObject({ done: 6, planned: 10, percent: 60, band: "partial" });

    // The week view figures come from the same arithmetic and agree.
    expect((await weekOf(WEEK_1)).week.adherence).toEqual({
      strength: w1!.strength,
      runs: w1!.runs,
      combined: w1!.combined,
    });
    expect((await weekOf(WEEK_2)).week.adherence).toEqual({
      strength: w2!.strength,
      runs: w2!.runs,
      combined: w2!.combined,
    });

    const recent = await caller.adherence.recent({});
    expect(recent.last7.runs).toMatchObject({ done: 2, planned: 5 });
    expect(recent.last30.runs).toMatchObject({ done: 6, planned: 10 });
    expect(recent.last30.band).toBe(recent.last30.combined.band);
  });

  it("lets the athlete and a linked coach check off; others get NOT_FOUND, FORBIDDEN or UNAUTHORIZED", async () => {
    const { user, caller, weekOf } = await athleteWithPlan(db);
    const { sessions, runs } = await weekOf(WEEK_2);
    const sessionId = sessions[0]!.id;
    const runId = runs[0]!.id;
    const coach = await signedUpCaller(db(), "Coach");
    const stranger = await signedUpCaller(db(), "Stranger");
    const asCoach = callerFor(db(), coach.user.id, () => SUNDAY_WEEK_2);
    const asStranger = callerFor(db(), stranger.user.id, () => SUNDAY_WEEK_2);
    const anonymous = callerFor(db(), null, () => SUNDAY_WEEK_2);

    expect(await codeOf(asStranger.sessions.checkOff({ sessionId, status: "done", ...tap() }))).toBe("NOT_FOUND");
    expect(await codeOf(asStranger.sessions.log({ sessionId, sets: [], ...tap() }))).toBe("NOT_FOUND");
    expect(await codeOf(asStranger.sessions.soreness({ sessionId, soreness: "sore", ...tap() }))).toBe("NOT_FOUND");
    expect(await codeOf(asStranger.sessions.history({ sessionId }))).toBe("NOT_FOUND");
    expect(await codeOf(asStranger.runs.checkOff({ runId, status: "done", ...tap() }))).toBe("NOT_FOUND");
    expect(await codeOf(asStranger.adherence.summary({ athleteId: user.id, from: WEEK_1, to: WEEK_2 }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(asStranger.adherence.recent({ athleteId: user.id }))).toBe("FORBIDDEN");
    expect(await codeOf(anonymous.sessions.checkOff({ sessionId, status: "done", ...tap() }))).toBe("UNAUTHORIZED");
    expect(await codeOf(anonymous.adherence.recent({}))).toBe("UNAUTHORIZED");
    // A pending link is not access yet.
    await linkCoach(db(), user.id, coach.user.id, "pending");
    expect(await codeOf(asCoach.sessions.checkOff({ sessionId, status: "done", ...tap() }))).toBe("NOT_FOUND");
    expect((await weekOf(WEEK_2)).sessions[0]?.checkOff.status).toBe("planned");

    await linkCoach(db(), user.id, coach.user.id, "active");
    expect(await asCoach.sessions.checkOff({ sessionId, status: "done", ...tap() })).toMatchObject({ status: "done" });
    expect(await asCoach.runs.checkOff({ runId, status: "skipped", reason: "injured", ...tap() })).toMatchObject({
      status: "skipped",
    });
    expect((await asCoach.adherence.summary({ athleteId: user.id, from: WEEK_2, to: "2026-12-06" })).runs.planned).toBe(
      5,
    );
    expect(await caller.plans.session({ sessionId })).toMatchObject({ checkOff: { status: "done" } });
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
