import type { Database } from "@/db/client";
import { findPlan, findSession, type SessionWithExercises } from "@/db/queries/plans";
import {
  deleteSessionExercise,
  insertSessionExercise,
  updateSessionExerciseDose,
  type Dose,
} from "@/db/queries/prescriptions";
import type { PlanRow, SessionExerciseRow } from "@/db/schema";
import { CATALOG, exerciseById, isAvailable } from "../planner";
import type { Exercise, PrescriptionUnit } from "../planner/types";
import type { AddExercise, EditPrescription } from "../schemas/prescriptions";
import { canAccessAthlete } from "./access";
import { notFound, ServiceError } from "./errors";
import { recordChange } from "./history";

/**
 * Editing a session's prescription by hand: the dose (sets, reps or time, load guidance), and
 * adding or removing exercises from the catalogue. The athlete and their active coaches may
 * all do it (the one access rule); only a session not yet checked off can change, and every
 * change is recorded in the same transaction.
 */

const MAX_EXERCISES = 12;

const invalid = (message: string) => new ServiceError("invalid", message);

async function editableSession(db: Database, viewerId: string, sessionId: string) {
  const session = await findSession(db, sessionId);
  const plan = session ? await findPlan(db, session.planId) : undefined;
  if (!session || !plan || !(await canAccessAthlete(db, viewerId, plan.athleteId))) throw notFound("That session");
  if (session.status !== "planned")
    throw invalid("A session that is checked off keeps the prescription it was done with.");
  return { session, plan };
}

function unitOf(row: Pick<SessionExerciseRow, "exerciseId" | "reps" | "seconds" | "metres">): PrescriptionUnit {
  const unit = exerciseById(row.exerciseId)?.unit;
  if (unit) return unit;
  return row.seconds !== null ? "seconds" : row.metres !== null ? "metres" : "reps";
}

/** The dose to store, refusing a measure the exercise is not counted in. */
function doseFor(name: string, unit: PrescriptionUnit, input: Omit<EditPrescription, "sessionId" | "position">): Dose {
  const given: PrescriptionUnit =
    input.reps !== undefined ? "reps" : input.seconds !== undefined ? "seconds" : "metres";
  if (given !== unit) throw invalid(`${name} is counted in ${unit}, not ${given}.`);
  return {
    sets: input.sets,
    reps: input.reps ?? null,
    seconds: input.seconds ?? null,
    metres: input.metres ?? null,
    intensity: input.intensity,
  };
}

const facts = (row: Pick<SessionExerciseRow, "exerciseId" | "position"> & Dose) => ({
  position: row.position,
  exerciseId: row.exerciseId,
  sets: row.sets,
  reps: row.reps,
  seconds: row.seconds,
  metres: row.metres,
  intensity: row.intensity,
});

function changeOf(plan: PlanRow, session: SessionWithExercises, viewerId: string) {
  return { athleteId: plan.athleteId, actorId: viewerId, entity: "prescription" as const, entityId: session.id };
}

export async function editPrescription(db: Database, viewerId: string, input: EditPrescription): Promise<void> {
  const { session, plan } = await editableSession(db, viewerId, input.sessionId);
  const current = session.exercises.find((e) => e.position === input.position);
  if (!current) throw notFound("That exercise");
  const name = exerciseById(current.exerciseId)?.name ?? "This exercise";
  const dose = doseFor(name, unitOf(current), input);
  await db.transaction(async (tx) => {
    const updated = await updateSessionExerciseDose(tx, session.id, input.position, dose);
    if (!updated) throw notFound("That exercise");
    await recordChange(tx, {
      ...changeOf(plan, session, viewerId),
      action: "dose-changed",
      before: facts(current),
      after: facts(updated),
    });
  });
}

function addable(plan: PlanRow, session: SessionWithExercises): Exercise[] {
  const present = new Set(session.exercises.map((e) => e.exerciseId));
  return CATALOG.filter((e) => !present.has(e.id) && isAvailable(e, plan.settings.equipment));
}

export async function addExercise(db: Database, viewerId: string, input: AddExercise): Promise<{ position: number }> {
  const { session, plan } = await editableSession(db, viewerId, input.sessionId);
  const exercise = exerciseById(input.exerciseId);
  if (!exercise) throw invalid("Choose an exercise from the catalogue.");
  if (!isAvailable(exercise, plan.settings.equipment)) {
    const missing = exercise.equipment.filter((item) => item !== "none" && !plan.settings.equipment.includes(item));
    throw invalid(`${exercise.name} needs ${missing.join(" and ")}, which this plan's equipment does not include.`);
  }
  if (session.exercises.some((e) => e.exerciseId === exercise.id))
    throw invalid(`${exercise.name} is already in this session: change its sets instead.`);
  if (session.exercises.length >= MAX_EXERCISES) throw invalid(`A session holds at most ${MAX_EXERCISES} exercises.`);
  const position = Math.max(-1, ...session.exercises.map((e) => e.position)) + 1;
  const dose = doseFor(exercise.name, exercise.unit, input);
  await db.transaction(async (tx) => {
    const row = await insertSessionExercise(tx, {
      sessionId: session.id,
      position,
      exerciseId: exercise.id,
      perSide: exercise.unilateral,
      ...dose,
    });
    await recordChange(tx, { ...changeOf(plan, session, viewerId), action: "exercise-added", after: facts(row) });
  });
  return { position };
}

export async function removeExercise(
  db: Database,
  viewerId: string,
  input: { sessionId: string; position: number },
): Promise<void> {
  const { session, plan } = await editableSession(db, viewerId, input.sessionId);
  const current = session.exercises.find((e) => e.position === input.position);
  if (!current) throw notFound("That exercise");
  if (session.exercises.length === 1)
    throw invalid("A session keeps at least one exercise: add another first, or skip the session.");
  await db.transaction(async (tx) => {
    await deleteSessionExercise(tx, session.id, input.position);
    await recordChange(tx, {
      ...changeOf(plan, session, viewerId),
      action: "exercise-removed",
      before: facts(current),
    });
  });
}

/** What can be added to this session: catalogue exercises the plan's equipment allows, not already in it. */
export async function exerciseOptions(db: Database, viewerId: string, sessionId: string) {
  const session = await findSession(db, sessionId);
  const plan = session ? await findPlan(db, session.planId) : undefined;
  if (!session || !plan || !(await canAccessAthlete(db, viewerId, plan.athleteId))) throw notFound("That session");
  return addable(plan, session).map(({ id, name, pattern, unit, level, unilateral }) => ({
    id,
    name,
    pattern,
    unit,
    level,
    unilateral,
  }));
}
