import { describe, expect, it } from "vitest";
import type { Run } from "../planner/types";
import { calendarFingerprint } from "./plan-tree";

const calendar: Run[] = [
  { date: "2027-03-02", type: "easy", distanceKm: 8, title: "Easy" },
  { date: "2027-03-04", type: "intervals", distanceKm: 10, durationMin: 50 },
  { date: "2027-03-07", type: "long", distanceKm: 24 },
];
const fingerprint = calendarFingerprint(calendar);
const withFirst = (change: Partial<Run>): Run[] => [{ ...calendar[0]!, ...change }, ...calendar.slice(1)];

describe("calendarFingerprint: has the run calendar changed since the plan was made?", () => {
  it("is a short, URL-safe digest", () => {
    expect(fingerprint).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it.each([
    { name: "the same runs", runs: calendar.map((run) => ({ ...run })) },
    { name: "the same runs in another order", runs: [...calendar].reverse() },
    { name: "a renamed run (the planner does not read titles)", runs: withFirst({ title: "Morning jog" }) },
  ])("stays the same for $name", ({ runs }) => {
    expect(calendarFingerprint(runs)).toBe(fingerprint);
  });

  it.each([
    { name: "a run moved to another day", runs: withFirst({ date: "2027-03-03" }) },
    { name: "a run of another type", runs: withFirst({ type: "tempo" }) },
    { name: "a longer run", runs: withFirst({ distanceKm: 9 }) },
    { name: "a run with a duration added", runs: withFirst({ durationMin: 45 }) },
    { name: "a run added", runs: [...calendar, { date: "2027-03-09", type: "easy" as const, distanceKm: 6 }] },
    { name: "a run removed", runs: calendar.slice(1) },
    { name: "a run entered twice", runs: [...calendar, calendar[0]!] },
    { name: "no runs at all", runs: [] },
  ])("changes for $name", ({ runs }) => {
    expect(calendarFingerprint(runs)).not.toBe(fingerprint);
  });

  it("does not confuse a distance with a duration", () => {
    const asDistance: Run[] = [{ date: "2027-03-02", type: "easy", distanceKm: 45 }];
    const asDuration: Run[] = [{ date: "2027-03-02", type: "easy", durationMin: 45 }];
    expect(calendarFingerprint(asDistance)).not.toBe(calendarFingerprint(asDuration));
  });
});
