import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { activateCoachLink } from "@/db/queries/coach-links";
import { comments, commentReads, runCompletions, sessionLogs } from "@/db/schema";
import { rowsOf } from "@/db/rows";
import { describeWithDatabase } from "@/db/testing";
import { callerFor, signedUpCaller } from "./caller";
import { marathonSettings, RACE_DAY, seedMarathonCalendar } from "./marathon-calendar";

const planned = new Date("2026-11-23T09:00:00Z");
/** Wednesday of week 4 of the block (Europe/Berlin, the test users' zone). */
const today = "2026-12-16";
const now = new Date(`${today}T12:00:00Z`);
const DAY = 86_400_000;

async function athleteWithPlan(db: Database, name: string, coachId: string) {
  const { user } = await signedUpCaller(db, name);
  await seedMarathonCalendar(db, user.id);
  const { planId } = await callerFor(db, user.id, () => planned).plans.create({ settings: marathonSettings });
  await activateCoachLink(db, { athleteId: user.id, coachId, now: planned });
  return { id: user.id, planId };
}

type Tick = { until: string; from?: string; rpe?: number; soreness?: "very-sore" };

/** Ticks every session and run dated in [from, until] done, as the athlete's check-offs would. */
async function tickDone(db: Database, athleteId: string, tick: Tick) {
  const from = tick.from ?? "2000-01-01";
  const sessions = await db.execute(
    sql`select id from plan_sessions where athlete_id = ${athleteId} and date between ${from} and ${tick.until}`,
  );
  const runs = await db.execute(
    sql`select id from runs where athlete_id = ${athleteId} and date between ${from} and ${tick.until}`,
  );
  const ids = (result: unknown) => rowsOf<{ id: string }>(result).map((r) => r.id);
  const sessionIds = ids(sessions);
  if (sessionIds.length > 0) {
    await db.insert(sessionLogs).values(
      sessionIds.map((sessionId) => ({
        sessionId,
        athleteId,
        status: "done" as const,
        rpe: tick.rpe ?? 6,
        soreness: tick.soreness ?? null,
      })),
    );
  }
  const runIds = ids(runs);
  if (runIds.length > 0) {
    await db
      .insert(runCompletions)
      .values(
        runIds.map((runId) => ({ runId, athleteId, status: "done" as const, clientId: randomUUID(), clientTime: now })),
      );
  }
}

describeWithDatabase("coach's athlete list", (db) => {
  it("shows each athlete's figures and flags what needs attention, in words, attention first", async () => {
    const { user: coach } = await signedUpCaller(db(), "Casey Coach");
    const steady = await athleteWithPlan(db(), "Steady", coach.id);
    await tickDone(db(), steady.id, { until: today });
    const slipping = await athleteWithPlan(db(), "Slipping", coach.id);
    await tickDone(db(), slipping.id, { until: "2026-12-08" });
    const sore = await athleteWithPlan(db(), "Sore", coach.id);
    await tickDone(db(), sore.id, { until: "2026-12-09" });
    await tickDone(db(), sore.id, { from: "2026-12-10", until: today, rpe: 9, soreness: "very-sore" });
    const changed = await athleteWithPlan(db(), "Changed", coach.id);
    await tickDone(db(), changed.id, { until: today });
    await db().execute(
      sql`update runs set distance_km = 12.5 where athlete_id = ${changed.id} and date = '2026-12-24'`,
    );
    const talker = await athleteWithPlan(db(), "Talker", coach.id);
    await tickDone(db(), talker.id, { until: today });
    await db()
      .insert(comments)
      .values([
        {
          athleteId: talker.id,
          subject: "week:2026-12-07",
          authorId: talker.id,
          body: "Legs heavy?",
          createdAt: new Date(now.getTime() - 2 * DAY),
        },
        {
          athleteId: talker.id,
          subject: "week:2026-12-14",
          authorId: talker.id,
          body: "Swap Thursday?",
          createdAt: new Date(now.getTime() - 3600_000),
        },
        // Neither is news to the coach: their own comment, and one the athlete deleted.
        {
          athleteId: talker.id,
          subject: "week:2026-12-07",
          authorId: coach.id,
          body: "Easy on the hills.",
          createdAt: new Date(now.getTime() - 3 * DAY),
        },
        {
          athleteId: talker.id,
          subject: "week:2026-12-07",
          authorId: talker.id,
          body: "",
          createdAt: new Date(now.getTime() - 1.5 * DAY),
          deletedAt: new Date(now.getTime() - DAY),
        },
      ]);
    await db().insert(commentReads).values({
      readerId: coach.id,
      athleteId: talker.id,
      subject: "week:2026-12-14",
      lastReadAt: now,
    });

    const list = await callerFor(db(), coach.id, () => now).coaching.athletes();
    const byName = Object.fromEntries(list.map((row) => [row.name, row]));

    expect(byName.Steady).toMatchObject({
      planId: steady.planId,
      attention: [],
      thisWeek: { percent: 100, band: "on-track" },
      last7: { percent: 100 },
      last30: { percent: 100 },
      nextRace: { date: RACE_DAY, weeksToGo: 13 },
      lastActivity: today,
      unreadComments: 0,
    });
    expect(byName.Slipping?.lastActivity).toBe("2026-12-08");
    expect(byName.Slipping?.last7.percent).toBe(0);
    expect(byName.Slipping?.last30.percent).toBeGreaterThan(60);
    expect(byName.Slipping?.attention.map((a) => a.reason)).toEqual(["missed-items", "adherence-drop"]);
    expect(byName.Slipping?.attention[0]?.words).toMatch(/^Missed \d+ sessions or runs in the last 7 days$/);
    expect(byName.Slipping?.attention[1]?.words).toMatch(
      /^Adherence 0% in the last 7 days, \d+ points under their 30-day \d+%$/,
    );
    expect(byName.Sore?.attention).toEqual([
      { reason: "hard-effort", words: "Logged effort 9 of 10 and reported being very sore this week" },
    ]);
    expect(byName.Changed?.attention).toEqual([
      { reason: "replan-waiting", words: "Runs changed since the plan was placed: a re-plan is waiting" },
    ]);
    expect(byName.Talker).toMatchObject({
      unreadComments: 1,
      attention: [{ reason: "unanswered-comment", words: "A comment has waited over 24 hours for an answer" }],
    });
    expect(list.at(-1)?.name).toBe("Steady");
    // The same figures as the athlete's own adherence read model.
    const recent = await callerFor(db(), coach.id, () => now).adherence.recent({ athleteId: slipping.id });
    expect(byName.Slipping?.last7).toEqual(recent.last7.combined);
    expect(byName.Slipping?.last30).toEqual(recent.last30.combined);

    // Re-planning clears the flag: the SQL digest matches the one the plan service stores.
    await callerFor(db(), changed.id, () => now).plans.replan({ planId: changed.planId, confirm: true });
    // The coach's answer clears the unanswered flag.
    await db().insert(comments).values({
      athleteId: talker.id,
      subject: "week:2026-12-07",
      authorId: coach.id,
      body: "Easy week.",
      createdAt: now,
    });
    const after = await callerFor(db(), coach.id, () => now).coaching.athletes();
    expect(after.find((row) => row.name === "Changed")?.attention).toEqual([]);
    expect(after.find((row) => row.name === "Talker")?.attention).toEqual([]);
  });

  it("lists only the coach's actively linked athletes: never a pending, ended or other coach's", async () => {
    const { user: coach } = await signedUpCaller(db(), "Coach One");
    const { user: other } = await signedUpCaller(db(), "Coach Two");
    const { user: mine } = await signedUpCaller(db(), "Mine");
    const { user: theirs } = await signedUpCaller(db(), "Theirs");
    const { user: invited } = await signedUpCaller(db(), "Invited");
    await activateCoachLink(db(), { athleteId: mine.id, coachId: coach.id, now });
    await activateCoachLink(db(), { athleteId: theirs.id, coachId: other.id, now });
    await callerFor(db(), coach.id, () => now).coaching.invite({
      direction: "coach-invites-athlete",
      email: invited.email,
    });
    const names = async () => (await callerFor(db(), coach.id, () => now).coaching.athletes()).map((row) => row.name);
    expect(await names()).toEqual(["Mine"]);
    await callerFor(db(), mine.id, () => now).coaching.endLink({ athleteId: mine.id, coachId: coach.id });
    expect(await names()).toEqual([]);
    expect(await callerFor(db(), mine.id, () => now).coaching.athletes()).toEqual([]);
  });

  it("loads 200 athletes in at most 3 SQL statements, and 2 when seen again", async () => {
    const { user: coach } = await signedUpCaller(db(), "Busy Coach");
    const template = await athleteWithPlan(db(), "Template", coach.id);
    await tickDone(db(), template.id, { until: "2026-12-10" });
    const tag = randomUUID().slice(0, 8);
    await db().execute(sql`
      insert into users (email, name, password_hash, time_zone)
      select 'bulk-' || ${tag} || '-' || n || '@example.test', 'Athlete ' || lpad(n::text, 3, '0'), 'x', 'Europe/Berlin'
      from generate_series(1, 199) n`);
    const bulk = sql`(select id from users where email like ${`bulk-${tag}-%`})`;
    await db().execute(sql`insert into coach_links (athlete_id, coach_id, status, activated_at)
      select id, ${coach.id}, 'active', now() from ${bulk} b`);
    await db().execute(sql`insert into runs (athlete_id, date, type, distance_km, title, source)
      select b.id, r.date, r.type, r.distance_km, r.title, 'manual' from ${bulk} b, runs r where r.athlete_id = ${template.id}`);
    await db()
      .execute(sql`insert into plans (athlete_id, name, settings, start_date, end_date, race_date, calendar_fingerprint)
      select b.id, p.name, p.settings, p.start_date, p.end_date, p.race_date, p.calendar_fingerprint
      from ${bulk} b, plans p where p.id = ${template.planId}`);
    await db().execute(sql`insert into plan_sessions (plan_id, athlete_id, week_index, date, load, focus)
      select np.id, np.athlete_id, s.week_index, s.date, s.load, s.focus
      from plans np join plan_sessions s on s.plan_id = ${template.planId}
      where np.athlete_id in ${bulk}`);
    await db().execute(sql`insert into session_exercises (session_id, position, exercise_id, sets, reps, intensity)
      select ns.id, e.position, e.exercise_id, e.sets, e.reps, e.intensity
      from plan_sessions ns
      join plan_sessions ts on ts.plan_id = ${template.planId} and ts.date = ns.date
      join session_exercises e on e.session_id = ts.id
      where ns.athlete_id in ${bulk}`);
    await db().execute(sql`insert into session_logs (session_id, athlete_id, status, rpe)
      select s.id, s.athlete_id, 'done', 7 from plan_sessions s
      where s.athlete_id in ${bulk} and s.date <= '2026-12-10'`);
    await db().execute(sql`insert into run_completions (run_id, athlete_id, status, client_id, client_time)
      select r.id, r.athlete_id, 'done', gen_random_uuid(), now() from runs r
      where r.athlete_id in ${bulk} and r.date <= '2026-12-10'`);

    const caller = callerFor(db(), coach.id, () => now);
    let list: Awaited<ReturnType<typeof caller.coaching.athletes>> = [];
    const statements = await db.statementsOf(async () => {
      list = await caller.coaching.athletes();
    });
    expect(statements.length).toBeLessThanOrEqual(3);
    expect(list).toHaveLength(200);
    // Seen again with nothing changed, the kept snapshots answer: two statements, the same list.
    let again: typeof list = [];
    const second = await db.statementsOf(async () => {
      again = await caller.coaching.athletes();
    });
    expect(second).toHaveLength(2);
    expect(again).toEqual(list);
    const sample = list.find((row) => row.name === "Athlete 042");
    expect(sample).toMatchObject({ lastActivity: "2026-12-10", nextRace: { date: RACE_DAY } });
    expect(sample?.attention.map((a) => a.reason)).toEqual(["missed-items", "adherence-drop"]);
    expect(sample?.last30.percent).toBe(list.find((row) => row.name === "Template")?.last30.percent);
  });
});
