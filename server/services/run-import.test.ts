import { describe, expect, it } from "vitest";
import type { RunRow } from "@/db/schema";
import type { ImportedRun, ImportResult } from "../ics/types";
import { keepConfirmedTypes } from "./run-import";

function imported(uid: string, fields: Partial<ImportedRun> = {}): ImportedRun {
  return { uid, date: "2027-03-01", type: "easy", distanceKm: 8, title: "Lunch run", confidence: "sure", ...fields };
}

/** What an earlier import stored for the event, after the athlete's corrections. */
function stored(uid: string, fields: Partial<RunRow> = {}): RunRow {
  return {
    id: `row-${uid}`,
    athleteId: "athlete-1",
    date: "2027-03-01",
    type: "tempo",
    distanceKm: 8,
    durationMin: null,
    title: "Lunch run",
    source: "import",
    sourceUid: uid,
    needsReview: false,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...fields,
  };
}

function result(runs: ImportedRun[], review: ImportedRun[] = []): ImportResult {
  return { runs, review, skipped: 3, warnings: ["one warning"] };
}

/** Each run as "uid:type" per list, which is what the review screen shows. */
function shown(outcome: ImportResult) {
  const label = (run: ImportedRun) => `${run.uid}:${run.type}`;
  return { runs: outcome.runs.map(label), review: outcome.review.map(label) };
}

describe("keepConfirmedTypes: a re-import keeps the athlete's corrections", () => {
  const cases: {
    name: string;
    parsed: ImportResult;
    existing: RunRow[];
    runs: string[];
    review: string[];
  }[] = [
    {
      name: "a type the athlete changed survives the re-import",
      parsed: result([imported("a", { type: "easy" })]),
      existing: [stored("a", { type: "tempo" })],
      runs: ["a:tempo"],
      review: [],
    },
    {
      name: "a run the athlete confirmed in review is not asked about again",
      parsed: result([], [imported("a", { type: "easy", confidence: "unsure" })]),
      existing: [stored("a", { type: "long" })],
      runs: ["a:long"],
      review: [],
    },
    {
      name: "a moved event keeps its confirmed type (matched by UID, not by day)",
      parsed: result([imported("a", { date: "2027-03-04" })]),
      existing: [stored("a", { date: "2027-03-01", type: "hills" })],
      runs: ["a:hills"],
      review: [],
    },
    {
      name: "a renamed event is classified afresh",
      parsed: result([], [imported("a", { title: "Track night", type: "intervals", confidence: "unsure" })]),
      existing: [stored("a", { title: "Lunch run", type: "easy" })],
      runs: [],
      review: ["a:intervals"],
    },
    {
      name: "a run still waiting for review stays in review",
      parsed: result([], [imported("a", { confidence: "unsure" })]),
      existing: [stored("a", { needsReview: true, type: "long" })],
      runs: [],
      review: ["a:easy"],
    },
    {
      name: "an event never imported before keeps the classifier's answer",
      parsed: result([imported("new", { type: "long" })], [imported("odd", { confidence: "unsure" })]),
      existing: [stored("other")],
      runs: ["new:long"],
      review: ["odd:easy"],
    },
    {
      name: "a missing title matches a stored empty title",
      parsed: result([imported("a", { title: undefined })]),
      existing: [stored("a", { title: "", type: "recovery" })],
      runs: ["a:recovery"],
      review: [],
    },
    {
      name: "both lists come back by date, then by UID",
      parsed: result(
        [imported("c", { date: "2027-03-03" }), imported("b", { date: "2027-03-01" })],
        [imported("z", { date: "2027-03-02", confidence: "unsure" }), imported("a", { date: "2027-03-02" })],
      ),
      existing: [],
      runs: ["b:easy", "a:easy", "c:easy"],
      review: ["z:easy"],
    },
  ];

  it.each(cases)("$name", ({ parsed, existing, runs, review }) => {
    expect(shown(keepConfirmedTypes(parsed, existing))).toEqual({ runs, review });
  });

  it("marks a kept type as sure and leaves the rest of the result alone", () => {
    const outcome = keepConfirmedTypes(result([], [imported("a", { confidence: "unsure", distanceKm: 12 })]), [
      stored("a", { type: "long", distanceKm: 30 }),
    ]);
    expect(outcome.runs).toEqual([imported("a", { type: "long", confidence: "sure", distanceKm: 12 })]);
    expect(outcome).toMatchObject({ skipped: 3, warnings: ["one warning"] });
  });
});
