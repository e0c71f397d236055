import { randomUUID } from "node:crypto";
import type { Database } from "@/db/client";
import {
  replaceSetLog,
  upsertRunCheckOff,
  upsertSessionCheckOff,
  upsertSessionLog,
  upsertSessionSoreness,
} from "@/db/queries/checkoffs";
import { findActivePlan, listSessionsOfPlan, type SessionWithExercises } from "@/db/queries/plans";
import { listAllRuns } from "@/db/queries/runs";
import type { RunRow } from "@/db/schema";
import type { SetLog } from "../domain/checkoff";
import { runCountsForAdherence } from "../domain/checkoff";
import { startOfWeek } from "../domain/dates";
import { exerciseById } from "../planner";
import { todayIn } from "../services/clock";

const WEIGHTED = new Set(["dumbbell", "kettlebell", "barbell", "machine"]);
/** A demo athlete's working weight, and the one set they pushed past it. */
const WORKING_KG = 16;
const HEAVIER_KG = 20;

/** The tap time of a demo write: the evening of the item's day, in UTC (close enough for a demo). */
function stampFor(athleteId: string, date: string, now: Date) {
  return { viewerId: athleteId, now, clientId: randomUUID(), clientTime: `${date}T18:00:00Z` };
}

/** The prescription done as written: every set, load for weighted moves, bodyweight otherwise. */
function setsAsPrescribed(session: SessionWithExercises): SetLog[] {
  return session.exercises.flatMap((line) => {
    const weighted = exerciseById(line.exerciseId)?.equipment.some((item) => WEIGHTED.has(item)) ?? false;
    return Array.from({ length: line.sets }, (_, index) => ({
      exerciseId: line.exerciseId,
      set: index + 1,
      ...(line.reps !== null ? { reps: line.reps } : {}),
      ...(line.seconds !== null ? { seconds: line.seconds } : {}),
      ...(line.metres !== null ? { metres: line.metres } : {}),
      ...(weighted ? { loadKg: WORKING_KG } : { bodyweight: true }),
    }));
  });
}

/** The last weighted set of the session lifted heavier than the others. */
function withOneHeavierSet(sets: SetLog[]): SetLog[] {
  const last = sets.findLastIndex((set) => set.loadKg !== undefined);
  return sets.map((set, index) => (index === last ? { ...set, loadKg: HEAVIER_KG } : set));
}

/**
 * Gives the demo athlete's past days realistic check-offs so adherence shows at first start: strength
 * sessions done (most with a log, one set heavier than the rest), one earlier week skipped while ill,
 * runs done with their planned distance, and one run skipped for lack of time.
 */
export async function seedDemoLogs(db: Database, athleteId: string, timeZone: string, now: Date): Promise<void> {
  const plan = await findActivePlan(db, athleteId);
  if (!plan) return;
  const today = todayIn(timeZone, now);
  const thisWeek = startOfWeek(today, 1);
  const sessions = (await listSessionsOfPlan(db, plan.id)).filter((session) => session.date < today);
  const fullWeeks = [...new Set(sessions.filter((s) => s.date < thisWeek).map((s) => startOfWeek(s.date, 1)))];
  // With two or more full weeks behind, the one before last was lost to a cold.
  const illWeek = fullWeeks.length >= 2 ? fullWeeks[fullWeeks.length - 2] : undefined;

  // The most recent session with a weighted move is the one with the heavier set.
  const lastDone = sessions
    .filter((session) => startOfWeek(session.date, 1) !== illWeek)
    .findLast((session) => setsAsPrescribed(session).some((set) => set.loadKg !== undefined));
  for (const [index, session] of sessions.entries()) {
    const stamp = stampFor(athleteId, session.date, now);
    if (startOfWeek(session.date, 1) === illWeek) {
      await upsertSessionCheckOff(db, stamp, { sessionId: session.id, status: "skipped", reason: "ill" });
    } else if (index % 3 === 1 && session !== lastDone) {
      // Ticked done with one tap, no set log: counts as prescribed.
      await upsertSessionCheckOff(db, stamp, { sessionId: session.id, status: "done", reason: null });
    } else {
      const heavier = session === lastDone;
      const state = await upsertSessionLog(db, stamp, {
        sessionId: session.id,
        rpe: heavier ? 8 : 6 + (index % 2),
        note: heavier ? `Felt strong: last weighted set up to ${HEAVIER_KG} kg.` : null,
      });
      const sets = setsAsPrescribed(session);
      if (state) await replaceSetLog(db, state, heavier ? withOneHeavierSet(sets) : sets);
      if (heavier)
        await upsertSessionSoreness(db, stampFor(athleteId, session.date, now), {
          sessionId: session.id,
          soreness: "mild",
        });
    }
  }
  await seedRunCompletions(db, athleteId, today, illWeek, now);
}

async function seedRunCompletions(
  db: Database,
  athleteId: string,
  today: string,
  illWeek: string | undefined,
  now: Date,
): Promise<void> {
  const past = (await listAllRuns(db, athleteId)).filter((run) => run.date < today && runCountsForAdherence(run.type));
  const skippedRun = past.filter((run) => startOfWeek(run.date, 1) !== illWeek && run.type === "easy").at(-1);
  for (const run of past) {
    const ill = startOfWeek(run.date, 1) === illWeek && run.type !== "long";
    await upsertRunCheckOff(
      db,
      stampFor(athleteId, run.date, now),
      completionOf(run, ill ? "ill" : run === skippedRun ? "no-time" : null),
    );
  }
}

function completionOf(run: RunRow, skipReason: "ill" | "no-time" | null) {
  return skipReason
    ? { runId: run.id, status: "skipped" as const, reason: skipReason, actualDistanceKm: null, actualMinutes: null }
    : {
        runId: run.id,
        status: "done" as const,
        reason: null,
        actualDistanceKm: run.distanceKm,
        actualMinutes: run.durationMin,
      };
}
