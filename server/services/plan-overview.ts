import type { Database } from "@/db/client";
import { listPlanWeeks, listSessionsOfPlan } from "@/db/queries/plans";
import { listAllRuns } from "@/db/queries/runs";
import { summariseRunWeeks } from "../planner";
import { LOADS, type Load } from "../planner/types";
import { accessiblePlan } from "./plans";
import { calendarFingerprint, toPlannerRuns } from "./plan-tree";

const loadRank = (load: Load) => LOADS.indexOf(load);

/**
 * Everything the plan overview shows: the phase timeline, strength volume (sets) and top load
 * per week beside the weekly run volume, deload and step-back weeks, and the plan's warnings.
 */
export async function getPlanOverview(db: Database, viewerId: string, planId: string) {
  const plan = await accessiblePlan(db, viewerId, planId);
  const [weeks, sessions, runRows] = await Promise.all([
    listPlanWeeks(db, plan.id),
    listSessionsOfPlan(db, plan.id),
    listAllRuns(db, plan.athleteId),
  ]);
  const runs = toPlannerRuns(runRows);
  const runWeeks = summariseRunWeeks({ ...plan.settings, runs });
  return {
    plan: {
      id: plan.id,
      athleteId: plan.athleteId,
      name: plan.name,
      status: plan.status,
      startDate: plan.startDate,
      endDate: plan.endDate,
      raceDate: plan.raceDate,
      settings: plan.settings,
      warnings: plan.warnings,
      /** The run calendar changed since the sessions were placed: offer a re-plan. */
      calendarChanged: plan.calendarFingerprint !== calendarFingerprint(runs),
    },
    weeks: weeks.map((week) => {
      const own = sessions.filter((session) => session.weekIndex === week.index);
      const top = own.reduce<Load | null>(
        (best, s) => (best === null || loadRank(s.load) > loadRank(best) ? s.load : best),
        null,
      );
      return {
        index: week.index,
        startDate: week.startDate,
        phase: week.phase,
        deload: week.deload,
        stepBack: runWeeks.stepBack[week.index - 1] ?? false,
        runKm: runWeeks.volumeKm[week.index - 1] ?? 0,
        sets: own.reduce((sum, s) => sum + s.exercises.reduce((n, e) => n + e.sets, 0), 0),
        topLoad: top,
        sessions: own.map(({ id, date, load, focus, status, movedByHand }) => ({
          id,
          date,
          load,
          focus,
          status,
          movedByHand,
        })),
      };
    }),
  };
}

/** The whole plan written out, exercises included: what the printable page and feed read. */
export async function getPrintablePlan(db: Database, viewerId: string, planId: string) {
  const plan = await accessiblePlan(db, viewerId, planId);
  const [weeks, sessions] = await Promise.all([listPlanWeeks(db, plan.id), listSessionsOfPlan(db, plan.id)]);
  return {
    plan: { id: plan.id, name: plan.name, startDate: plan.startDate, endDate: plan.endDate, raceDate: plan.raceDate },
    weeks: weeks.map((week) => ({
      index: week.index,
      startDate: week.startDate,
      phase: week.phase,
      deload: week.deload,
      sessions: sessions
        .filter((session) => session.weekIndex === week.index)
        .map(({ id, date, load, focus, exercises }) => ({
          id,
          date,
          load,
          focus,
          exercises: exercises.map(({ position, exerciseId, sets, reps, seconds, metres, perSide, intensity }) => ({
            position,
            exerciseId,
            sets,
            reps,
            seconds,
            metres,
            perSide,
            intensity,
          })),
        })),
    })),
  };
}
