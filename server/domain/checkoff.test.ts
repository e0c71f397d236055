import { describe, expect, it } from "vitest";
import { adherenceBand, adherenceFigure, combinedFigure } from "./checkoff";
import { adherenceOf, doneOf, runFact, sessionFact } from "./adherence";

describe("adherenceBand", () => {
  it.each([
    [0, 0, "none"],
    [3, 0, "none"],
    [0, 10, "missed"],
    [1, 10, "off"],
    [49, 100, "off"],
    [50, 100, "partial"],
    [79, 100, "partial"],
    [799, 1000, "partial"],
    [80, 100, "on-track"],
    [10, 10, "on-track"],
    [12, 10, "on-track"],
  ] as const)("%i of %i is %s", (done, planned, band) => {
    expect(adherenceBand(done, planned)).toBe(band);
  });
});

describe("adherence arithmetic", () => {
  it.each([
    ["done without a log counts as prescribed", sessionFact("done", 12, 0), 12],
    ["done with a partial log still counts as prescribed", sessionFact("done", 12, 1), 12],
    ["partly done counts its logged sets", sessionFact("partial", 12, 5), 5],
    ["partly done never counts more than prescribed", sessionFact("partial", 12, 15), 12],
    ["skipped counts nothing", sessionFact("skipped", 12, 4), 0],
    ["not ticked counts nothing", sessionFact("planned", 12, 0), 0],
    ["a run done counts one", runFact("done"), 1],
    ["a run skipped counts nothing", runFact("skipped"), 0],
  ])("%s", (_, fact, done) => {
    expect(doneOf(fact)).toBe(done);
  });

  it("adds strength and runs apart and combines their percentages, not their counts", () => {
    const figures = adherenceOf([
      sessionFact("done", 12, 0),
      sessionFact("partial", 12, 6),
      runFact("done"),
      runFact("skipped"),
      runFact("planned"),
      runFact("done"),
    ]);
    expect(figures.strength).toEqual({ done: 18, planned: 24, percent: 75, band: "partial" });
    expect(figures.runs).toEqual({ done: 2, planned: 4, percent: 50, band: "partial" });
    expect(figures.combined).toMatchObject({ percent: 63, band: "partial" });
  });

  it("uses the one figure that exists, and says none when nothing was due", () => {
    expect(combinedFigure(adherenceFigure(0, 0), adherenceFigure(3, 4)).percent).toBe(75);
    expect(combinedFigure(adherenceFigure(0, 0), adherenceFigure(0, 0))).toMatchObject({ percent: null, band: "none" });
    expect(adherenceOf([]).combined.band).toBe("none");
    expect(adherenceOf([sessionFact("skipped", 10, 0), runFact("skipped")]).combined.band).toBe("missed");
  });
});
