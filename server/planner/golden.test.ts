import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildPlan } from "./plan";
import { parsePlanInput } from "./schema";
import { planViolations } from "./fixtures/invariants";

/**
 * Golden files: each example input under examples/ and the plan it must produce, byte for byte.
 * After a deliberate change to the planner, regenerate them with
 *   UPDATE_GOLDEN=1 npx vitest run server/planner/golden.test.ts
 * and read the diff before committing it.
 */

const dir = fileURLToPath(new URL("./examples/", import.meta.url));
const inputs = readdirSync(dir)
  .filter((f) => f.endsWith(".json") && !f.endsWith(".plan.json"))
  .sort();
const render = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

describe("golden plans for the examples", () => {
  it("has the three examples of the issue", () => {
    expect(inputs).toEqual(["advanced-6-days.json", "beginner-4-runs.json", "weekday-long-run.json"]);
  });

  it.each(inputs)("%s gives the committed plan", (name) => {
    const parsed = parsePlanInput(JSON.parse(readFileSync(dir + name, "utf8")));
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    const plan = buildPlan(parsed.input);
    expect(planViolations(parsed.input, plan)).toEqual([]);
    const goldenPath = dir + name.replace(/\.json$/, ".plan.json");
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(goldenPath, render(plan));
    expect(render(plan)).toBe(readFileSync(goldenPath, "utf8"));
  });
});
