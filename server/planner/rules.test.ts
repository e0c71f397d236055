import { describe, expect, it } from "vitest";
import { blockOf } from "./block";
import { buildCalendar } from "./calendar";
import { daysBetween } from "../domain/dates";
import { DAY_RULES, SPACING, judgeDay, ruleByName, type DayRuleName, type Verdict } from "./rules";
import { withDefaults } from "./schema";
import { FRI, MONDAY, SAT, SUN, THU, TUE, WED, MON, day, tinyInput } from "./fixtures/tiny";
import type { PlanInput, Run } from "./types";

function judge(rule: DayRuleName, runs: Run[], date: string, overrides: Partial<PlanInput> = {}): Verdict {
  const request = withDefaults(tinyInput(runs, overrides));
  const calendar = buildCalendar(blockOf(request), request);
  return ruleByName(rule).judge({ calendar, allowRestDays: request.allowRestDays }, daysBetween(MONDAY, date));
}

const run = (d: string, type: Run["type"], extra: Partial<Run> = {}): Run => ({ date: d, type, ...extra });
const kind = (v: Verdict) => (v.kind === "limited" ? `limited:${v.maxLoad}` : v.kind);

describe("placement rules, one table per rule", () => {
  describe("race-proximity: nothing on race day or in the 2 days before any race", () => {
    const tuneUp = [run(day(2, SAT), "race", { distanceKm: 10, title: "10K" })];
    it.each([
      ["race day", day(2, SAT), "forbidden"],
      ["the day before", day(2, FRI), "forbidden"],
      ["two days before", day(2, THU), "forbidden"],
      ["three days before", day(2, WED), "ok"],
      ["the day after (another rule's business)", day(2, SUN), "ok"],
    ])("%s: %s", (_label, date, expected) => {
      expect(kind(judge("race-proximity", tuneUp, date))).toBe(expected);
    });

    it("counts the goal race even when the calendar does not list it, and forbids the days after it", () => {
      const overrides = { raceDate: day(4, WED), startDate: undefined };
      expect(kind(judge("race-proximity", [], day(4, MON), overrides))).toBe("forbidden");
      expect(kind(judge("race-proximity", [], day(4, THU), overrides))).toBe("forbidden");
      expect(kind(judge("race-proximity", [], day(3, FRI), overrides))).toBe("ok");
    });

    it("says which race in its reason", () => {
      const verdict = judge("race-proximity", tuneUp, day(2, FRI));
      expect(verdict.kind === "forbidden" && verdict.text).toMatch(/day before the 10K/);
    });
  });

  describe("post-marathon: no lower-body work in the week after a marathon, light in the second", () => {
    const marathon = [run(day(1, SUN), "race", { distanceKm: 42.2 })];
    it.each([
      [day(2, MON), "limited:light", false],
      [day(2, SUN), "limited:light", false],
      [day(3, MON), "limited:light", true],
      [day(4, MON), "ok", true],
    ])("%s: %s (lower body allowed: %s)", (date, expected, lowerBody) => {
      const verdict = judge("post-marathon", marathon, date);
      expect(kind(verdict)).toBe(expected);
      if (verdict.kind === "limited") expect(verdict.limits.lowerBody !== false).toBe(lowerBody);
    });

    it.each([
      [{ distanceKm: 21.1 }, "ok"],
      [{ title: "Half marathon" }, "ok"],
      [{ title: "Berlin Marathon" }, "limited:light"],
      [{ distanceKm: 50, title: "50K trail" }, "limited:light"],
    ])("a race with %j counts as a marathon: %s", (extra, expected) => {
      expect(kind(judge("post-marathon", [run(day(1, SUN), "race", extra)], day(2, TUE)))).toBe(expected);
    });
  });

  describe("long-run-day and day-before-long-run", () => {
    const runs = [run(day(1, SUN), "long", { distanceKm: 30 })];
    it.each([
      ["long-run-day", day(1, SUN), "forbidden"],
      ["long-run-day", day(1, SAT), "ok"],
      ["day-before-long-run", day(1, SAT), "forbidden"],
      ["day-before-long-run", day(1, FRI), "ok"],
      ["day-before-long-run", day(1, SUN), "ok"],
    ] as const)("%s on %s: %s", (rule, date, expected) => {
      expect(kind(judge(rule, runs, date))).toBe(expected);
    });
  });

  describe("before-quality-run: nothing heavy, eccentric-heavy or plyometric the day before", () => {
    it.each(["tempo", "intervals", "hills"] as const)(
      "the day before %s: moderate at most, no jumps, no slow eccentrics",
      (type) => {
        const verdict = judge("before-quality-run", [run(day(1, THU), type)], day(1, WED));
        expect(verdict).toMatchObject({
          kind: "limited",
          maxLoad: "moderate",
          limits: { plyometric: false, eccentricHeavy: false },
        });
      },
    );

    it.each(["easy", "recovery", "long", "cross", "rest"] as const)("the day before %s: no limit", (type) => {
      expect(kind(judge("before-quality-run", [run(day(1, THU), type)], day(1, WED)))).toBe("ok");
    });

    it("does not limit the quality day itself", () => {
      expect(kind(judge("before-quality-run", [run(day(1, THU), "tempo")], day(1, THU)))).toBe("ok");
    });
  });

  describe("after-long-run and after-race: light, low-soreness work only", () => {
    it.each([
      ["after-long-run", run(day(1, SUN), "long"), day(2, MON), "limited:light"],
      ["after-long-run", run(day(1, SUN), "long"), day(2, TUE), "ok"],
      ["after-race", run(day(1, SAT), "race", { distanceKm: 10 }), day(1, SUN), "limited:light"],
      ["after-race", run(day(1, SAT), "race", { distanceKm: 10 }), day(2, MON), "ok"],
    ] as const)("%s: %s on %s", (rule, r, date, expected) => {
      const verdict = judge(rule, [r], date);
      expect(kind(verdict)).toBe(expected);
      if (verdict.kind === "limited") expect(verdict.limits.maxSoreness).toBe("low");
    });
  });

  describe("taper: nothing heavy in the last 10 days before the goal race", () => {
    const overrides = { raceDate: day(4, SUN), startDate: undefined };
    it.each([
      [day(4, SAT), "limited:moderate"],
      [day(3, THU), "limited:moderate"],
      [day(3, WED), "ok"],
      [day(4, SUN), "ok"],
    ])("%s: %s", (date, expected) => {
      expect(kind(judge("taper", [], date, overrides))).toBe(expected);
    });
  });

  describe("rest-day: rest days only when allowed", () => {
    const runs = [run(day(1, TUE), "easy"), run(day(1, THU), "rest")];
    it.each([
      ["a day with no run in a week with training", day(1, WED), false, "forbidden"],
      ["an explicit rest entry", day(1, THU), false, "forbidden"],
      ["a run day", day(1, TUE), false, "ok"],
      ["a rest day when allowed", day(1, WED), true, "ok"],
      ["a day of a week with nothing entered", day(2, WED), false, "ok"],
    ])("%s: %s", (_label, date, allowRestDays, expected) => {
      expect(kind(judge("rest-day", runs, date, { allowRestDays }))).toBe(expected);
    });
  });

  describe("blocked-date and before-start", () => {
    it("forbids a blocked date and nothing else", () => {
      const overrides = { blockedDates: [day(1, WED)] };
      expect(kind(judge("blocked-date", [], day(1, WED), overrides))).toBe("forbidden");
      expect(kind(judge("blocked-date", [], day(1, THU), overrides))).toBe("ok");
    });

    it("forbids the days of week 1 before a mid-week start date", () => {
      const overrides = { startDate: day(1, THU) };
      expect(kind(judge("before-start", [], day(1, WED), overrides))).toBe("forbidden");
      expect(kind(judge("before-start", [], day(1, THU), overrides))).toBe("ok");
    });
  });

  describe("spacing: at least one day between two sessions", () => {
    it.each([
      [0, 1, false],
      [0, 2, true],
      [5, 3, true],
      [6, 7, false],
    ])("days %i and %i: %s", (a, b, ok) => {
      expect(SPACING.ok(a, b)).toBe(ok);
    });
  });

  it("every rule has a name, a reason a runner can read, and a bend policy", () => {
    const names = DAY_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of DAY_RULES) expect(rule.because.length).toBeGreaterThan(10);
    const bendable = DAY_RULES.filter((r) => r.bendCost !== null).map((r) => r.name);
    expect(bendable.sort()).toEqual(["day-before-long-run", "rest-day"]);
  });

  it("judgeDay combines the rules: the lightest cap and every limit", () => {
    const runs = [run(day(1, SUN), "long"), run(day(2, MON), "easy"), run(day(2, TUE), "tempo")];
    const request = withDefaults(tinyInput(runs));
    const calendar = buildCalendar(blockOf(request), request);
    const monday = judgeDay({ calendar, allowRestDays: false }, daysBetween(MONDAY, day(2, MON)));
    expect(monday.forbiddenBy).toEqual([]);
    expect(monday.maxLoad).toBe("light");
    expect(monday.limits).toEqual({ maxSoreness: "low", plyometric: false, eccentricHeavy: false, lowerBody: true });
    expect(monday.limitedBy.map((h) => h.rule)).toEqual(["before-quality-run", "after-long-run"]);
  });
});
