import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { Recur, Time } from "./ical-adapter";
import { isSteadyRule, steadyInstances } from "./steady-rule";

/** Steady rules (DAILY or WEEKLY without BY parts) expand to exactly the instances ical.js's iterator gives. */

function ical(rule: Recur, start: Time, limit: number): string[] {
  const iterator = rule.iterator(start);
  const found: string[] = [];
  for (let next = iterator.next(); next && found.length < limit; next = iterator.next())
    found.push(next.toICALString());
  return found;
}

function steady(rule: Recur, start: Time, limit: number): string[] {
  const found: string[] = [];
  for (const next of steadyInstances(rule, start)) {
    if (found.length >= limit) break;
    found.push(next.toICALString());
  }
  return found;
}

describe("steady repeat rules", () => {
  it("tells steady rules from the rest", () => {
    const steadyRules = ["FREQ=WEEKLY", "FREQ=DAILY;INTERVAL=2;COUNT=5", "FREQ=WEEKLY;UNTIL=20260601T000000Z;WKST=SU"];
    const others = ["FREQ=WEEKLY;BYDAY=TU", "FREQ=MONTHLY", "FREQ=DAILY;BYMONTH=3", "FREQ=YEARLY"];
    expect(steadyRules.map((text) => isSteadyRule(ICAL.Recur.fromString(text)))).toEqual([true, true, true]);
    expect(others.map((text) => isSteadyRule(ICAL.Recur.fromString(text)))).toEqual([false, false, false, false]);
  });

  it("gives ical.js's instances for any start, step, COUNT and UNTIL", () => {
    const shape = fc.record({
      freq: fc.constantFrom("DAILY", "WEEKLY"),
      interval: fc.integer({ min: 1, max: 5 }),
      end: fc.constantFrom("none", "count", "until-date", "until-utc"),
      count: fc.integer({ min: 1, max: 40 }),
      startDay: fc.integer({ min: 0, max: 800 }),
      untilDays: fc.integer({ min: -3, max: 300 }),
      form: fc.constantFrom("date", "floating", "utc"),
      hour: fc.integer({ min: 0, max: 23 }),
    });
    fc.assert(
      fc.property(shape, (s) => {
        const day = new Date(Date.UTC(2025, 0, 1) + s.startDay * 86_400_000);
        const date = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
        const start =
          s.form === "date"
            ? ICAL.Time.fromData({ ...date, isDate: true })
            : ICAL.Time.fromData(
                { ...date, hour: s.hour, minute: 30, second: 0 },
                s.form === "utc" ? ICAL.Timezone.utcTimezone : ICAL.Timezone.localTimezone,
              );
        const until = new Date(day.getTime() + s.untilDays * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "");
        const end =
          s.end === "count"
            ? `;COUNT=${s.count}`
            : s.end === "until-date"
              ? `;UNTIL=${until}`
              : s.end === "until-utc"
                ? `;UNTIL=${until}T120000Z`
                : "";
        const text = `FREQ=${s.freq};INTERVAL=${s.interval}${end}`;
        expect(steady(ICAL.Recur.fromString(text), start, 60)).toEqual(ical(ICAL.Recur.fromString(text), start, 60));
      }),
      { numRuns: 500, seed: 20261130 },
    );
  });
});
