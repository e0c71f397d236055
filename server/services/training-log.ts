import type { Database } from "@/db/client";
import { exerciseProgress, listSetLogs, replaceSetLog, upsertSessionLog } from "@/db/queries/checkoffs";
import { findSession, type SessionWithExercises } from "@/db/queries/plans";
import { findUserProfile } from "@/db/queries/users";
import type { SetLogRow } from "@/db/schema";
import { exerciseById } from "../planner";
import type { SessionLogInput } from "../schemas/checkoff";
import { canAccessAthlete } from "./access";
import { toSessionCheckOff, writeStamp, type SessionCheckOff } from "./checkoff";
import { todayIn } from "./clock";
import { notFound, ServiceError } from "./errors";

/**
 * The training log of a strength session: what was done, set by set, with effort and a note. A newer
 * log replaces the older one whole (last write wins by client time), and logging ticks an unticked
 * session done.
 */
export async function logSession(
  db: Database,
  viewerId: string,
  input: SessionLogInput,
  now: Date,
): Promise<SessionCheckOff> {
  return db.transaction(async (tx) => {
    const state = await upsertSessionLog(tx, writeStamp(viewerId, input, now), {
      sessionId: input.sessionId,
      rpe: input.rpe ?? null,
      note: input.note || null,
    });
    if (!state) throw notFound("That session");
    if (!state.due) throw new ServiceError("invalid", "That day has not come yet: log the session once it is done.");
    if (!state.applied) return toSessionCheckOff(state);
    await replaceSetLog(tx, state, input.sets);
    return toSessionCheckOff({ ...state, loggedSets: input.sets.length });
  });
}

function toSetView(row: SetLogRow) {
  const { exerciseId, setNumber, reps, seconds, metres, loadKg, bodyweight } = row;
  return { exerciseId, set: setNumber, reps, seconds, metres, loadKg, bodyweight };
}

async function accessibleSession(db: Database, viewerId: string, sessionId: string): Promise<SessionWithExercises> {
  const session = await findSession(db, sessionId);
  if (!session || !(await canAccessAthlete(db, viewerId, session.athleteId))) throw notFound("That session");
  return session;
}

/** The check-off and the set log of one session, for the session page (plans.session). */
export async function sessionLogView(db: Database, session: SessionWithExercises, now: Date) {
  const [athlete, sets] = await Promise.all([findUserProfile(db, session.athleteId), listSetLogs(db, session.id)]);
  const today = todayIn(athlete?.timeZone ?? "UTC", now);
  return {
    checkOff: {
      status: session.status,
      reason: session.log?.reason ?? null,
      rpe: session.log?.rpe ?? null,
      note: session.log?.note ?? null,
      soreness: session.log?.soreness ?? null,
      loggedSets: session.loggedSets,
      prescribedSets: session.exercises.reduce((sum, exercise) => sum + exercise.sets, 0),
      due: session.date <= today,
    },
    log: { rpe: session.log?.rpe ?? null, note: session.log?.note ?? null, sets: sets.map(toSetView) },
  };
}

/**
 * Prescribed beside done for one session, and each of its exercises' best set per week of the block
 * (top load, or top reps, seconds or metres for bodyweight work) for a small progress chart.
 */
export async function sessionHistory(db: Database, viewerId: string, sessionId: string) {
  const session = await accessibleSession(db, viewerId, sessionId);
  const sets = (await listSetLogs(db, session.id)).map(toSetView);
  const exerciseIds = [...new Set([...session.exercises.map((e) => e.exerciseId), ...sets.map((s) => s.exerciseId)])];
  const progress = await exerciseProgress(db, session.planId, exerciseIds);
  return {
    sessionId: session.id,
    weekIndex: session.weekIndex,
    status: session.status,
    exercises: exerciseIds.map((exerciseId) => {
      const prescribed = session.exercises.find((e) => e.exerciseId === exerciseId);
      return {
        exerciseId,
        name: exerciseById(exerciseId)?.name ?? exerciseId,
        prescribed: prescribed
          ? {
              sets: prescribed.sets,
              reps: prescribed.reps,
              seconds: prescribed.seconds,
              metres: prescribed.metres,
              intensity: prescribed.intensity,
            }
          : null,
        done: sets.filter((s) => s.exerciseId === exerciseId),
        weeks: progress.filter((p) => p.exerciseId === exerciseId).map(({ exerciseId: _id, ...week }) => week),
      };
    }),
  };
}
