import { expect, it } from "vitest";
import { linkCoach } from "@/db/queries/coaching";
import { describeWithDatabase } from "@/db/testing";
import { callerFor, signedUpCaller } from "./caller";
import { athleteWithPlan, SUNDAY_WEEK_2, tap, WEEK_1, WEEK_2 } from "./checkoff-fixtures";
import { codeOf } from "./codes";

describeWithDatabase("adherence and check-off access", (db) => {
  it("figures adherence on a worked example: done, partial with a log, skipped, unticked, runs", async () => {
    const { caller, weekOf } = await athleteWithPlan(db);
    const one = await weekOf(WEEK_1);
    const two = await weekOf(WEEK_2);
    const [a, b] = one.sessions;
    const [c, d] = two.sessions;
    // Week 1: A done without a log (counts as prescribed), B partly done with two sets logged.
    await caller.sessions.checkOff({ sessionId: a!.id, status: "done", ...tap() });
    await caller.sessions.checkOff({ sessionId: b!.id, status: "partial", ...tap(10) });
    const bExercise = (await caller.plans.session({ sessionId: b!.id })).exercises[0]!.exerciseId;
    await caller.sessions.log({
      sessionId: b!.id,
      sets: [1, 2].map((set) => ({ exerciseId: bExercise, set, reps: 10 })),
      ...tap(5),
    });
    // Week 2: C skipped, D never ticked.
    await caller.sessions.checkOff({ sessionId: c!.id, status: "skipped", reason: "no-time", ...tap() });
    // Runs: four of five done in week 1 (one skipped), two of five in week 2.
    for (const [index, run] of one.runs.entries())
      await caller.runs.checkOff({ runId: run.id, status: index === 2 ? "skipped" : "done", ...tap() });
    for (const run of two.runs.slice(0, 2)) await caller.runs.checkOff({ runId: run.id, status: "done", ...tap() });

    const summary = await caller.adherence.summary({ from: WEEK_1, to: "2026-12-06" });
    const [w1, w2] = summary.weeks;
    const w1Strength = (a!.sets + 2) / (a!.sets + b!.sets);
    expect(w1).toMatchObject({
      weekStart: WEEK_1,
      strength: { done: a!.sets + 2, planned: a!.sets + b!.sets, percent: Math.round(w1Strength * 100) },
      runs: { done: 4, planned: 5, percent: 80, band: "on-track" },
      combined: { percent: Math.round(((w1Strength + 0.8) / 2) * 100) },
    });
    expect(w2).toMatchObject({
      weekStart: WEEK_2,
      strength: { done: 0, planned: c!.sets + d!.sets, percent: 0, band: "missed" },
      runs: { done: 2, planned: 5, percent: 40, band: "off" },
      combined: { percent: 20, band: "off" },
    });
    expect(summary.runs).toMatchObject({ done: 6, planned: 10, percent: 60, band: "partial" });

    // The week view figures come from the same arithmetic and agree.
    expect((await weekOf(WEEK_1)).week.adherence).toEqual({
      strength: w1!.strength,
      runs: w1!.runs,
      combined: w1!.combined,
    });
    expect((await weekOf(WEEK_2)).week.adherence).toEqual({
      strength: w2!.strength,
      runs: w2!.runs,
      combined: w2!.combined,
    });

    const recent = await caller.adherence.recent({});
    expect(recent.last7.runs).toMatchObject({ done: 2, planned: 5 });
    expect(recent.last30.runs).toMatchObject({ done: 6, planned: 10 });
    expect(recent.last30.band).toBe(recent.last30.combined.band);
  });

  it("lets the athlete and a linked coach check off; others get NOT_FOUND, FORBIDDEN or UNAUTHORIZED", async () => {
    const { user, caller, weekOf } = await athleteWithPlan(db);
    const { sessions, runs } = await weekOf(WEEK_2);
    const sessionId = sessions[0]!.id;
    const runId = runs[0]!.id;
    const coach = await signedUpCaller(db(), "Coach");
    const stranger = await signedUpCaller(db(), "Stranger");
    const asCoach = callerFor(db(), coach.user.id, () => SUNDAY_WEEK_2);
    const asStranger = callerFor(db(), stranger.user.id, () => SUNDAY_WEEK_2);
    const anonymous = callerFor(db(), null, () => SUNDAY_WEEK_2);

    expect(await codeOf(asStranger.sessions.checkOff({ sessionId, status: "done", ...tap() }))).toBe("NOT_FOUND");
    expect(await codeOf(asStranger.sessions.log({ sessionId, sets: [], ...tap() }))).toBe("NOT_FOUND");
    expect(await codeOf(asStranger.sessions.soreness({ sessionId, soreness: "sore", ...tap() }))).toBe("NOT_FOUND");
    expect(await codeOf(asStranger.sessions.history({ sessionId }))).toBe("NOT_FOUND");
    expect(await codeOf(asStranger.runs.checkOff({ runId, status: "done", ...tap() }))).toBe("NOT_FOUND");
    expect(await codeOf(asStranger.adherence.summary({ athleteId: user.id, from: WEEK_1, to: WEEK_2 }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(asStranger.adherence.recent({ athleteId: user.id }))).toBe("FORBIDDEN");
    expect(await codeOf(anonymous.sessions.checkOff({ sessionId, status: "done", ...tap() }))).toBe("UNAUTHORIZED");
    expect(await codeOf(anonymous.adherence.recent({}))).toBe("UNAUTHORIZED");
    // A pending link is not access yet.
    await linkCoach(db(), user.id, coach.user.id, "pending");
    expect(await codeOf(asCoach.sessions.checkOff({ sessionId, status: "done", ...tap() }))).toBe("NOT_FOUND");
    expect((await weekOf(WEEK_2)).sessions[0]?.checkOff.status).toBe("planned");

    await linkCoach(db(), user.id, coach.user.id, "active");
    expect(await asCoach.sessions.checkOff({ sessionId, status: "done", ...tap() })).toMatchObject({ status: "done" });
    expect(await asCoach.runs.checkOff({ runId, status: "skipped", reason: "injured", ...tap() })).toMatchObject({
      status: "skipped",
    });
    expect((await asCoach.adherence.summary({ athleteId: user.id, from: WEEK_2, to: "2026-12-06" })).runs.planned).toBe(
      5,
    );
    expect(await caller.plans.session({ sessionId })).toMatchObject({ checkOff: { status: "done" } });
  });
});
