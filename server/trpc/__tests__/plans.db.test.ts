import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { upsertSessionCheckOff } from "@/db/queries/checkoffs";
import { linkCoach } from "@/db/queries/coaching";
import { listSessionsOfPlan, updateSession } from "@/db/queries/plans";
import { findUserProfile } from "@/db/queries/users";
import { planSessions, planWeeks, plans, sessionExercises } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { addDays } from "../../domain/dates";
import { callerFor, signedUpCaller } from "./caller";
import { codeOf } from "./codes";
import { BLOCK_START, marathonSettings, RACE_DAY, seedMarathonCalendar } from "./marathon-calendar";

const monday = new Date("2026-11-23T09:00:00Z");

async function athleteWithPlan(db: () => import("@/db/client").Database, now = monday) {
  const { user } = await signedUpCaller(db(), "Planner");
  const caller = callerFor(db(), user.id, () => now);
  await seedMarathonCalendar(db(), user.id);
  const { planId } = await caller.plans.create({ settings: marathonSettings });
  return { user, caller, planId };
}

describeWithDatabase("plans", (db) => {
  /** The distinct ids of the transactions that last wrote the earlier plan row and the new plan tree. */
  async function writingTransactions(earlierPlanId: string, planId: string): Promise<string[]> {
    const xid = { xid: sql<string>`xmin::text` };
    const rows = [
      ...(await db()
        .select(xid)
        .from(plans)
        .where(inArray(plans.id, [earlierPlanId, planId]))),
      ...(await db().select(xid).from(planWeeks).where(eq(planWeeks.planId, planId))),
      ...(await db().select(xid).from(planSessions).where(eq(planSessions.planId, planId))),
      ...(await db()
        .select({ xid: sql<string>`${sessionExercises}.xmin::text` })
        .from(sessionExercises)
        .innerJoin(planSessions, eq(planSessions.id, sessionExercises.sessionId))
        .where(eq(planSessions.planId, planId))),
    ];
    expect(rows.length).toBeGreaterThan(16 + 2);
    return [...new Set(rows.map((row) => row.xid))];
  }

  async function moveRuns(athleteId: string) {
    const from = "2026-12-14";
    await db().execute(
      sql`update runs set date = date - 1 where athlete_id = ${athleteId} and type = 'long' and date >= ${from}`,
    );
    await db().execute(
      sql`update runs set date = date + 1 where athlete_id = ${athleteId} and type = 'easy' and extract(dow from date) = 6 and date >= ${from}`,
    );
    await db().execute(
      sql`update runs set date = date + 1 where athlete_id = ${athleteId} and type = 'intervals' and date >= ${from}`,
    );
    await db().execute(
      sql`update runs set date = date - 1 where athlete_id = ${athleteId} and type = 'easy' and extract(dow from date) = 3 and date >= ${from}`,
    );
  }

  it("saves a 16-week plan with its weeks, sessions and exercises in one batched transaction", async () => {
    const { user } = await signedUpCaller(db(), "Saver");
    await seedMarathonCalendar(db(), user.id);
    const caller = callerFor(db(), user.id, () => monday);
    const preview = await caller.plans.preview({ settings: marathonSettings });
    const { planId: earlier } = await caller.plans.create({ settings: { ...marathonSettings, sessionsPerWeek: 3 } });

    let planId = "";
    const statements = await db.statementsOf(async () => {
      ({ planId } = await caller.plans.create({ settings: marathonSettings }));
    });
    const inserts = statements.filter((statement) => /^insert/i.test(statement));
    const history = inserts.filter((statement) => /"change_history"/.test(statement));
    expect(inserts.length - history.length).toBe(4); // plan, weeks, sessions, exercises: one batch each
    expect(history).toHaveLength(1); // plus one batch of change records (archived, created)
    // One transaction: every row it wrote (the earlier plan archived, the new plan with its weeks,
    // sessions and exercises) carries the id of the same writing transaction (xmin).
    expect(await writingTransactions(earlier, planId)).toHaveLength(1);

    const [plan] = await caller.plans.list({});
    const overview = await caller.plans.overview({ planId: plan!.id });
    expect(overview.weeks).toHaveLength(16);
    expect(overview.plan).toMatchObject({
      startDate: BLOCK_START,
      raceDate: RACE_DAY,
      status: "active",
      calendarChanged: false,
    });
    const savedDates = overview.weeks.flatMap((week) => week.sessions.map((session) => session.date));
    expect(savedDates).toEqual(preview.weeks.flatMap((week) => week.sessions.map((session) => session.date)));
    expect(overview.weeks.some((week) => week.deload)).toBe(true);
    expect(overview.weeks.some((week) => week.stepBack)).toBe(true);
    expect(overview.weeks[0]?.runKm).toBeGreaterThan(30);
  });

  it("keeps past blocks readable: a new plan archives the active one", async () => {
    const { caller, planId } = await athleteWithPlan(db);
    const { planId: second } = await caller.plans.create({ settings: { ...marathonSettings, sessionsPerWeek: 3 } });
    const plans = await caller.plans.list({});
    expect(plans.map((plan) => [plan.id, plan.status])).toEqual([
      [second, "active"],
      [planId, "archived"],
    ]);
    expect((await caller.plans.overview({ planId })).weeks).toHaveLength(16);
  });

  it("loads the week view in at most 3 SQL statements", async () => {
    const { caller } = await athleteWithPlan(db);
    let week: Awaited<ReturnType<typeof caller.plans.week>> | undefined;
    const statements = await db.statementsOf(async () => {
      week = await caller.plans.week({ date: "2026-12-02" });
    });
    expect(statements.length).toBeLessThanOrEqual(3);
    expect(week?.weekStart).toBe("2026-11-30");
    expect(week?.days.flatMap((day) => day.sessions)).toHaveLength(2);
    expect(week?.days.flatMap((day) => day.runs).map((run) => run.type)).toEqual([
      "intervals",
      "easy",
      "tempo",
      "easy",
      "long",
    ]);
    expect(week?.days.find((day) => day.isToday)).toBeUndefined();
  });

  it("loads the athlete's own week in 1 statement once the session check has read their profile", async () => {
    // Over HTTP the session check reads the caller's profile in its own statement (server/trpc/context.ts).
    const { user, caller } = await athleteWithPlan(db);
    const viewer = await findUserProfile(db(), user.id);
    const signedIn = callerFor(db(), user.id, () => monday, { viewer });
    let week: Awaited<ReturnType<typeof caller.plans.week>> | undefined;
    const statements = await db.statementsOf(async () => {
      week = await signedIn.plans.week({ date: "2026-12-02" });
    });
    expect(statements).toHaveLength(1);
    expect(week).toEqual(await caller.plans.week({ date: "2026-12-02" }));

    // A coach's own profile is never taken for the athlete's: their week follows the athlete's settings.
    const coach = await signedUpCaller(db(), "Coach");
    await linkCoach(db(), user.id, coach.user.id, "active");
    await coach.caller.profile.update({
      name: "Coach",
      timeZone: "Pacific/Kiritimati",
      units: "mi",
      weekStart: "sunday",
    });
    const coachProfile = await findUserProfile(db(), coach.user.id);
    const coachView = callerFor(db(), coach.user.id, () => monday, { viewer: coachProfile });
    const seen = await coachView.plans.week({ date: "2026-12-02", athleteId: user.id });
    expect([seen.athlete.id, seen.weekStart, seen.athlete.units]).toEqual([user.id, "2026-11-30", "km"]);
  });

  it("shows the athlete's own week where their today is not UTC's, and nothing from the weeks beside it", async () => {
    // Saturday 5 Dec 12:00 UTC is already Sunday 6 Dec in Kiritimati (UTC+14), where weeks start on Sunday.
    const { user, caller } = await athleteWithPlan(db, new Date("2026-12-05T12:00:00Z"));
    await caller.profile.update({ name: "Planner", timeZone: "Pacific/Kiritimati", units: "km", weekStart: "sunday" });
    const east = await caller.plans.week({});
    expect([east.today, east.weekStart]).toEqual(["2026-12-06", "2026-12-06"]);
    const dates = east.days.flatMap((day) => [...day.runs, ...day.sessions].map((item) => item.date));
    expect(dates.length).toBeGreaterThan(3);
    expect(dates.every((date) => date >= "2026-12-06" && date <= "2026-12-12")).toBe(true);

    // Monday 7 Dec 05:00 UTC is still Sunday 6 Dec in Pago Pago (UTC-11), in the week from Monday 30 Nov.
    const west = callerFor(db(), user.id, () => new Date("2026-12-07T05:00:00Z"));
    await west.profile.update({ name: "Planner", timeZone: "Pacific/Pago_Pago", units: "km", weekStart: "monday" });
    const week = await west.plans.week({});
    expect([week.today, week.weekStart]).toEqual(["2026-12-06", "2026-11-30"]);
    expect(week.days.find((day) => day.isToday)?.date).toBe("2026-12-06");
    const items = week.days.flatMap((day) => [...day.runs, ...day.sessions].map((item) => item.date));
    expect(items.every((date) => date >= "2026-11-30" && date <= "2026-12-06")).toBe(true);
    // The week's adherence counts this week's due runs, none from the week after.
    const dueRuns = week.days.flatMap((day) => day.runs).filter((run) => run.checkOff.due);
    expect(dueRuns).toHaveLength(5);
    expect(week.adherence.runs.planned).toBe(5);
  });

  it("moves a session to a fine day at once, and to a rule-breaking day only when confirmed", async () => {
    const { caller } = await athleteWithPlan(db);
    const week = await caller.plans.week({ date: "2026-12-02" });
    const session = week.days.flatMap((day) => day.sessions)[0]!;

    const blocked = await caller.plans.moveSession({ sessionId: session.id, date: "2026-12-05" });
    expect(blocked.moved).toBe(false);
    expect(blocked.warnings.map((warning) => warning.rule)).toContain("day-before-long-run");
    expect((await caller.plans.session({ sessionId: session.id })).date).toBe(session.date);

    const confirmed = await caller.plans.moveSession({ sessionId: session.id, date: "2026-12-05", confirm: true });
    expect(confirmed).toMatchObject({ moved: true });
    expect(await caller.plans.session({ sessionId: session.id })).toMatchObject({
      date: "2026-12-05",
      movedByHand: true,
    });
  });

  it("re-plans from today on, keeping past, checked-off and hand-moved sessions, after showing the changes", async () => {
    const later = new Date("2026-12-14T09:00:00Z"); // week 4
    const { user, caller, planId } = await athleteWithPlan(db, later);
    const before = await listSessionsOfPlan(db(), planId);
    const future = before.filter((session) => session.date >= "2026-12-14");
    const done = future[0]!;
    const moved = future[3]!;
    // Skipped ahead (travel): a check-off re-planning must keep, like a done one.
    const stamp = { viewerId: user.id, now: later, clientId: randomUUID(), clientTime: later.toISOString() };
    await upsertSessionCheckOff(db(), stamp, { sessionId: done.id, status: "skipped", reason: "travel" });
    await updateSession(db(), moved.id, { movedByHand: true });

    // From this week on, the long run moves to Saturday and the intervals to Wednesday.
    await moveRuns(user.id);

    expect((await caller.plans.overview({ planId })).plan.calendarChanged).toBe(true);
    const preview = await caller.plans.replan({ planId });
    expect(preview.applied).toBe(false);
    expect(preview.changes.length).toBeGreaterThan(0);
    expect(await listSessionsOfPlan(db(), planId)).toHaveLength(before.length);

    const applied = await caller.plans.replan({ planId, confirm: true });
    expect(applied.applied).toBe(true);
    expect((await caller.plans.overview({ planId })).plan.calendarChanged).toBe(false);
    const after = await listSessionsOfPlan(db(), planId);
    const byId = new Map(after.map((session) => [session.id, session]));
    for (const past of before.filter((session) => session.date < "2026-12-14"))
      expect(byId.get(past.id)?.date).toBe(past.date);
    expect(byId.get(done.id)).toMatchObject({ date: done.date, status: "skipped" });
    expect(byId.get(moved.id)).toMatchObject({ date: moved.date, movedByHand: true });
    // No new session sits the day before a (now Saturday) long run.
    const longRuns = new Set(
      (await caller.runs.list({ from: "2026-12-14", to: RACE_DAY }))
        .filter((run) => run.type === "long")
        .map((run) => run.date),
    );
    for (const session of after.filter((s) => s.date >= "2026-12-14" && !s.movedByHand && s.status === "planned")) {
      expect(longRuns.has(addDays(session.date, 1))).toBe(false);
    }
  });

  it("loses nothing when a re-plan fails halfway", async () => {
    const { user, caller, planId } = await athleteWithPlan(db, new Date("2026-12-14T09:00:00Z"));
    const before = await listSessionsOfPlan(db(), planId);
    await moveRuns(user.id);
    await db().execute(
      sql`create or replace function refuse_exercises() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`,
    );
    await db().execute(
      sql`create trigger refuse_exercises before insert on session_exercises for each row execute function refuse_exercises()`,
    );
    try {
      await expect(caller.plans.replan({ planId, confirm: true })).rejects.toThrow();
    } finally {
      await db().execute(sql`drop trigger refuse_exercises on session_exercises`);
    }
    const after = await listSessionsOfPlan(db(), planId);
    expect(after.map((s) => [s.id, s.date, s.exercises.length])).toEqual(
      before.map((s) => [s.id, s.date, s.exercises.length]),
    );
  });

  it("shows a plan only to its athlete and their linked coach", async () => {
    const { user, caller, planId } = await athleteWithPlan(db);
    const coach = await signedUpCaller(db(), "Coach");
    const stranger = await signedUpCaller(db(), "Stranger");
    const sessionId = (await caller.plans.week({ date: "2026-12-02" })).days.flatMap((day) => day.sessions)[0]!.id;

    expect(await codeOf(stranger.caller.plans.overview({ planId }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.caller.plans.session({ sessionId }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.caller.plans.moveSession({ sessionId, date: "2026-12-03" }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.caller.plans.replan({ planId }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.caller.plans.week({ athleteId: user.id }))).toBe("FORBIDDEN");
    expect(await codeOf(stranger.caller.plans.create({ athleteId: user.id, settings: marathonSettings }))).toBe(
      "FORBIDDEN",
    );

    await linkCoach(db(), user.id, coach.user.id, "active");
    expect((await coach.caller.plans.overview({ planId })).plan.id).toBe(planId);
  });

  it("offers swaps that fit the pattern and the equipment, and refuses others", async () => {
    const { caller } = await athleteWithPlan(db);
    const sessionId = (await caller.plans.week({ date: "2026-12-02" })).days.flatMap((day) => day.sessions)[0]!.id;
    const detail = await caller.plans.session({ sessionId });
    const withSwap = detail.exercises.find(
      (e) => e.swaps.regression || e.swaps.progression || e.swaps.alternatives.length > 0,
    )!;
    const choice = withSwap.swaps.regression ?? withSwap.swaps.progression ?? withSwap.swaps.alternatives[0]!;
    await caller.plans.swapExercise({ sessionId, position: withSwap.position, exerciseId: choice.id });
    expect((await caller.plans.session({ sessionId })).exercises[withSwap.position]?.exerciseId).toBe(choice.id);
    await expect(
      caller.plans.swapExercise({ sessionId, position: withSwap.position, exerciseId: "back-squat" }),
    ).rejects.toThrow(/suggested swaps/);
  });
});
