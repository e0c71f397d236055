import type { Database } from "@/db/client";
import {
  findPlan,
  findSession,
  listSessionsOfPlan,
  replaceSessionExercise,
  updateSession,
  type SessionWithExercises,
} from "@/db/queries/plans";
import { lockSession } from "@/db/queries/plan-locks";
import { listAllRuns } from "@/db/queries/runs";
import type { PlanRow } from "@/db/schema";
import { CATALOG, checkSessionDay, exerciseById, isAvailable } from "../planner";
import type { Exercise, Reason } from "../planner/types";
import { addDays } from "../domain/dates";
import { canAccessAthlete } from "./access";
import { notFound, ServiceError } from "./errors";
import { recordChange } from "./history";
import { toPlannerRuns } from "./plan-tree";
import { sessionLogView } from "./training-log";
import type { MoveSessionInput, SwapExerciseInput } from "../schemas/plans";

async function accessibleSession(
  db: Database,
  viewerId: string,
  sessionId: string,
): Promise<{ session: SessionWithExercises; plan: PlanRow }> {
  const session = await findSession(db, sessionId);
  const plan = session ? await findPlan(db, session.planId) : undefined;
  if (!session || !plan || !(await canAccessAthlete(db, viewerId, plan.athleteId))) throw notFound("That session");
  return { session, plan };
}

function exerciseSummary(exercise: Exercise) {
  return {
    id: exercise.id,
    name: exercise.name,
    pattern: exercise.pattern,
    equipment: exercise.equipment,
    level: exercise.level,
  };
}

/** What a prescribed exercise can be swapped for: its easier and harder rungs, and same-pattern moves the athlete can do. */
export function swapOptionsFor(exerciseId: string, equipment: readonly string[]) {
  const current = exerciseById(exerciseId);
  if (!current) return { regression: null, progression: null, alternatives: [] };
  const usable = (id: string | undefined) => {
    const exercise = id ? exerciseById(id) : undefined;
    return exercise && isAvailable(exercise, equipment) ? exerciseSummary(exercise) : null;
  };
  const alternatives = CATALOG.filter(
    (e) =>
      e.pattern === current.pattern &&
      e.id !== current.id &&
      e.id !== current.regression &&
      e.id !== current.progression &&
      isAvailable(e, equipment) &&
      Math.abs(e.level - current.level) <= 1,
  ).map(exerciseSummary);
  return { regression: usable(current.regression), progression: usable(current.progression), alternatives };
}

export async function getSessionDetail(db: Database, viewerId: string, sessionId: string, now: Date) {
  const { session, plan } = await accessibleSession(db, viewerId, sessionId);
  return {
    ...(await sessionLogView(db, session, now)),
    id: session.id,
    athleteId: plan.athleteId,
    planId: plan.id,
    planName: plan.name,
    date: session.date,
    weekIndex: session.weekIndex,
    load: session.load,
    focus: session.focus,
    status: session.status,
    movedByHand: session.movedByHand,
    reasons: session.reasons,
    warmUp: session.warmUp,
    minutes: session.minutes,
    shortVersion: session.shortVersion,
    optional: session.optional,
    exercises: session.exercises.map((row) => {
      const exercise = exerciseById(row.exerciseId);
      return {
        position: row.position,
        exerciseId: row.exerciseId,
        name: exercise?.name ?? row.exerciseId,
        steps: exercise?.steps ?? [],
        unit: exercise?.unit ?? "reps",
        sets: row.sets,
        reps: row.reps,
        seconds: row.seconds,
        metres: row.metres,
        perSide: row.perSide,
        intensity: row.intensity,
        why: row.why,
        loadKg: row.loadKg,
        swaps: swapOptionsFor(row.exerciseId, plan.settings.equipment),
      };
    }),
  };
}

export type MoveResult = { moved: true; warnings: Reason[] } | { moved: false; warnings: Reason[] };

/**
 * Moves a session to another day. The new day is judged by the planner's rules; a move that
 * breaks one happens only once the caller confirms having seen the named rule.
 */
export async function moveSession(db: Database, viewerId: string, input: MoveSessionInput): Promise<MoveResult> {
  return db.transaction(async (tx) => {
    // Locked first, so the status read below is still the status when the move is saved.
    await lockSession(tx, input.sessionId);
    const { session, plan } = await accessibleSession(tx, viewerId, input.sessionId);
    if (session.status !== "planned")
      throw new ServiceError("invalid", "A session that is checked off stays on the day it was done.");
    const allowed = movableRange(plan);
    if (input.date < allowed.from || input.date > allowed.to)
      throw new ServiceError(
        "invalid",
        `Choose a day from ${allowed.from} to ${allowed.to}: a session stays within its plan's weeks, or the week either side.`,
      );
    if (input.date === session.date) return { moved: true, warnings: [] };
    const [runs, siblings] = await Promise.all([listAllRuns(tx, plan.athleteId), listSessionsOfPlan(tx, plan.id)]);
    const warnings = checkSessionDay(
      { ...plan.settings, runs: toPlannerRuns(runs) },
      { date: input.date, load: session.load, exerciseIds: session.exercises.map((e) => e.exerciseId) },
      siblings.filter((other) => other.id !== session.id).map((other) => other.date),
    );
    if (warnings.length > 0 && !input.confirm) return { moved: false, warnings };
    await updateSession(tx, session.id, { date: input.date, movedByHand: true });
    await recordChange(tx, {
      athleteId: plan.athleteId,
      actorId: viewerId,
      entity: "session",
      entityId: session.id,
      action: "moved",
      before: { date: session.date },
      after: { date: input.date },
    });
    return { moved: true, warnings };
  });
}

/** The days a session may move to: its plan's weeks and one week either side (any other day drops out of every week). */
export function movableRange(plan: Pick<PlanRow, "startDate" | "endDate">): { from: string; to: string } {
  return { from: addDays(plan.startDate, -7), to: addDays(plan.endDate, 7) };
}

export async function swapExercise(db: Database, viewerId: string, input: SwapExerciseInput): Promise<void> {
  const { session, plan } = await accessibleSession(db, viewerId, input.sessionId);
  const current = session.exercises.find((e) => e.position === input.position);
  if (!current) throw notFound("That exercise");
  const options = swapOptionsFor(current.exerciseId, plan.settings.equipment);
  const allowed = [options.regression, options.progression, ...options.alternatives].some(
    (option) => option?.id === input.exerciseId,
  );
  if (!allowed)
    throw new ServiceError(
      "invalid",
      "Choose one of the suggested swaps: it must fit the movement and your equipment.",
    );
  await db.transaction(async (tx) => {
    await replaceSessionExercise(tx, session.id, input.position, input.exerciseId, current.intensity);
    await recordChange(tx, {
      athleteId: plan.athleteId,
      actorId: viewerId,
      entity: "prescription",
      entityId: session.id,
      action: "swapped",
      before: { position: input.position, exerciseId: current.exerciseId },
      after: { position: input.position, exerciseId: input.exerciseId },
    });
  });
}
