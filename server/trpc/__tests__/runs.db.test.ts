import { expect, it } from "vitest";
import { linkCoach } from "@/db/queries/coaching";
import { describeWithDatabase } from "@/db/testing";
import { callerFor, signedUpCaller } from "./caller";
import { codeOf } from "./codes";

const december = { from: "2026-12-01", to: "2026-12-31" };

describeWithDatabase("run calendar", (db) => {
  it("adds, edits, moves and deletes runs, listed by date", async () => {
    const { caller } = await signedUpCaller(db());
    const long = await caller.runs.create({ date: "2026-12-06", type: "long", distanceKm: 24, title: "Long run" });
    await caller.runs.create({ date: "2026-12-02", type: "tempo", durationMin: 50 });
    await caller.runs.update({ runId: long.id, date: "2026-12-05", distanceKm: 26 });

    const listed = await caller.runs.list(december);
    expect(listed.map((run) => [run.date, run.type, run.distanceKm])).toEqual([
      ["2026-12-02", "tempo", null],
      ["2026-12-05", "long", 26],
    ]);
    expect(listed.every((run) => run.source === "manual")).toBe(true);

    await caller.runs.delete({ runId: long.id });
    expect((await caller.runs.list(december)).map((run) => run.type)).toEqual(["tempo"]);
  });

  it("refuses bad input with a clear message", async () => {
    const { caller } = await signedUpCaller(db());
    await expect(caller.runs.create({ date: "2026-02-30", type: "easy" })).rejects.toThrow(/real date/);
    await expect(caller.runs.create({ date: "2026-12-01", type: "easy", distanceKm: -3 })).rejects.toThrow(
      /cannot be negative/,
    );
    await expect(caller.runs.list({ from: "2026-12-31", to: "2026-12-01" })).rejects.toThrow(/start before it ends/);
  });

  it("keeps one athlete's runs from everyone but them and their linked coach", async () => {
    const athlete = await signedUpCaller(db(), "Athlete");
    const coach = await signedUpCaller(db(), "Coach");
    const stranger = await signedUpCaller(db(), "Stranger");
    const run = await athlete.caller.runs.create({ date: "2026-12-03", type: "easy" });

    expect(await codeOf(stranger.caller.runs.list({ ...december, athleteId: athlete.user.id }))).toBe("FORBIDDEN");
    expect(await codeOf(stranger.caller.runs.update({ runId: run.id, type: "long" }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.caller.runs.delete({ runId: run.id }))).toBe("NOT_FOUND");
    expect(
      await codeOf(stranger.caller.runs.create({ athleteId: athlete.user.id, date: "2026-12-04", type: "easy" })),
    ).toBe("FORBIDDEN");
    expect(await codeOf(callerFor(db()).runs.list(december))).toBe("UNAUTHORIZED");

    await linkCoach(db(), athlete.user.id, coach.user.id, "active");
    await coach.caller.runs.update({ runId: run.id, type: "recovery" });
    expect((await athlete.caller.runs.list(december))[0]?.type).toBe("recovery");
  });
});
