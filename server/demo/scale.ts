import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import type { NewPlanTree } from "@/db/queries/plans";
import { newRunRow } from "@/db/queries/runs";
import { findUserByEmail } from "@/db/queries/users";
import { coachLinks, plans, planSessions, planWeeks, runCompletions, runs, sessionExercises } from "@/db/schema";
import { sessionLogs, setLogs, users } from "@/db/schema";
import { runCountsForAdherence } from "../domain/checkoff";
import { addDays, startOfWeek } from "../domain/dates";
import { planSettingsSchema } from "../domain/plan";
import type { Run } from "../planner/types";
import { buildPlan } from "../planner";
import { todayIn } from "../services/clock";
import { hashPassword } from "../services/password";
import { calendarFingerprint, planToRows } from "../services/plan-tree";
import { TEMPLATE_IDS, buildTemplate } from "../templates";
import { bulkInsert } from "./bulk-insert";

/**
 * The scale data set of issue 14: many athletes, coaches with 200 athletes each, every athlete
 * with a run calendar, an active 16-week plan and check-offs and set logs for the weeks behind.
 * The planner runs once per distinct calendar (template x weeks to race x sessions a week) and
 * each athlete gets a copy with fresh ids, so 10,000 athletes take minutes, not hours.
 */

export const SCALE_PASSWORD = "scale-demo-2026";
export const SCALE_TIME_ZONE = "Europe/London";
const ATHLETES_PER_TRANSACTION = 50;
const WEEKS_TO_RACE = [6, 8, 10, 12, 14] as const;

export interface ScaleOptions {
  athletes: number;
  coaches: number;
  athletesPerCoach: number;
  onProgress?: (athletesDone: number) => void;
}

export const FULL_SCALE: ScaleOptions = { athletes: 10_000, coaches: 50, athletesPerCoach: 200 };

export const scaleAthleteEmail = (index: number) => `athlete-${String(index).padStart(5, "0")}@scale.example.com`;
export const scaleCoachEmail = (index: number) => `coach-${String(index).padStart(3, "0")}@scale.example.com`;

interface Calendar {
  runs: Run[];
  tree: NewPlanTree;
  exercisesBySession: Map<string, NewPlanTree["exercises"]>;
}

function groupBySession(lines: NewPlanTree["exercises"]): Map<string, NewPlanTree["exercises"]> {
  const bySession = new Map<string, NewPlanTree["exercises"]>();
  for (const line of lines) bySession.set(line.sessionId, [...(bySession.get(line.sessionId) ?? []), line]);
  return bySession;
}

/** Every distinct calendar once: its runs and the plan the real planner lays around them. */
function buildCalendars(today: string): Calendar[] {
  const calendars: Calendar[] = [];
  for (const templateId of TEMPLATE_IDS)
    for (const weeksToRace of WEEKS_TO_RACE)
      for (const sessionsPerWeek of [2, 3] as const) {
        const raceDate = addDays(startOfWeek(addDays(today, weeksToRace * 7), 1), 6);
        const runList = buildTemplate(templateId, raceDate);
        const settings = planSettingsSchema.parse({
          raceDate,
          weeks: 16,
          sessionsPerWeek,
          level: sessionsPerWeek === 2 ? "beginner" : "intermediate",
          equipment: ["mat", "band", "dumbbell", "box"],
        });
        const plan = buildPlan({ ...settings, runs: runList });
        const name = `Strength block to race day ${raceDate}`;
        const tree = planToRows("", plan, settings, name, calendarFingerprint(runList));
        calendars.push({
          runs: runList,
          tree,
          exercisesBySession: groupBySession(tree.exercises),
        });
      }
  return calendars;
}

/** Rows for one batch of athletes, table by table, in the order foreign keys need. */
class Batch {
  runs: (typeof runs.$inferInsert)[] = [];
  plans: (typeof plans.$inferInsert)[] = [];
  weeks: (typeof planWeeks.$inferInsert)[] = [];
  sessions: (typeof planSessions.$inferInsert)[] = [];
  exercises: (typeof sessionExercises.$inferInsert)[] = [];
  sessionLogs: (typeof sessionLogs.$inferInsert)[] = [];
  setLogs: (typeof setLogs.$inferInsert)[] = [];
  runCompletions: (typeof runCompletions.$inferInsert)[] = [];

  async write(db: Database): Promise<void> {
    await db.transaction(async (tx) => {
      await bulkInsert(tx, runs, this.runs);
      await bulkInsert(tx, plans, this.plans);
      await bulkInsert(tx, planWeeks, this.weeks);
      await bulkInsert(tx, planSessions, this.sessions);
      await bulkInsert(tx, sessionExercises, this.exercises);
      await bulkInsert(tx, sessionLogs, this.sessionLogs);
      await bulkInsert(tx, setLogs, this.setLogs);
      await bulkInsert(tx, runCompletions, this.runCompletions);
    });
  }
}

function addAthlete(batch: Batch, athleteId: string, calendar: Calendar, today: string, stamp: Date): void {
  const runRows = calendar.runs.map((run) => ({
    ...newRunRow({ athleteId, source: "template", sourceUid: "scale" }, run),
    id: randomUUID(),
  }));
  batch.runs.push(...runRows);
  const planId = randomUUID();
  batch.plans.push({ ...calendar.tree.plan, id: planId, athleteId });
  batch.weeks.push(...calendar.tree.weeks.map((week) => ({ ...week, planId })));
  const sessionIds = new Map<string, string>();
  for (const session of calendar.tree.sessions) {
    const id = randomUUID();
    sessionIds.set(session.id, id);
    batch.sessions.push({ ...session, id, planId, athleteId });
  }
  for (const exercise of calendar.tree.exercises)
    batch.exercises.push({ ...exercise, sessionId: sessionIds.get(exercise.sessionId) ?? "" });
  addPastLogs(batch, athleteId, calendar, sessionIds, today, stamp);
  for (const [index, run] of runRows.entries()) {
    if (run.date >= today || !runCountsForAdherence(run.type)) continue;
    const skipped = index % 9 === 4;
    batch.runCompletions.push({
      runId: run.id,
      athleteId,
      status: skipped ? "skipped" : "done",
      reason: skipped ? "no-time" : null,
      actualDistanceKm: skipped ? null : run.distanceKm,
      actualMinutes: skipped ? null : run.durationMin,
      clientId: randomUUID(),
      clientTime: stamp,
    });
  }
}

/** Most past sessions done (every third with its sets logged as prescribed), one in seven skipped. */
function addPastLogs(
  batch: Batch,
  athleteId: string,
  calendar: Calendar,
  sessionIds: Map<string, string>,
  today: string,
  stamp: Date,
): void {
  const past = calendar.tree.sessions.filter((session) => session.date < today);
  for (const [index, session] of past.entries()) {
    const sessionId = sessionIds.get(session.id) ?? "";
    const skipped = index % 7 === 3;
    const withSets = !skipped && index % 3 === 0;
    batch.sessionLogs.push({
      sessionId,
      athleteId,
      status: skipped ? "skipped" : "done",
      reason: skipped ? "ill" : null,
      clientId: randomUUID(),
      clientTime: stamp,
      rpe: skipped ? null : 6 + (index % 3),
      logClientId: withSets ? randomUUID() : null,
      logClientTime: withSets ? stamp : null,
    });
    if (!withSets) continue;
    let position = 0;
    for (const line of calendar.exercisesBySession.get(session.id) ?? [])
      for (let set = 1; set <= line.sets; set++)
        batch.setLogs.push({
          athleteId,
          sessionId,
          position: position++,
          exerciseId: line.exerciseId,
          setNumber: set,
          reps: line.reps ?? null,
          seconds: line.seconds ?? null,
          metres: line.metres ?? null,
          bodyweight: true,
        });
  }
}

async function insertUsers(db: Database, emails: string[], passwordHash: string): Promise<string[]> {
  const rows = emails.map((email, index) => ({
    id: randomUUID(),
    email,
    name: email.startsWith("coach") ? `Scale Coach ${index}` : `Scale Athlete ${index}`,
    passwordHash,
    timeZone: SCALE_TIME_ZONE,
  }));
  await bulkInsert(db, users, rows);
  return rows.map((row) => row.id);
}

/**
 * Seeds the scale data set unless its first athlete already exists (so a benchmark reuses it).
 * Returns the number of athletes written (0 when it was already there).
 */
export async function seedScale(db: Database, now: Date, options: ScaleOptions): Promise<number> {
  if (await findUserByEmail(db, scaleAthleteEmail(0))) return 0;
  const today = todayIn(SCALE_TIME_ZONE, now);
  const calendars = buildCalendars(today);
  const passwordHash = await hashPassword(SCALE_PASSWORD);
  const coachIds = await insertUsers(
    db,
    Array.from({ length: options.coaches }, (_, i) => scaleCoachEmail(i)),
    passwordHash,
  );
  for (let first = 0; first < options.athletes; first += ATHLETES_PER_TRANSACTION) {
    const count = Math.min(ATHLETES_PER_TRANSACTION, options.athletes - first);
    const emails = Array.from({ length: count }, (_, i) => scaleAthleteEmail(first + i));
    const athleteIds = await insertUsers(db, emails, passwordHash);
    const batch = new Batch();
    athleteIds.forEach((athleteId, i) => {
      const calendar = calendars[(first + i) % calendars.length];
      if (calendar) addAthlete(batch, athleteId, calendar, today, now);
    });
    await batch.write(db);
    await linkToCoaches(db, athleteIds, first, coachIds, options.athletesPerCoach, now);
    options.onProgress?.(first + count);
  }
  // Fresh planner statistics, so the first queries after a bulk load plan as they will later.
  await db.execute(sql`analyze`);
  return options.athletes;
}

/** Athlete n belongs to coach floor(n / athletesPerCoach), while there are coaches. */
async function linkToCoaches(
  db: Database,
  athleteIds: string[],
  first: number,
  coachIds: string[],
  athletesPerCoach: number,
  now: Date,
): Promise<void> {
  const links = athleteIds.flatMap((athleteId, i) => {
    const coachId = coachIds[Math.floor((first + i) / athletesPerCoach)];
    return coachId ? [{ athleteId, coachId, status: "active" as const, activatedAt: now }] : [];
  });
  await bulkInsert(db, coachLinks, links);
}
