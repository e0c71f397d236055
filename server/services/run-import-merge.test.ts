import { describe, expect, it } from "vitest";
import type { RunRow } from "@/db/schema";
import type { ReviewedRun } from "../schemas/runs";
import { planImportMerge, type ImportSummary } from "./run-import-merge";

const ATHLETE = "athlete-1";

/** A run stored by an earlier import of the same calendar. */
function stored(uid: string, fields: Partial<RunRow> = {}): RunRow {
  return {
    id: `row-${uid}`,
    athleteId: ATHLETE,
    date: "2027-03-01",
    type: "easy",
    distanceKm: 8,
    durationMin: null,
    title: "Easy 8k",
    source: "import",
    sourceUid: uid,
    needsReview: false,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...fields,
  };
}

/** The same event as the athlete confirmed it in review this time. */
function reviewed(uid: string, fields: Partial<ReviewedRun> = {}): ReviewedRun {
  return { uid, include: true, date: "2027-03-01", type: "easy", distanceKm: 8, title: "Easy 8k", ...fields };
}

const none: ImportSummary = { added: 0, moved: 0, updated: 0, removed: 0, unchanged: 0 };

describe("planImportMerge: what a re-import changes", () => {
  const cases: {
    name: string;
    existing: RunRow[];
    incoming: ReviewedRun[];
    summary: Partial<ImportSummary>;
    inserted?: string[];
    updated?: string[];
    deleted?: string[];
  }[] = [
    {
      name: "a first import adds every run",
      existing: [],
      incoming: [reviewed("a"), reviewed("b", { date: "2027-03-03" })],
      summary: { added: 2 },
      inserted: ["a", "b"],
    },
    {
      name: "the same export again changes nothing",
      existing: [stored("a")],
      incoming: [reviewed("a")],
      summary: { unchanged: 1 },
    },
    {
      name: "an event moved to another day is moved, not added",
      existing: [stored("a")],
      incoming: [reviewed("a", { date: "2027-03-02" })],
      summary: { moved: 1 },
      updated: ["row-a"],
    },
    {
      name: "a moved event whose details also changed counts once, as moved",
      existing: [stored("a")],
      incoming: [reviewed("a", { date: "2027-03-02", distanceKm: 10 })],
      summary: { moved: 1 },
      updated: ["row-a"],
    },
    {
      name: "a new distance on the same day is an update",
      existing: [stored("a")],
      incoming: [reviewed("a", { distanceKm: 12 })],
      summary: { updated: 1 },
      updated: ["row-a"],
    },
    {
      name: "a new type or title on the same day is an update",
      existing: [stored("a"), stored("b", { id: "row-b", title: "Tempo" })],
      incoming: [reviewed("a", { type: "long" }), reviewed("b", { title: "Tempo 5k" })],
      summary: { updated: 2 },
      updated: ["row-a", "row-b"],
    },
    {
      name: "confirming a run that waited for review rewrites it",
      existing: [stored("a", { needsReview: true })],
      incoming: [reviewed("a")],
      summary: { updated: 1 },
      updated: ["row-a"],
    },
    {
      name: "an event deleted in the calendar app is removed",
      existing: [stored("a"), stored("b", { id: "row-b" })],
      incoming: [reviewed("a")],
      summary: { unchanged: 1, removed: 1 },
      deleted: ["row-b"],
    },
    {
      name: "a run unticked in review is removed, not kept",
      existing: [stored("a")],
      incoming: [reviewed("a", { include: false })],
      summary: { removed: 1 },
      deleted: ["row-a"],
    },
    {
      name: "an unticked new event is not added",
      existing: [],
      incoming: [reviewed("a", { include: false })],
      summary: {},
    },
    {
      name: "added, moved, updated, removed and unchanged together",
      existing: [stored("keep"), stored("move"), stored("edit"), stored("gone")],
      incoming: [
        reviewed("keep"),
        reviewed("move", { date: "2027-03-05" }),
        reviewed("edit", { durationMin: 45 }),
        reviewed("new", { type: "intervals" }),
      ],
      summary: { added: 1, moved: 1, updated: 1, removed: 1, unchanged: 1 },
      inserted: ["new"],
      updated: ["row-move", "row-edit"],
      deleted: ["row-gone"],
    },
  ];

  it.each(cases)("$name", ({ existing, incoming, summary, inserted = [], updated = [], deleted = [] }) => {
    const plan = planImportMerge(ATHLETE, existing, incoming);
    expect(plan.summary).toEqual({ ...none, ...summary });
    expect(plan.inserts.map((run) => run.sourceUid)).toEqual(inserted);
    expect(plan.updates.map((run) => run.id)).toEqual(updated);
    expect(plan.deletes).toEqual(deleted);
  });

  it("stores new runs as imported, for the athlete, with the reviewed fields and nothing left to review", () => {
    const [row] = planImportMerge(
      ATHLETE,
      [],
      [reviewed("a", { type: "tempo", distanceKm: 10, title: undefined })],
    ).inserts;
    expect(row).toEqual({
      athleteId: ATHLETE,
      source: "import",
      sourceUid: "a",
      date: "2027-03-01",
      type: "tempo",
      distanceKm: 10,
      durationMin: null,
      title: "",
      needsReview: false,
    });
  });

  it("rewrites an update with every imported field, so a cleared distance is cleared", () => {
    const [update] = planImportMerge(
      ATHLETE,
      [stored("a")],
      [reviewed("a", { distanceKm: null, durationMin: 50 })],
    ).updates;
    expect(update).toEqual({
      id: "row-a",
      date: "2027-03-01",
      type: "easy",
      distanceKm: null,
      durationMin: 50,
      title: "Easy 8k",
      needsReview: false,
    });
  });
});
