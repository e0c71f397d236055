import { describe, expect, it } from "vitest";
import { adjustFromLog } from "./adjust";
import { exerciseById, isAvailable } from "./catalog";
import { addDays, daysBetween } from "../domain/dates";
import { planViolations } from "./fixtures/invariants";
import { placementViolations } from "./fixtures/invariants-placement";
import { KITS, LEVEL_LIST } from "./fixtures/matrix";
import { UNSEEN_CALENDARS, doubleDays, travelBlock, travelDates, tuneUpRaces } from "./fixtures/unseen-calendars";
import { buildPlan } from "./plan";
import type { LoggedSession } from "../domain/plan";
import type { Plan, PlanInput } from "./types";

/**
 * Issue 11's placement rules on calendars the other tests never shaped: double days, a weekday
 * long run, two blocked travel weeks, tune-up races (a half marathon mid-block), for bodyweight-only
 * and full-gym athletes; the checker's new rules caught on planted violations; the log's adjustments.
 */

const inputFor = (make: (typeof UNSEEN_CALENDARS)[number], overrides: Partial<PlanInput> = {}): PlanInput => {
  const calendar = make();
  return {
    raceDate: calendar.raceDate,
    sessionsPerWeek: 3,
    level: "intermediate",
    equipment: KITS.gym!,
    runs: calendar.runs,
    ...(make === travelBlock ? { blockedDates: travelDates(calendar) } : {}),
    ...overrides,
  };
};

describe("unseen calendars", () => {
  it.each(UNSEEN_CALENDARS.map((make) => [make().name, make] as const))("%s keeps every rule", (_name, make) => {
    const problems: string[] = [];
    for (const level of LEVEL_LIST)
      for (const sessionsPerWeek of [2, 3] as const)
        for (const kit of ["nothing", "bodyweight", "gym"])
          for (const allowRestDays of [false, true]) {
            const input = inputFor(make, { level, sessionsPerWeek, equipment: KITS[kit]!, allowRestDays });
            const label = `${level}/${sessionsPerWeek}x/${kit}/${allowRestDays}`;
            problems.push(...planViolations(input, buildPlan(input)).map((p) => `${label}: ${p}`));
          }
    expect(problems).toEqual([]);
  });

  it("after two blocked weeks: optional travel sessions, then a re-entry week no heavier than before", () => {
    const input = inputFor(travelBlock);
    const plan = buildPlan(input);
    const [w8, w9, w10] = [plan.weeks[7]!, plan.weeks[8]!, plan.weeks[9]!];
    for (const week of [w8, w9]) {
      expect(week.sessions.filter((s) => !s.optional)).toEqual([]);
      const travel = week.sessions.filter((s) => s.optional);
      expect(travel).toHaveLength(1);
      expect(travel[0]).toMatchObject({ load: "bodyweight", minutes: 20, focus: "Travel session" });
      const needs = travel[0]!.exercises.map((e) => exerciseById(e.exerciseId)!);
      expect(needs.every((e) => isAvailable(e, []))).toBe(true);
    }
    expect(w10.reEntry).toBe(true);
    const rank = ["bodyweight", "light", "moderate", "heavy"];
    const top = (s: Plan["weeks"][number]) => Math.max(...s.sessions.map((x) => rank.indexOf(x.load)));
    expect(top(w10)).toBeLessThanOrEqual(top(plan.weeks[6]!));
    expect(plan.warnings.some((w) => w.rule === "re-entry" && w.date === w10.startDate)).toBe(true);
    expect(w8.deload || w9.deload).toBe(false);
  });

  it("keeps three light days after a half marathon, one after a 10 km", () => {
    const calendar = tuneUpRaces();
    const plan = buildPlan(inputFor(tuneUpRaces));
    const half = calendar.runs.find((r) => r.title === "City Half Marathon")!.date;
    const tenK = calendar.runs.find((r) => r.title === "Autumn 10K")!.date;
    for (const s of plan.weeks.flatMap((w) => w.sessions)) {
      const after = daysBetween(half, s.date);
      if (after >= 1 && after <= 3) expect(s.load).toMatch(/bodyweight|light/);
      if (daysBetween(tenK, s.date) === 1) expect(s.load).toMatch(/bodyweight|light/);
    }
  });

  it("names the quality run a day's limit protects, 48 hours ahead", () => {
    const plan = buildPlan(inputFor(doubleDays));
    const reasons = plan.weeks.flatMap((w) => w.sessions.flatMap((s) => s.reasons.map((r) => r.text)));
    expect(reasons.some((text) => /48 hours before Thursday's tempo run/.test(text))).toBe(true);
  });

  it("keeps one rhythm of days through a phase while the runs stay the same", () => {
    const plan = buildPlan(inputFor(doubleDays));
    const strength = plan.weeks.filter((w) => w.phase === "strength" && !w.deload);
    const days = strength.map((w) => w.sessions.map((s) => daysBetween(w.startDate, s.date)).join());
    expect(new Set(days).size).toBe(1);
  });
});

describe("the placement checker catches planted violations", () => {
  const input = inputFor(travelBlock);
  const plan = buildPlan(input);
  const mutate = (change: (p: Plan) => void): string[] => {
    const copy = structuredClone(plan);
    change(copy);
    return placementViolations(input, copy);
  };
  const firstSession = (p: Plan, week: number) => p.weeks[week - 1]!.sessions.find((s) => !s.optional)!;

  it("passes the real plan", () => {
    expect(placementViolations(input, plan)).toEqual([]);
  });

  it.each<[string, (p: Plan) => void, RegExp]>([
    ["a re-entry week not marked", (p) => void (p.weeks[9]!.reEntry = false), /re-entry: not marked/],
    [
      "a re-entry week heavier than the week before the break",
      (p) => void p.weeks[9]!.sessions.forEach((s) => (s.load = "heavy")),
      /re-entry: heavier/,
    ],
    ["a deload in an emptied week", (p) => void (p.weeks[7]!.deload = true), /deload in an emptied week/],
    [
      "a travel session with weights",
      (p) => void (p.weeks[7]!.sessions[0]!.load = "moderate"),
      /travel: moderate, not bodyweight/,
    ],
    [
      "a travel session in a week that holds every session",
      (p) => void p.weeks[2]!.sessions.push({ ...p.weeks[7]!.sessions[0]!, date: addDays(p.weeks[2]!.startDate, 6) }),
      /travel: .*(not on a blocked date|offered in a week)/,
    ],
    [
      "a heavy session 48 hours before a quality run",
      (p) => {
        const s = firstSession(p, 11);
        s.load = "heavy";
        s.date = addDays(p.weeks[10]!.startDate, 1);
        input.runs.push({ date: addDays(p.weeks[10]!.startDate, 3), type: "tempo" });
      },
      /before-quality-run: heavy within 48 h/,
    ],
  ])("%s", (_name, change, expected) => {
    const runs = [...input.runs];
    try {
      expect(mutate(change).join("\n")).toMatch(expected);
    } finally {
      input.runs.splice(0, input.runs.length, ...runs);
    }
  });

  it("catches moderate work two days after a half marathon", () => {
    const races = inputFor(tuneUpRaces);
    const p = structuredClone(buildPlan(races));
    const half = races.runs.find((r) => r.title === "City Half Marathon")!.date;
    const week = p.weeks.find(
      (w) => daysBetween(w.startDate, addDays(half, 2)) >= 0 && daysBetween(w.startDate, addDays(half, 2)) < 7,
    )!;
    week.sessions = [{ ...firstSession(p, week.index), date: addDays(half, 2), load: "moderate" }];
    expect(placementViolations(races, p).join("\n")).toMatch(/after-race: moderate/);
  });

  it("catches a week where every day holds training, and a rhythm broken for no reason", () => {
    const doubles = inputFor(doubleDays, { allowRestDays: true });
    const p = structuredClone(buildPlan(doubles));
    const week = p.weeks[5]!;
    week.sessions.push({ ...week.sessions[0]!, date: addDays(week.startDate, 4) });
    week.sessions.sort((a, b) => (a.date < b.date ? -1 : 1));
    expect(placementViolations(doubles, p).join("\n")).toMatch(/free-day: every day holds training/);
    const q = structuredClone(buildPlan(doubles));
    const quiet = (w: Plan["weeks"][number]) =>
      !q.warnings.some(
        (x) => x.date !== undefined && daysBetween(w.startDate, x.date) >= 0 && daysBetween(w.startDate, x.date) < 7,
      );
    const moved = q.weeks.find((w, i) => {
      const prev = q.weeks[i - 1];
      return (
        prev && w.phase === prev.phase && !w.deload && !prev.deload && w.phase !== "taper" && quiet(w) && quiet(prev)
      );
    })!;
    moved.sessions[0]!.date = addDays(moved.sessions[0]!.date, -1);
    expect(placementViolations(doubles, q).join("\n")).toMatch(/rhythm/);
  });

  it("catches high-soreness work in a session that is not the furthest from the long run", () => {
    const doubles = inputFor(doubleDays);
    const p = structuredClone(buildPlan(doubles));
    const week = p.weeks.find((w) => w.sessions.length >= 2 && w.phase === "strength")!;
    for (const s of week.sessions)
      s.exercises.push({ exerciseId: "nordic-curl", sets: 1, reps: 3, perSide: false, intensity: "x" });
    expect(placementViolations(doubles, p).join("\n")).toMatch(/long-run-distance/);
  });
});

describe("adjusting from the log", () => {
  const done = (date: string, extra: Partial<LoggedSession> = {}): LoggedSession => ({
    date,
    status: "done",
    prescribedReps: {},
    sets: [],
    ...extra,
  });

  it.each<[string, LoggedSession[], string | undefined]>([
    ["effort 9 holds the next load", [done("2026-06-01", { rpe: 9 })], "hard-session"],
    ["very sore holds the next load", [done("2026-06-01", { soreness: "very-sore" })], "hard-session"],
    ["effort 8 progresses", [done("2026-06-01", { rpe: 8 })], undefined],
    [
      "two missed in a row repeat the last completed week",
      [done("2026-06-01"), { ...done("2026-06-03"), status: "missed" }, { ...done("2026-06-05"), status: "skipped" }],
      "missed-twice",
    ],
  ])("%s", (_name, log, kind) => {
    expect(adjustFromLog({ log, today: "2026-06-06" }).hold?.kind).toBe(kind);
  });

  it("raises a lift whose top of the range was beaten by two reps, not by one", () => {
    const log = [
      done("2026-06-01", {
        prescribedReps: { "goblet-squat": 10, "romanian-deadlift": 8 },
        sets: [
          { exerciseId: "goblet-squat", reps: 12, loadKg: 16 },
          { exerciseId: "romanian-deadlift", reps: 9, loadKg: 40 },
        ],
      }),
    ];
    expect(adjustFromLog({ log, today: "2026-06-02" }).raise).toEqual(["goblet-squat"]);
  });

  it("takes an injured session's patterns out until the athlete says it is fine", () => {
    const injured: LoggedSession = {
      ...done("2026-06-03", { prescribedReps: { "goblet-squat": 10 } }),
      status: "skipped",
      skipReason: "injured",
    };
    const out = adjustFromLog({ log: [injured], today: "2026-06-04" });
    expect(out.removedPatterns).toEqual([exerciseById("goblet-squat")!.pattern]);
    expect(out.reasons.find((r) => r.rule === "log-injured")?.text).toMatch(/physiotherapist/);
    expect(
      adjustFromLog({ log: [injured], today: "2026-06-04", injuriesClearedOn: "2026-06-04" }).removedPatterns,
    ).toEqual([]);
  });

  it("buildPlan applies the log only after today", () => {
    const base = inputFor(doubleDays, { level: "beginner" });
    const plain = buildPlan(base);
    const week6 = plain.weeks[5]!;
    const skipped = week6.sessions[0]!;
    const today = addDays(week6.startDate, 6);
    const log: LoggedSession[] = [
      {
        date: skipped.date,
        status: "skipped",
        skipReason: "injured",
        prescribedReps: Object.fromEntries(skipped.exercises.map((e) => [e.exerciseId, e.reps ?? 1])),
        sets: [],
      },
    ];
    const adjusted = buildPlan({ ...base, today, log });
    const patterns = new Set(skipped.exercises.map((e) => exerciseById(e.exerciseId)?.pattern));
    const later = adjusted.weeks.flatMap((w) => w.sessions).filter((s) => s.date > today);
    expect(later.length).toBeGreaterThan(0);
    for (const s of later)
      expect(s.exercises.some((e) => patterns.has(exerciseById(e.exerciseId)?.pattern))).toBe(false);
    const before = (p: Plan) => p.weeks.flatMap((w) => w.sessions).filter((s) => s.date <= today);
    expect(before(adjusted)).toEqual(before(plain));
  });
});
