import { describe, expect, it } from "vitest";
import { HOLDOUT, type Row, TABLE } from "./__fixtures__/classify-cases";
import { classifyRun } from "./classify";

function failureOf(r: Row): string | undefined {
  const got = classifyRun(r.title, r.description);
  const problems: string[] = [];
  if (got.type !== r.type) problems.push(`type ${got.type} != ${r.type}`);
  if (r.km === null && got.distanceKm !== undefined) problems.push(`km ${got.distanceKm} should be unknown`);
  if (typeof r.km === "number" && (got.distanceKm === undefined || Math.abs(got.distanceKm - r.km) > 0.05)) {
    problems.push(`km ${got.distanceKm} != ${r.km}`);
  }
  if (r.min !== undefined && got.durationMin !== r.min) problems.push(`min ${got.durationMin} != ${r.min}`);
  return problems.length ? `${JSON.stringify(r.title)}: ${problems.join(", ")}` : undefined;
}

describe("classifyRun on real-world titles", () => {
  it("has a realistic table of at least 150 titles", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(150);
  });

  it("gets at least 95 % right (type, and distance/duration where the title gives one)", () => {
    const failures = TABLE.map(failureOf).filter((f): f is string => f !== undefined);
    const accuracy = 1 - failures.length / TABLE.length;
    const report = `accuracy ${(accuracy * 100).toFixed(1)} % on ${TABLE.length} titles; failures:\n${failures.join("\n")}`;
    const holdoutFailures = HOLDOUT.map(failureOf).filter((f) => f !== undefined).length;
    console.info(`${report}\nheld-out rows: ${HOLDOUT.length - holdoutFailures}/${HOLDOUT.length} right`);
    expect(accuracy, report).toBeGreaterThanOrEqual(0.95);
  });
});

describe("classifyRun confidence", () => {
  it.each([
    ["Tempo 5 mi", "sure"],
    ["Long run 16 mi", "sure"],
    ["Rest", "sure"],
    ["Morning Run", "unsure"],
    ["Run", "unsure"],
    ["Rest or cross-training", "unsure"],
    ["Strength training", "unsure"],
    ["Parkrun", "unsure"],
  ] as const)("%s is %s", (title, confidence) => {
    expect(classifyRun(title).confidence).toBe(confidence);
  });

  it("treats a distance-bearing generic run as sure", () => {
    expect(classifyRun("Run 10 km")).toEqual({ type: "easy", distanceKm: 10, confidence: "sure" });
  });

  it("calls a very long generic run a long run", () => {
    expect(classifyRun("Run 30 km").type).toBe("long");
    expect(classifyRun("Medium-long run 17 mi").type).toBe("long");
  });

  it("never throws on odd input", () => {
    for (const title of ["", "   ", "💥💥", "x".repeat(10_000), "9".repeat(400), "1:1:1:1", "@@@ pace pace"]) {
      expect(() => classifyRun(title, title)).not.toThrow();
    }
  });
});
