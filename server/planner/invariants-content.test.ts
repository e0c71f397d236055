import { describe, expect, it } from "vitest";
import { contentViolations } from "./fixtures/invariants-content";
import { higdonNovice } from "./fixtures/marathon-plans";
import { KITS } from "./fixtures/matrix";
import { buildPlan } from "./plan";
import type { Plan, PlanInput, PlannedSession } from "./types";

/** The content checker is itself tested: each planted violation must be caught. */

const calendar = higdonNovice();
const gym: PlanInput = {
  raceDate: calendar.raceDate,
  sessionsPerWeek: 2,
  level: "intermediate",
  equipment: KITS.gym ?? [],
  runs: calendar.runs,
};
const bare: PlanInput = { ...gym, level: "beginner", equipment: [] };
const gymPlan = buildPlan(gym);
const barePlan = buildPlan(bare);

function mutate(input: PlanInput, plan: Plan, change: (p: Plan) => void): string {
  const copy = structuredClone(plan);
  change(copy);
  return contentViolations(input, copy).join("\n");
}

const session = (p: Plan, week: number, k = 0): PlannedSession => p.weeks[week - 1]!.sessions[k]!;
const firstWeek = (p: Plan, test: (w: Plan["weeks"][number]) => boolean) => p.weeks.find(test)!;

describe("the content checker", () => {
  it("passes the real plans", () => {
    expect(contentViolations(gym, gymPlan)).toEqual([]);
    expect(contentViolations(bare, barePlan)).toEqual([]);
  });

  it.each<[string, PlanInput, Plan, (p: Plan) => void, RegExp]>([
    ["a session with no warm-up", gym, gymPlan, (p) => void (session(p, 3).warmUp = []), /warm-up: none/],
    ["a session with no minutes", gym, gymPlan, (p) => void delete session(p, 3).minutes, /minutes: no estimate/],
    [
      "a 15-minute version naming an exercise not in the session",
      gym,
      gymPlan,
      (p) => void (session(p, 3).shortVersion = ["back-squat-not-here"]),
      /short-version/,
    ],
    ["an exercise with no why", gym, gymPlan, (p) => void delete session(p, 6).exercises[0]!.why, /why: .* has none/],
    [
      "a %1RM on a lift",
      gym,
      gymPlan,
      (p) => void (session(p, 10).exercises[0]!.intensity = "RPE 8 (about 85% 1RM)"),
      /intensity: .* 1RM/,
    ],
    [
      "bodyweight work below 6 reps",
      bare,
      barePlan,
      (p) =>
        void session(p, 10)
          .exercises.filter((e) => e.reps !== undefined)
          .forEach((e) => (e.reps = 4)),
      /bodyweight-reps/,
    ],
    ["exercises out of order", gym, gymPlan, (p) => void session(p, 6).exercises.reverse(), /order: /],
    [
      "a lift first met at RPE 8",
      gym,
      gymPlan,
      (p) =>
        void session(p, 1).exercises.push({
          exerciseId: "back-squat",
          sets: 3,
          reps: 5,
          perSide: false,
          intensity: "heavy weight, RPE 8",
          why: "x",
        }),
      /first-time: back-squat starts heavy/,
    ],
    [
      "a deload that raises an exercise",
      gym,
      gymPlan,
      (p) =>
        void firstWeek(p, (w) => w.deload && w.sessions.length > 0).sessions[0]!.exercises.forEach((e) => (e.sets = 9)),
      /deload-raise/,
    ],
    [
      "jumps with no stated contacts",
      gym,
      gymPlan,
      (p) =>
        void firstWeek(p, (w) => w.phase === "power" && !w.deload).sessions.forEach((s) =>
          s.exercises.forEach((e) => (e.intensity = e.intensity.replace(/foot contacts/, "hops"))),
        ),
      /contacts: .* states no contacts/,
    ],
    [
      "a peak that keeps full volume",
      gym,
      gymPlan,
      (p) =>
        void p.weeks
          .filter((w) => w.phase === "power")
          .forEach((w) => w.sessions.forEach((s) => s.exercises.forEach((e) => (e.sets = 6)))),
      /peak-volume/,
    ],
    [
      "hamstring work dropped in the taper",
      gym,
      gymPlan,
      (p) =>
        void p.weeks
          .filter((w) => w.phase === "taper")
          .forEach((w) =>
            w.sessions.forEach(
              (s) => (s.exercises = s.exercises.filter((e) => !/curl|heel|walkout/.test(e.exerciseId))),
            ),
          ),
      /to-the-end: no knee-flexion work/,
    ],
    [
      "no Nordic in a week with a partner",
      gym,
      gymPlan,
      (p) =>
        void p.weeks.forEach((w) =>
          w.sessions.forEach((s) => (s.exercises = s.exercises.filter((e) => !/nordic/.test(e.exerciseId)))),
        ),
      /nordic: none/,
    ],
    [
      "no core work with no equipment",
      bare,
      barePlan,
      (p) =>
        void p.weeks.forEach((w) =>
          w.sessions.forEach(
            (s) =>
              (s.exercises = s.exercises.filter((e) => !/plank|dead-bug|hollow|bird-dog|pallof/.test(e.exerciseId))),
          ),
        ),
      /bare-floor: no core work/,
    ],
  ])("catches %s", (_label, input, plan, change, expected) => {
    expect(mutate(input, plan, change)).toMatch(expected);
  });
});
