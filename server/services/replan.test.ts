import { describe, expect, it } from "vitest";
import { describeChanges, type IncomingSession, type ReplanChange, type StoredSession } from "./replan";

const SQUAT = { exerciseId: "goblet-squat", sets: 3, reps: 8, seconds: null };
const PLANK = { exerciseId: "plank", sets: 2, reps: null, seconds: 30 };

function was(weekIndex: number, date: string, fields: Partial<StoredSession> = {}): StoredSession {
  return { weekIndex, date, load: "moderate", focus: "Strength A", exercises: [SQUAT, PLANK], ...fields };
}

/** The newly planned session; the planner leaves reps or seconds out rather than null. */
function will(weekIndex: number, date: string, fields: Partial<IncomingSession> = {}) {
  const session: IncomingSession = {
    date,
    load: "moderate",
    focus: "Strength A",
    exercises: [
      { exerciseId: "goblet-squat", sets: 3, reps: 8 },
      { exerciseId: "plank", sets: 2, seconds: 30 },
    ],
    ...fields,
  };
  return { weekIndex, session };
}

describe("describeChanges: what a re-plan shows before it is confirmed", () => {
  const cases: {
    name: string;
    before: StoredSession[];
    after: ReturnType<typeof will>[];
    changes: Partial<ReplanChange>[];
  }[] = [
    {
      name: "the same sessions again: nothing to show",
      before: [was(3, "2027-01-12"), was(3, "2027-01-14")],
      after: [will(3, "2027-01-12"), will(3, "2027-01-14")],
      changes: [],
    },
    {
      name: "a session on another day of its week is moved, from its old day",
      before: [was(3, "2027-01-12")],
      after: [will(3, "2027-01-13")],
      changes: [{ kind: "moved", date: "2027-01-13", fromDate: "2027-01-12", load: "moderate" }],
    },
    {
      name: "a lighter load on the same day is a change",
      before: [was(3, "2027-01-12")],
      after: [will(3, "2027-01-12", { load: "light" })],
      changes: [{ kind: "changed", date: "2027-01-12", load: "light" }],
    },
    {
      name: "a new focus on the same day is a change",
      before: [was(3, "2027-01-12")],
      after: [will(3, "2027-01-12", { focus: "Core and hips" })],
      changes: [{ kind: "changed", date: "2027-01-12", focus: "Core and hips" }],
    },
    {
      name: "a different dose of the same exercise is a change",
      before: [was(3, "2027-01-12")],
      after: [
        will(3, "2027-01-12", {
          exercises: [
            { exerciseId: "goblet-squat", sets: 4, reps: 8 },
            { exerciseId: "plank", sets: 2, seconds: 30 },
          ],
        }),
      ],
      changes: [{ kind: "changed", date: "2027-01-12" }],
    },
    {
      name: "a swapped exercise is a change",
      before: [was(3, "2027-01-12")],
      after: [
        will(3, "2027-01-12", {
          exercises: [
            { exerciseId: "split-squat", sets: 3, reps: 8 },
            { exerciseId: "plank", sets: 2, seconds: 30 },
          ],
        }),
      ],
      changes: [{ kind: "changed", date: "2027-01-12" }],
    },
    {
      name: "one exercise fewer is a change",
      before: [was(3, "2027-01-12")],
      after: [will(3, "2027-01-12", { exercises: [{ exerciseId: "goblet-squat", sets: 3, reps: 8 }] })],
      changes: [{ kind: "changed", date: "2027-01-12" }],
    },
    {
      name: "a week with one session fewer loses its last one",
      before: [was(3, "2027-01-12"), was(3, "2027-01-14")],
      after: [will(3, "2027-01-12")],
      changes: [{ kind: "removed", date: "2027-01-14" }],
    },
    {
      name: "a week with one session more gains it",
      before: [was(3, "2027-01-12")],
      after: [will(3, "2027-01-12"), will(3, "2027-01-16", { load: "light" })],
      changes: [{ kind: "added", date: "2027-01-16", load: "light" }],
    },
    {
      name: "sessions pair up in order within their week, not across weeks",
      before: [was(4, "2027-01-19"), was(3, "2027-01-12")],
      after: [will(3, "2027-01-12"), will(4, "2027-01-20")],
      changes: [{ kind: "moved", date: "2027-01-20", fromDate: "2027-01-19" }],
    },
    {
      name: "a week only in the old plan is removed, one only in the new plan added, in week order",
      before: [was(5, "2027-01-26")],
      after: [will(6, "2027-02-02"), will(2, "2027-01-05")],
      changes: [
        { kind: "added", date: "2027-01-05" },
        { kind: "removed", date: "2027-01-26" },
        { kind: "added", date: "2027-02-02" },
      ],
    },
  ];

  it.each(cases)("$name", ({ before, after, changes }) => {
    const described = describeChanges(before, after);
    expect(described).toHaveLength(changes.length);
    changes.forEach((change, index) => expect(described[index]).toMatchObject(change));
  });

  it("says what a moved session is, with both days", () => {
    expect(describeChanges([was(1, "2026-12-01")], [will(1, "2026-12-02", { load: "light" })])).toEqual([
      { kind: "moved", date: "2026-12-02", fromDate: "2026-12-01", load: "light", focus: "Strength A" },
    ]);
  });
});
