import { expect, it } from "vitest";
import { describeWithDatabase } from "@/db/testing";
import { commitImport } from "../../services/run-import";
import { signedUpCaller } from "./caller";
import { codeOf } from "./codes";

function calendar(events: { uid: string; date: string; title: string }[]): string {
  const body = events.map((event) =>
    [
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      "DTSTAMP:20260101T000000Z",
      `DTSTART;VALUE=DATE:${event.date.replaceAll("-", "")}`,
      `SUMMARY:${event.title}`,
      "END:VEVENT",
    ].join("\r\n"),
  );
  return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Groundwork tests//EN", ...body, "END:VCALENDAR", ""].join(
    "\r\n",
  );
}

const range = { from: "2026-12-01", to: "2026-12-31" };

describeWithDatabase("run import merged by event UID", (db) => {
  it("previews without saving, then saves the reviewed runs", async () => {
    const { caller } = await signedUpCaller(db());
    const text = calendar([
      { uid: "a", date: "2026-12-06", title: "Long run 16 mi" },
      { uid: "b", date: "2026-12-08", title: "Tempo 5 mi" },
      { uid: "c", date: "2026-12-09", title: "Dentist" },
    ]);
    const preview = await caller.runs.previewImport({ text, ...range });
    expect(preview.skipped).toBe(1);
    expect(preview.changes).toMatchObject({ added: 2, removed: 0 });
    expect(await caller.runs.list(range)).toEqual([]);

    const reviewed = [...preview.runs, ...preview.review].map((run) => ({ ...run, include: true }));
    // The athlete fixes one type in review before saving.
    const fixed = reviewed.map((run) => (run.uid === "b" ? { ...run, type: "intervals" as const } : run));
    expect(await caller.runs.commitImport({ ...range, runs: fixed })).toMatchObject({ added: 2 });
    const stored = await caller.runs.list(range);
    expect(stored.map((run) => [run.date, run.type, run.source])).toEqual([
      ["2026-12-06", "long", "import"],
      ["2026-12-08", "intervals", "import"],
    ]);
  });

  it("moves moved runs, removes deleted ones and adds new ones on re-import, leaving manual runs alone", async () => {
    const { caller } = await signedUpCaller(db());
    const first = await caller.runs.previewImport({
      text: calendar([
        { uid: "long-1", date: "2026-12-06", title: "Long run 14 mi" },
        { uid: "tempo-1", date: "2026-12-08", title: "Tempo 5 mi" },
        { uid: "easy-1", date: "2026-12-10", title: "Easy 4 mi" },
      ]),
      ...range,
    });
    await caller.runs.commitImport({
      ...range,
      runs: [...first.runs, ...first.review].map((run) => ({ ...run, include: true })),
    });
    await caller.runs.create({ date: "2026-12-12", type: "cross", title: "Bike" });

    const second = await caller.runs.previewImport({
      text: calendar([
        { uid: "long-1", date: "2026-12-05", title: "Long run 14 mi" },
        { uid: "tempo-1", date: "2026-12-08", title: "Tempo 6 mi" },
        { uid: "hills-1", date: "2026-12-15", title: "Hill repeats 8x60s" },
      ]),
      ...range,
    });
    expect(second.changes).toEqual({ added: 1, moved: 1, updated: 1, removed: 1, unchanged: 0 });
    let summary: unknown;
    const statements = await db.statementsOf(async () => {
      summary = await caller.runs.commitImport({
        ...range,
        runs: [...second.runs, ...second.review].map((run) => ({ ...run, include: true })),
      });
    });
    expect(summary).toEqual(second.changes);
    // The moved and the updated run are rewritten together: one statement, not one per run.
    expect(statements.filter((statement) => /^\s*update\s+"runs"/i.test(statement))).toHaveLength(1);

    const stored = await caller.runs.list(range);
    expect(stored.map((run) => [run.date, run.type, run.title])).toEqual([
      ["2026-12-05", "long", "Long run 14 mi"],
      ["2026-12-08", "tempo", "Tempo 6 mi"],
      ["2026-12-12", "cross", "Bike"],
      ["2026-12-15", "hills", "Hill repeats 8x60s"],
    ]);
  });

  it("keeps the types the athlete chose when the same events are imported again", async () => {
    const { caller } = await signedUpCaller(db());
    const text = calendar([
      { uid: "sam", date: "2026-12-05", title: "Run with Sam 5 mi" },
      { uid: "tempo", date: "2026-12-08", title: "Tempo 5 mi" },
    ]);
    const first = await caller.runs.previewImport({ text, ...range });
    expect(first.review.map((run) => run.uid)).toEqual(["sam"]);
    const fixed = [...first.runs, ...first.review].map((run) => ({
      ...run,
      include: true,
      type: run.uid === "sam" ? ("long" as const) : run.type,
    }));
    await caller.runs.commitImport({ ...range, runs: fixed });
    const tempo = (await caller.runs.list(range)).find((run) => run.title === "Tempo 5 mi")!;
    await caller.runs.update({ runId: tempo.id, type: "intervals" });

    const again = await caller.runs.previewImport({ text, ...range });
    expect(again.review).toEqual([]);
    expect(again.runs.map((run) => [run.uid, run.type])).toEqual([
      ["sam", "long"],
      ["tempo", "intervals"],
    ]);
    expect(again.changes).toEqual({ added: 0, moved: 0, updated: 0, removed: 0, unchanged: 2 });

    // A renamed event is a new question: the classifier reads it afresh.
    const renamed = await caller.runs.previewImport({
      text: calendar([{ uid: "tempo", date: "2026-12-08", title: "Tempo 6 mi" }]),
      ...range,
    });
    expect(renamed.runs.map((run) => run.type)).toEqual(["tempo"]);
  });

  it("reads a file's bytes as the server decodes them: UTF-16 from Windows tools and UTF-8 with a byte-order mark", async () => {
    const { caller } = await signedUpCaller(db());
    const text = calendar([
      { uid: "w1", date: "2026-12-06", title: "Long run 16 mi – Côte" },
      { uid: "w2", date: "2026-12-08", title: "Tempo 5 mi" },
    ]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const preview = await caller.runs.previewImport({ file: utf16.toString("base64"), ...range });
    expect(preview.warnings).toEqual([]);
    expect(preview.runs.map((run) => [run.date, run.type, run.title])).toEqual([
      ["2026-12-06", "long", "Long run 16 mi – Côte"],
      ["2026-12-08", "tempo", "Tempo 5 mi"],
    ]);

    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    const again = await caller.runs.previewImport({ file: withBom.toString("base64"), ...range });
    expect(again.runs.map((run) => run.title)).toEqual(["Long run 16 mi – Côte", "Tempo 5 mi"]);
  });

  it("refuses a file sent both ways, or bytes that are not base64, before reading anything", async () => {
    const { caller } = await signedUpCaller(db());
    const text = calendar([{ uid: "a", date: "2026-12-06", title: "Long run 16 mi" }]);
    const file = Buffer.from(text).toString("base64");
    expect(await codeOf(caller.runs.previewImport({ text, file, ...range }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.runs.previewImport({ ...range }))).toBe("BAD_REQUEST");
    await expect(caller.runs.previewImport({ file: "not base64!", ...range })).rejects.toThrow(/did not arrive whole/);
  });

  it("rejects a file that is not a calendar with a clear message and saves nothing", async () => {
    const { caller } = await signedUpCaller(db());
    expect(await codeOf(caller.runs.previewImport({ text: "\u0000\u0001PK binary junk", ...range }))).toBe(
      "BAD_REQUEST",
    );
    await expect(caller.runs.previewImport({ text: "hello, not a calendar", ...range })).rejects.toThrow(
      /calendar|iCalendar/i,
    );
    expect(await caller.runs.list(range)).toEqual([]);
  });

  it("saves nothing when one reviewed run is invalid", async () => {
    const { caller } = await signedUpCaller(db());
    const runs = [
      { uid: "ok", include: true, date: "2026-12-06", type: "long" as const, distanceKm: 20 },
      { uid: "bad", include: true, date: "2026-12-40", type: "easy" as const },
    ];
    await expect(caller.runs.commitImport({ ...range, runs })).rejects.toThrow(/real date/);
    expect(await caller.runs.list(range)).toEqual([]);
  });

  it("rolls back the whole import when the database refuses part of it", async () => {
    const { caller, user } = await signedUpCaller(db());
    const keep = {
      uid: "keep",
      include: true,
      date: "2026-12-06",
      type: "long" as const,
      distanceKm: 20,
      title: "Long",
    };
    await caller.runs.commitImport({ ...range, runs: [keep] });

    // Bypassing the input schema: a duplicated UID makes the last insert fail after the
    // delete of "keep" has already run inside the transaction.
    const twice = { uid: "dup", include: true, date: "2026-12-08", type: "easy" as const };
    await expect(commitImport(db(), user.id, { ...range, runs: [twice, twice] })).rejects.toThrow();
    expect((await caller.runs.list(range)).map((run) => run.title)).toEqual(["Long"]);

    await expect(caller.runs.commitImport({ ...range, runs: [twice, twice] })).rejects.toThrow(/only once/);
  });
});
