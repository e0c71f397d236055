import { expect, it } from "vitest";
import { callerFor } from "@/server/trpc/__tests__/caller";
import { findUserByEmail } from "@/db/queries/users";
import { DEMO_USERS, seedDemo } from "./seed";
import { describeWithDatabase } from "@/db/testing";

describeWithDatabase("demo seed", (db) => {
  it("creates a linked coach and an athlete with a run calendar and an active plan, and is safe to rerun", async () => {
    const now = new Date("2026-11-21T10:00:00Z");
    await seedDemo(db(), now);
    await seedDemo(db(), now);
    const athlete = await findUserByEmail(db(), DEMO_USERS.athlete.email);
    const coach = await findUserByEmail(db(), DEMO_USERS.coach.email);
    expect(athlete && coach).toBeTruthy();

    const caller = callerFor(db(), athlete!.id, () => now);
    const plans = await caller.plans.list({});
    expect(plans.map((plan) => plan.status)).toEqual(["active"]);
    const week = await caller.plans.week({});
    expect(week.days.flatMap((day) => day.runs).length).toBeGreaterThan(3);

    // The coach sees the athlete's plan through the active link.
    const coachView = await callerFor(db(), coach!.id).plans.overview({ planId: plans[0]!.id });
    expect(coachView.weeks.length).toBe(16);
  });
});
