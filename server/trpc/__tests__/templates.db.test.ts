import { expect, it } from "vitest";
import { linkCoach } from "@/db/queries/coaching";
import { describeWithDatabase } from "@/db/testing";
import { applyRunTemplate } from "../../services/run-templates";
import { TEMPLATES } from "../../templates";
import { callerFor, signedUpCaller } from "./caller";
import { codeOf } from "./codes";

const now = new Date("2026-05-04T09:00:00Z");
const RACE = "2026-10-11"; // a Sunday, 23 weeks ahead
const everything = { from: "2026-01-01", to: "2026-12-31" };

const ownWeek = {
  kind: "own-week" as const,
  raceDate: RACE,
  week: {
    weeks: 12,
    days: { mon: "rest", tue: "quality", wed: "easy", thu: "easy", fri: "rest", sat: "long", sun: "easy" } as const,
    longRunStartKm: 14,
    longRunPeakKm: 30,
    stepBackEvery: 4 as const,
  },
};

async function athlete(db: () => import("@/db/client").Database, name = "Template Runner") {
  const { user } = await signedUpCaller(db(), name);
  return { user, caller: callerFor(db(), user.id, () => now) };
}

describeWithDatabase("run templates", (db) => {
  it("lists the published plans", async () => {
    const { caller } = await athlete(db);
    const listed = await caller.templates.list();
    expect(listed.map((template) => template.id)).toEqual(TEMPLATES.map((template) => template.id));
    expect(listed.length).toBe(5);
  });

  it("previews a plan week by week without saving, then stores it with source template", async () => {
    const { caller } = await athlete(db);
    const choice = { kind: "published" as const, templateId: "higdon-novice" as const, raceDate: RACE };
    const preview = await caller.templates.preview({ choice });
    expect(preview.weeks).toHaveLength(18);
    expect(preview.weeks[0]?.start).toBe("2026-06-08");
    expect(preview.raceDate).toBe(RACE);
    expect(preview.weeks.at(-1)?.runs.at(-1)).toMatchObject({ date: RACE, type: "race" });
    expect(preview.weeks.filter((week) => week.lighter).length).toBeGreaterThanOrEqual(3);
    expect(preview.weeks[14]?.longRunKm).toBeCloseTo(32.19, 1);
    expect(preview).toMatchObject({ replaces: 0, keeps: 0 });
    expect(await caller.runs.list(everything)).toEqual([]);

    const applied = await caller.templates.save({ choice });
    expect(applied).toMatchObject({ added: preview.runCount, removed: 0, firstDate: preview.firstDate });
    const stored = await caller.runs.list(everything);
    expect(stored).toHaveLength(preview.runCount);
    expect(stored.every((run) => run.source === "template")).toBe(true);
    expect(stored.at(-1)).toMatchObject({ date: RACE, type: "race", title: "Marathon race day" });
  });

  it("replaces an earlier template's runs and keeps imported and hand-added runs", async () => {
    const { caller } = await athlete(db);
    await caller.templates.save({ choice: { kind: "published", templateId: "pfitzinger-18-55", raceDate: RACE } });
    await caller.runs.create({ date: "2026-08-05", type: "cross", title: "Swim with friends" });
    await caller.runs.commitImport({
      ...everything,
      runs: [
        { uid: "race-1", include: true, date: "2026-08-30", type: "race", distanceKm: 21.1, title: "Half marathon" },
      ],
    });

    const preview = await caller.templates.preview({ choice: ownWeek });
    expect(preview.keeps).toBe(2);
    expect(preview.replaces).toBeGreaterThan(80);

    const applied = await caller.templates.save({ choice: ownWeek });
    expect(applied.removed).toBe(preview.replaces);
    expect(applied.added).toBe(preview.runCount);
    const stored = await caller.runs.list(everything);
    expect(stored.filter((run) => run.source === "template")).toHaveLength(preview.runCount);
    expect(stored.filter((run) => run.source !== "template").map((run) => [run.source, run.title])).toEqual([
      ["manual", "Swim with friends"],
      ["import", "Half marathon"],
    ]);
    // The own week: long runs on Saturdays only, nothing on Monday or Friday but the taper's rest.
    const longDays = new Set(
      stored
        .filter((run) => run.source === "template" && run.type === "long")
        .map((run) => new Date(`${run.date}T00:00:00Z`).getUTCDay()),
    );
    expect([...longDays]).toEqual([6]);
  });

  it("stores a template in one transaction: a failure keeps the earlier template", async () => {
    const { user, caller } = await athlete(db);
    await caller.templates.save({ choice: { kind: "published", templateId: "three-runs", raceDate: RACE } });
    const before = await caller.runs.list(everything);

    // A database that accepts the delete and then fails on the insert, inside the transaction.
    const failing = new Proxy(db(), {
      get(target, key, receiver) {
        if (key !== "transaction") return Reflect.get(target, key, receiver);
        return (work: (tx: unknown) => Promise<unknown>) =>
          target.transaction((tx) =>
            work(
              new Proxy(tx, {
                get(inner, name, innerReceiver) {
                  if (name === "insert") throw new Error("disk full");
                  return Reflect.get(inner, name, innerReceiver);
                },
              }),
            ),
          );
      },
    });
    await expect(applyRunTemplate(failing, user.id, { choice: ownWeek }, now)).rejects.toThrow(/disk full/);
    expect(await caller.runs.list(everything)).toEqual(before);
  });

  it("refuses a race in the past and an impossible week with clear messages", async () => {
    const { caller } = await athlete(db);
    await expect(
      caller.templates.preview({ choice: { kind: "published", templateId: "three-runs", raceDate: "2026-05-01" } }),
    ).rejects.toThrow(/after today/);
    await expect(
      caller.templates.save({ choice: { kind: "published", templateId: "three-runs", raceDate: "2029-05-01" } }),
    ).rejects.toThrow(/two years/);
    const twoLongDays = { ...ownWeek, week: { ...ownWeek.week, days: { ...ownWeek.week.days, sun: "long" as const } } };
    await expect(caller.templates.preview({ choice: twoLongDays })).rejects.toThrow(/exactly one day for the long run/);
    const shrinking = { ...ownWeek, week: { ...ownWeek.week, longRunStartKm: 30, longRunPeakKm: 20 } };
    expect(await codeOf(caller.templates.save({ choice: shrinking }))).toBe("BAD_REQUEST");
    expect(await caller.runs.list(everything)).toEqual([]);
  });

  it("lets only the athlete and their linked coach preview or apply", async () => {
    const runner = await athlete(db, "Athlete");
    const coach = await athlete(db, "Coach");
    const stranger = await athlete(db, "Stranger");
    const choice = { kind: "published" as const, templateId: "three-runs" as const, raceDate: RACE };
    const athleteId = runner.user.id;

    expect(await codeOf(stranger.caller.templates.preview({ athleteId, choice }))).toBe("FORBIDDEN");
    expect(await codeOf(stranger.caller.templates.save({ athleteId, choice }))).toBe("FORBIDDEN");
    expect(await codeOf(callerFor(db()).templates.list())).toBe("UNAUTHORIZED");
    expect(await runner.caller.runs.list(everything)).toEqual([]);

    await linkCoach(db(), athleteId, coach.user.id, "active");
    await coach.caller.templates.save({ athleteId, choice });
    expect((await runner.caller.runs.list(everything)).length).toBeGreaterThan(40);
  });
});
