import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ImportResult, type ImportedRun, parseIcs } from "./parse";
import { calendar } from "./__fixtures__/calendar";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const SPRING = { from: "2026-03-01", to: "2026-04-30" };
const BERLIN = { ...SPRING, timeZone: "Europe/Berlin" };
const LOS_ANGELES = { ...SPRING, timeZone: "America/Los_Angeles" };

const all = (result: ImportResult): ImportedRun[] => [...result.runs, ...result.review];
const datesOf = (result: ImportResult, title: string | RegExp) =>
  all(result)
    .filter((run) => (typeof title === "string" ? run.title === title : title.test(run.title ?? "")))
    .map((run) => run.date);

describe("Google Calendar export", () => {
  const text = fixture("google-calendar.ics");
  const berlin = parseIcs(text, BERLIN);

  it("expands the weekly tempo run without the EXDATE and with the moved instance", () => {
    expect(datesOf(berlin, /^Tempo run/)).toEqual([
      "2026-03-03",
      "2026-03-10",
      "2026-03-24",
      "2026-04-01",
      "2026-04-07",
      "2026-04-14",
      "2026-04-21",
    ]);
    const moved = berlin.runs.find((run) => run.date === "2026-04-01");
    expect(moved).toMatchObject({
      title: "Tempo run 9 km (evening)",
      type: "tempo",
      distanceKm: 9,
      uid: "5k1lo4p0hq0v6h1m2n3b4c5d6e@google.com#20260331T070000",
      description: "Moved to Wednesday evening (work trip).",
    });
  });

  it("expands the all-day long run COUNT=8 on Sundays", () => {
    const longRuns = berlin.runs.filter((run) => run.type === "long");
    expect(longRuns.map((run) => run.date)).toEqual([
      "2026-03-08",
      "2026-03-15",
      "2026-03-22",
      "2026-03-29",
      "2026-04-05",
      "2026-04-12",
      "2026-04-19",
      "2026-04-26",
    ]);
    // "Add 2 km each week" in the description is not the run's distance.
    expect(longRuns.every((run) => run.distanceKm === undefined)).toBe(true);
  });

  it("puts a 23:30 UTC run on the next day in Berlin and the same day in Los Angeles", () => {
    expect(datesOf(berlin, "Easy run 8 km")).toEqual(["2026-03-06"]);
    expect(datesOf(parseIcs(text, LOS_ANGELES), "Easy run 8 km")).toEqual(["2026-03-05"]);
  });

  it("resolves a TZID Google left without a VTIMEZONE by its IANA name", () => {
    // 21:00 in New York on 7 March is 03:00 on 8 March in Berlin.
    expect(datesOf(berlin, "Recovery run 30 min")).toEqual(["2026-03-08"]);
    expect(datesOf(parseIcs(text, LOS_ANGELES), "Recovery run 30 min")).toEqual(["2026-03-07"]);
    expect(berlin.warnings).toEqual([]);
  });

  it("moves early-morning Berlin runs to the previous evening in Los Angeles", () => {
    expect(datesOf(parseIcs(text, LOS_ANGELES), "Tempo run 9 km")).toEqual([
      "2026-03-02",
      "2026-03-09",
      "2026-03-23",
      "2026-04-06",
      "2026-04-13",
      "2026-04-20",
    ]);
  });

  it("counts the stand-ups and the yearly birthday from 1960 as skipped", () => {
    expect(berlin.skipped).toBe(10 + 1);
    expect(berlin.review).toEqual([]);
  });

  it("gives the same UIDs when the file is imported again, whatever the range", () => {
    const again = parseIcs(text, BERLIN);
    const narrower = parseIcs(text, { ...BERLIN, from: "2026-03-20", to: "2026-04-10" });
    expect(again).toEqual(berlin);
    const uids = new Set(berlin.runs.map((run) => run.uid));
    expect(narrower.runs.every((run) => uids.has(run.uid))).toBe(true);
    expect(new Set(berlin.runs.map((run) => run.uid)).size).toBe(berlin.runs.length);
  });

  it("filters by range on the athlete's dates", () => {
    const week = parseIcs(text, { ...BERLIN, from: "2026-03-06", to: "2026-03-08" });
    expect(week.runs.map((run) => `${run.date} ${run.title}`)).toEqual([
      "2026-03-06 Easy run 8 km",
      "2026-03-08 Long run",
      "2026-03-08 Recovery run 30 min",
    ]);
    expect(week.skipped).toBe(1); // Friday's stand-up
  });

  it("reads the same with LF line ends", () => {
    expect(parseIcs(text.replace(/\r\n/g, "\n"), BERLIN)).toEqual(berlin);
  });
});

describe("Apple Calendar export", () => {
  const text = fixture("apple-calendar.ics");
  const la = parseIcs(text, LOS_ANGELES);
  const berlin = parseIcs(text, BERLIN);

  it("uses the file's VTIMEZONE and keeps all-day dates as written", () => {
    expect(la.runs.map((run) => `${run.date} ${run.type}`)).toEqual([
      "2026-03-05 hills",
      "2026-03-10 intervals",
      "2026-03-12 easy",
      "2026-03-14 long",
      "2026-03-19 hills",
      "2026-04-02 hills",
    ]);
    expect(datesOf(berlin, "Intervals 6x800m")).toEqual(["2026-03-11"]);
    expect(datesOf(berlin, "Easy 5 mi")).toEqual(["2026-03-13"]);
    expect(datesOf(berlin, "Long run 14 mi")).toEqual(["2026-03-14"]);
  });

  it("includes DTSTART and every RDATE of an RDATE-only event", () => {
    expect(la.runs.filter((run) => run.type === "hills").map((run) => run.uid)).toEqual([
      "3D4E5F6A-7B8C-4D9E-0F1A-2B3C4D5E6F7A#20260305T070000",
      "3D4E5F6A-7B8C-4D9E-0F1A-2B3C4D5E6F7A#20260319T070000",
      "3D4E5F6A-7B8C-4D9E-0F1A-2B3C4D5E6F7A#20260402T070000",
    ]);
  });

  it("unfolds long UTF-8 descriptions and takes the planned minutes from timed events", () => {
    const intervals = la.runs.find((run) => run.type === "intervals");
    expect(intervals?.description).toContain(
      "6 × 800 m at 5K pace with 400 m jog between — keep every rep within two seconds of the first one.",
    );
    expect(intervals?.description?.endsWith("Läuft! 🏃‍♀️")).toBe(true);
    expect(intervals?.durationMin).toBe(60);
    expect(la.runs.find((run) => run.title === "Long run 14 mi")).toMatchObject({ distanceKm: 22.53, type: "long" });
  });

  it("skips the dentist and the vacation", () => {
    expect(la.skipped).toBe(2);
  });
});

describe("Outlook / Exchange export", () => {
  const text = fixture("outlook.ics");
  const berlin = parseIcs(text, BERLIN);
  const la = parseIcs(text, LOS_ANGELES);

  it("reads quoted Windows zone names through the VTIMEZONE Outlook ships", () => {
    // Monday 19:00 Eastern is already Tuesday in Berlin.
    expect(datesOf(berlin, "Track: 12 x 400")).toEqual([
      "2026-03-10",
      "2026-03-17",
      "2026-03-24",
      "2026-03-31",
      "2026-04-07",
      "2026-04-14",
    ]);
    expect(datesOf(la, "Track: 12 x 400")[0]).toBe("2026-03-09");
  });

  it("maps a Windows zone without a VTIMEZONE to its IANA zone", () => {
    expect(datesOf(berlin, "Long Run 1:45")).toEqual(["2026-03-22"]);
    expect(la.runs.find((run) => run.title === "Long Run 1:45")).toMatchObject({
      date: "2026-03-21",
      durationMin: 105,
    });
    expect(berlin.warnings).toEqual([]);
  });

  it("finds the all-day race and skips the meeting", () => {
    expect(berlin.runs.find((run) => run.type === "race")).toMatchObject({ date: "2026-03-15", distanceKm: 21.1 });
    expect(berlin.skipped).toBe(1);
  });
});

describe("TrainingPeaks export", () => {
  const result = parseIcs(fixture("trainingpeaks.ics"), BERLIN);

  it("keeps UTF-8 titles and reads planned distances from descriptions", () => {
    expect(result.runs.map((run) => [run.date, run.type, run.title, run.distanceKm])).toEqual([
      ["2026-03-03", "tempo", "Tempo – 5 × 1 km 🏃", 10],
      ["2026-03-04", "easy", "Easy Run", 8],
      ["2026-03-06", "rest", "Rest Day", undefined],
      ["2026-03-07", "cross", "Yoga 🧘", undefined],
      ["2026-03-08", "long", "Long Run 🏃‍♀️", 28],
      ["2026-03-10", "easy", "Run", 12],
    ]);
  });

  it("sends strength sessions to review and skips notes", () => {
    expect(result.review.map((run) => [run.date, run.type, run.confidence])).toEqual([
      ["2026-03-05", "cross", "unsure"],
    ]);
    expect(result.skipped).toBe(1);
  });
});

describe("edge cases", () => {
  const opts = { from: "2026-03-01", to: "2026-03-31", timeZone: "Asia/Tokyo" };

  it("reads floating times on the athlete's own clock", () => {
    const text = calendar("UID:f1\nDTSTART:20260310T233000\nDTEND:20260311T003000\nSUMMARY:Easy 10 km");
    expect(parseIcs(text, opts).runs).toEqual([
      {
        date: "2026-03-10",
        type: "easy",
        distanceKm: 10,
        durationMin: 60,
        title: "Easy 10 km",
        uid: "f1",
        confidence: "sure",
      },
    ]);
  });

  it("warns about an unknown TZID and reads it as the athlete's zone", () => {
    const text = calendar("UID:m1\nDTSTART;TZID=Mars/Olympus_Mons:20260310T233000\nSUMMARY:Tempo 5 mi");
    const result = parseIcs(text, opts);
    expect(result.runs.map((run) => run.date)).toEqual(["2026-03-10"]);
    expect(result.warnings.join(" ")).toMatch(/Unknown time zone "Mars\/Olympus_Mons"/);
  });

  it("uses a VTIMEZONE whose name no zone database knows", () => {
    const zone = [
      "BEGIN:VTIMEZONE",
      "TZID:Line Islands office",
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      "TZOFFSETFROM:+1400",
      "TZOFFSETTO:+1400",
      "END:STANDARD",
      "END:VTIMEZONE",
    ];
    const text = calendar("UID:k\nDTSTART;TZID=Line Islands office:20260310T050000\nSUMMARY:Easy 5 km").replace(
      "BEGIN:VEVENT",
      `${zone.join("\r\n")}\r\nBEGIN:VEVENT`,
    );
    // 05:00 at UTC+14 is 15:00 UTC the day before.
    expect(parseIcs(text, { ...opts, timeZone: "UTC" }).runs.map((run) => run.date)).toEqual(["2026-03-09"]);
  });

  it("follows an instance its override moves into the range from outside it", () => {
    const text = calendar(
      "UID:m\nDTSTART;VALUE=DATE:20260302\nRRULE:FREQ=WEEKLY;COUNT=6\nSUMMARY:Long run",
      "UID:m\nRECURRENCE-ID;VALUE=DATE:20260406\nDTSTART;VALUE=DATE:20260331\nSUMMARY:Long run (moved)",
    );
    const march = parseIcs(text, opts).runs;
    expect(march.map((run) => `${run.date} ${run.uid}`)).toEqual([
      "2026-03-02 m#20260302",
      "2026-03-09 m#20260309",
      "2026-03-16 m#20260316",
      "2026-03-23 m#20260323",
      "2026-03-30 m#20260330",
      "2026-03-31 m#20260406",
    ]);
    expect(parseIcs(text, { ...opts, from: "2026-04-01", to: "2026-04-30" }).runs).toEqual([]);
  });

  it("drops cancelled instances and cancelled events", () => {
    const text = calendar(
      "UID:w1\nDTSTART;VALUE=DATE:20260302\nRRULE:FREQ=WEEKLY;COUNT=3\nSUMMARY:Long run",
      "UID:w1\nRECURRENCE-ID;VALUE=DATE:20260309\nDTSTART;VALUE=DATE:20260309\nSTATUS:CANCELLED\nSUMMARY:Long run",
      "UID:c1\nDTSTART;VALUE=DATE:20260304\nSTATUS:CANCELLED\nSUMMARY:Tempo 5 mi",
    );
    expect(parseIcs(text, opts).runs.map((run) => run.uid)).toEqual(["w1#20260302", "w1#20260316"]);
  });

  it("reads every VCALENDAR of a concatenated file", () => {
    const text =
      calendar("UID:a\nDTSTART;VALUE=DATE:20260302\nSUMMARY:Easy 5 km") +
      calendar("UID:b\nDTSTART;VALUE=DATE:20260303\nSUMMARY:Easy 6 km");
    expect(parseIcs(text, opts).runs.map((run) => run.uid)).toEqual(["a", "b"]);
  });

  it("derives a stable UID for events without one", () => {
    const text = calendar("DTSTART;VALUE=DATE:20260302\nSUMMARY:Easy 5 km");
    const [first] = parseIcs(text, opts).runs;
    expect(first?.uid).toMatch(/^no-uid-[0-9a-f]{8}$/);
    expect(parseIcs(text, opts).runs[0]?.uid).toBe(first?.uid);
  });

  it("returns an empty result with a warning for an empty range or no runs", () => {
    const text = calendar("UID:d\nDTSTART;VALUE=DATE:20260302\nSUMMARY:Dentist");
    const empty = parseIcs(text, { ...opts, from: "2026-04-01", to: "2026-03-01" });
    expect(empty).toMatchObject({ runs: [], review: [], skipped: 0 });
    expect(empty.warnings[0]).toMatch(/empty/);
    expect(parseIcs(text, { ...opts, from: "2027-01-01", to: "2027-12-31" }).warnings).toEqual([
      "No events between 2027-01-01 and 2027-12-31.",
    ]);
    expect(parseIcs(text, opts)).toMatchObject({
      runs: [],
      skipped: 1,
      warnings: ["No runs found: none of the events looks like a run."],
    });
  });

  it("keeps a single broken event from failing the file", () => {
    const text = calendar(
      "UID:bad\nDTSTART:not-a-date\nSUMMARY:Easy 5 km",
      "UID:ok\nDTSTART;VALUE=DATE:20260302\nSUMMARY:Easy 5 km",
    );
    const result = parseIcs(text, opts);
    expect(result.runs.map((run) => run.uid)).toEqual(["ok"]);
    expect(result.warnings.length).toBeGreaterThan(0);
  });

  it("refuses bad options with a RangeError", () => {
    const text = calendar("UID:a\nDTSTART;VALUE=DATE:20260302\nSUMMARY:Easy 5 km");
    expect(() => parseIcs(text, { ...opts, from: "2026-02-30" })).toThrow(RangeError);
    expect(() => parseIcs(text, { ...opts, timeZone: "Europe/Atlantis" })).toThrow(RangeError);
  });
});
