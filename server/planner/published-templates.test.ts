import { describe, expect, it } from "vitest";
import { TEMPLATES, buildTemplate } from "../templates";
import { planViolations } from "./fixtures/invariants";
import { inputsFor } from "./fixtures/matrix";
import { buildPlan } from "./plan";

/**
 * Calendars the planner's own fixtures did not shape: the published-plan templates of
 * server/templates, for a Sunday, Saturday, Wednesday and Monday race. Every invariant must hold,
 * and the deloads should find the plans' own step-back weeks.
 */

const RACES = ["2026-10-11", "2026-09-26", "2027-01-06", "2026-04-20"];

describe.each(TEMPLATES.map((t) => [t.id, t] as const))("the %s template", (id, template) => {
  it.each(RACES)("keeps every invariant for a race on %s", (raceDate) => {
    const runs = buildTemplate(id, raceDate);
    const problems = inputsFor({ name: id, raceDate, runs }).flatMap(({ label, input }) =>
      planViolations(input, buildPlan(input)).map((p) => `${label}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it("lines at least two deloads up with the plan's own step-back weeks", () => {
    const raceDate = "2026-10-11";
    const plan = buildPlan({
      raceDate,
      sessionsPerWeek: 2,
      level: "intermediate",
      equipment: ["mat"],
      runs: buildTemplate(id, raceDate),
    });
    const declared = template.stepBackWeeks.map((w) => w - (template.weeks - plan.weeks.length));
    const aligned = plan.weeks.filter((w) => w.deload && declared.includes(w.index));
    expect(aligned.length).toBeGreaterThanOrEqual(2);
  });
});
