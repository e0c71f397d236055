import { createHash, randomUUID } from "node:crypto";
import type { NewPlanTree, SessionWithExercises } from "@/db/queries/plans";
import type { RunRow } from "@/db/schema";
import type { Plan, PlannedSession, PlanInput, Run } from "../planner/types";

/** The planner's output as rows: ids are made here so sessions and exercises insert in two batches. */
export function planToRows(
  athleteId: string,
  plan: Plan,
  settings: Omit<PlanInput, "runs">,
  name: string,
  fingerprint: string,
): NewPlanTree {
  const planId = randomUUID();
  const sessions = plan.weeks.flatMap((week) => week.sessions.map((session) => ({ session, weekIndex: week.index })));
  const rows = sessionsToRows(athleteId, planId, sessions);
  return {
    plan: {
      id: planId,
      athleteId,
      name,
      settings,
      startDate: plan.startDate,
      endDate: plan.endDate,
      raceDate: settings.raceDate ?? null,
      warnings: plan.warnings,
      calendarFingerprint: fingerprint,
    },
    weeks: plan.weeks.map((week) => ({
      planId,
      index: week.index,
      startDate: week.startDate,
      phase: week.phase,
      deload: week.deload,
      reEntry: week.reEntry,
    })),
    ...rows,
  };
}

export function sessionsToRows(
  athleteId: string,
  planId: string,
  sessions: { session: PlannedSession; weekIndex: number }[],
) {
  const sessionRows: NewPlanTree["sessions"] = [];
  const exerciseRows: NewPlanTree["exercises"] = [];
  for (const { session, weekIndex } of sessions) {
    const id = randomUUID();
    sessionRows.push({
      id,
      planId,
      athleteId,
      weekIndex,
      date: session.date,
      load: session.load,
      focus: session.focus,
      reasons: session.reasons,
      warmUp: session.warmUp,
      minutes: session.minutes ?? null,
      shortVersion: session.shortVersion,
      optional: session.optional,
    });
    session.exercises.forEach((exercise, position) => {
      exerciseRows.push({
        sessionId: id,
        position,
        exerciseId: exercise.exerciseId,
        sets: exercise.sets,
        reps: exercise.reps ?? null,
        seconds: exercise.seconds ?? null,
        metres: exercise.metres ?? null,
        perSide: exercise.perSide,
        intensity: exercise.intensity,
        why: exercise.why ?? null,
        loadKg: exercise.loadKg ?? null,
      });
    });
  }
  return { sessions: sessionRows, exercises: exerciseRows };
}

/** Stored runs in the planner's shape (no nulls, no ids). */
export function toPlannerRuns(rows: RunRow[]): Run[] {
  return rows.map((row) => ({
    date: row.date,
    type: row.type,
    ...(row.distanceKm !== null ? { distanceKm: row.distanceKm } : {}),
    ...(row.durationMin !== null ? { durationMin: row.durationMin } : {}),
    ...(row.title ? { title: row.title } : {}),
  }));
}

/** A session that re-planning must leave where it is. */
export function isPinned(
  session: Pick<SessionWithExercises, "date" | "status" | "loggedSets" | "movedByHand" | "hasComments">,
  today: string,
): boolean {
  // A logged session keeps its sets even after an undo of its tick: the log is what was done;
  // a commented one keeps its thread.
  return (
    session.date < today ||
    session.status !== "planned" ||
    session.loggedSets > 0 ||
    session.movedByHand ||
    session.hasComments
  );
}

/**
 * A digest of exactly what the planner reads from the run calendar (date, type, distance,
 * duration), order-independent, so a plan can tell whether its calendar has changed since.
 */
export function calendarFingerprint(runs: Run[]): string {
  const lines = runs.map((run) => `${run.date}|${run.type}|${run.distanceKm ?? ""}|${run.durationMin ?? ""}`).sort();
  return createHash("sha256").update(lines.join("\n")).digest("base64url").slice(0, 22);
}
