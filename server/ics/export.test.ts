import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type FeedRun, type FeedSession, buildFeed, buildSessionIcs, describeExercise, toFeedSession } from "./export";
import { parseIcs } from "./parse";

const GENERATED_AT = new Date("2026-03-01T08:15:00Z");

const SESSIONS: FeedSession[] = [
  {
    id: "plan-7f3a-w1-s2",
    date: "2026-03-05",
    title: "Strength B – single leg 🦵",
    load: "light",
    exercises: [
      { name: "Bulgarian split squat", sets: 3, reps: 8, perSide: true, intensity: "light dumbbells" },
      { name: "Copenhagen plank", sets: 2, seconds: 20, perSide: true },
    ],
  },
  {
    id: "plan-7f3a-w1-s1",
    date: "2026-03-03",
    title: "Strength A – Kraft für Läufer 💪",
    load: "moderate",
    focus: "posterior chain; hamstrings, glutes",
    exercises: [
      {
        name: "Nordic hamstring curl",
        sets: 3,
        reps: 6,
        perSide: false,
        intensity: "bodyweight, lower slowly over 3-5 seconds and catch yourself with your hands",
      },
      { name: "Side plank", sets: 3, seconds: 30, perSide: true },
      { name: "Sled push", sets: 4, metres: 20, perSide: false, intensity: "RPE 7 (about 70% 1RM)" },
    ],
    notes: ["Skip the sleds if the tempo run on Wednesday is moved to Thursday."],
  },
];

const RUNS: FeedRun[] = [
  {
    uid: "5k1lo4p0@google.com#20260304T070000",
    date: "2026-03-04",
    type: "tempo",
    distanceKm: 9,
    title: "Tempo run 9 km",
  },
  { uid: "tp-1", date: "2026-03-08", type: "long", distanceKm: 28, durationMin: 160 },
];

function parsedEvents(text: string): InstanceType<typeof ICAL.Event>[] {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return root.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component, { exceptions: [] }));
}

describe("buildFeed", () => {
  const text = buildFeed({
    calendarName: "Läufer strength",
    sessions: SESSIONS,
    runs: RUNS,
    timeZone: "Europe/Berlin",
    generatedAt: GENERATED_AT,
  });

  it("parses back cleanly with ical.js, with every title, date and description", () => {
    const events = parsedEvents(text);
    expect(
      events.map((event) => [event.uid, event.startDate.toString(), event.startDate.isDate, event.summary]),
    ).toEqual([
      ["plan-7f3a-w1-s1@groundwork.app", "2026-03-03", true, "Strength A – Kraft für Läufer 💪"],
      ["plan-7f3a-w1-s2@groundwork.app", "2026-03-05", true, "Strength B – single leg 🦵"],
      ["run-5k1lo4p0@google.com#20260304T070000@groundwork.app", "2026-03-04", true, "Tempo run 9 km"],
      ["run-tp-1@groundwork.app", "2026-03-08", true, "Long run 28 km"],
    ]);
    expect(events[0]?.endDate.toString()).toBe("2026-03-04");
    expect(events[0]?.description).toBe(
      [
        "Load: moderate",
        "Focus: posterior chain; hamstrings, glutes",
        "",
        "1. Nordic hamstring curl: 3 × 6 (bodyweight, lower slowly over 3-5 seconds and catch yourself with your hands)",
        "2. Side plank: 3 × 30 s each side",
        "3. Sled push: 4 × 20 m (RPE 7 (about 70% 1RM))",
        "",
        "Skip the sleds if the tempo run on Wednesday is moved to Thursday.",
      ].join("\n"),
    );
    expect(events[3]?.description).toBe("Distance: 28 km\nDuration: 160 min");
  });

  it("stamps every event with the given time, not the clock", () => {
    const stamps = parsedEvents(text).map((event) => event.component.getFirstPropertyValue("dtstamp")?.toString());
    expect(new Set(stamps)).toEqual(new Set(["2026-03-01T08:15:00Z"]));
    expect(
      buildFeed({
        calendarName: "Läufer strength",
        sessions: [...SESSIONS].reverse(),
        runs: RUNS,
        timeZone: "Europe/Berlin",
        generatedAt: GENERATED_AT,
      }),
    ).toBe(text);
  });

  it("folds long lines at 75 octets with CRLF line ends", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = text.split("\r\n");
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    // 75 octets of content; a continuation line adds its leading space.
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(76);
  });

  it("announces a subscribable calendar", () => {
    const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(root.getFirstPropertyValue("x-wr-calname")).toBe("Läufer strength");
    expect(root.getFirstPropertyValue("x-wr-timezone")).toBe("Europe/Berlin");
    expect(root.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(text).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n");
  });

  it("round-trips its runs through our own importer", () => {
    const result = parseIcs(text, { from: "2026-03-01", to: "2026-03-31", timeZone: "America/New_York" });
    expect(result.runs.map((run) => [run.date, run.type, run.distanceKm])).toEqual([
      ["2026-03-04", "tempo", 9],
      ["2026-03-08", "long", 28],
    ]);
  });

  it("refuses impossible dates", () => {
    const bad = { ...SESSIONS[0]!, date: "2026-02-30" };
    expect(() => buildFeed({ calendarName: "x", sessions: [bad], timeZone: "UTC", generatedAt: GENERATED_AT })).toThrow(
      RangeError,
    );
  });
});

describe("buildSessionIcs", () => {
  it("holds one event with the feed's UID", () => {
    const text = buildSessionIcs({ session: SESSIONS[1]!, timeZone: "Europe/Berlin", generatedAt: GENERATED_AT });
    const events = parsedEvents(text);
    expect(events).toHaveLength(1);
    expect(events[0]?.uid).toBe("plan-7f3a-w1-s1@groundwork.app");
    expect(events[0]?.summary).toBe("Strength A – Kraft für Läufer 💪");
    expect(text).not.toContain("X-WR-CALNAME");
  });
});

describe("exercise lines", () => {
  it.each([
    [{ name: "Calf raise", sets: 3, reps: 15, perSide: true }, "Calf raise: 3 × 15 each side"],
    [{ name: "Plank", sets: 3, seconds: 45, perSide: false }, "Plank: 3 × 45 s"],
    [
      { name: "Farmer carry", sets: 2, metres: 40, perSide: false, intensity: "heavy" },
      "Farmer carry: 2 × 40 m (heavy)",
    ],
    [{ name: "Mobility flow", sets: 1, perSide: false }, "Mobility flow: 1 set"],
  ])("%o reads %s", (exercise, line) => {
    expect(describeExercise(exercise)).toBe(line);
  });

  it("converts a planned session with the caller's exercise names", () => {
    const feed = toFeedSession(
      {
        date: "2026-03-03",
        load: "heavy",
        focus: "max strength",
        reasons: [],
        warmUp: [],
        shortVersion: [],
        optional: false,
        exercises: [{ exerciseId: "trap-bar-deadlift", sets: 4, reps: 4, perSide: false, intensity: "RPE 8" }],
      },
      { id: "s-1", title: "Strength", exerciseName: (id) => id.replace(/-/g, " ") },
    );
    expect(feed.exercises).toEqual([
      { name: "trap bar deadlift", sets: 4, reps: 4, perSide: false, intensity: "RPE 8" },
    ]);
  });
});
