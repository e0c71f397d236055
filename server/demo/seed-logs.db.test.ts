import { expect, it } from "vitest";
import { findUserByEmail } from "@/db/queries/users";
import { describeWithDatabase } from "@/db/testing";
import { callerFor, signedUpCaller } from "@/server/trpc/__tests__/caller";
import { marathonSettings, seedMarathonCalendar } from "@/server/trpc/__tests__/marathon-calendar";
import { DEMO_USERS, seedDemo } from "./seed";
import { seedDemoLogs } from "./seed-logs";

describeWithDatabase("demo check-offs", (db) => {
  it("shows adherence at first start: sessions done, one set heavier than the rest, one run skipped", async () => {
    const now = new Date("2026-11-21T10:00:00Z");
    await seedDemo(db(), now);
    const athlete = await findUserByEmail(db(), DEMO_USERS.athlete.email);
    const caller = callerFor(db(), athlete!.id, () => now);

    const recent = await caller.adherence.recent({});
    expect(recent.last30.strength.done).toBeGreaterThan(0);
    expect(recent.last30.runs.done).toBeGreaterThan(0);
    expect(recent.last30.runs.done).toBeLessThan(recent.last30.runs.planned);
    expect(recent.last30.band).not.toBe("none");

    const [plan] = await caller.plans.list({});
    const overview = await caller.plans.overview({ planId: plan!.id });
    const past = overview.weeks.flatMap((week) => week.sessions).filter((session) => session.date < "2026-11-21");
    const logs = await Promise.all(past.map((session) => caller.plans.session({ sessionId: session.id })));
    expect(logs.every((detail) => detail.checkOff.status !== "planned")).toBe(true);
    const loads = logs.flatMap((detail) => detail.log.sets.map((set) => set.loadKg ?? 0));
    expect(Math.max(...loads)).toBeGreaterThan(Math.min(...loads.filter((load) => load > 0)));
  });

  it("skips the week before last when the block is further along", async () => {
    const { user } = await signedUpCaller(db(), "Demo-like");
    await seedMarathonCalendar(db(), user.id);
    const now = new Date("2026-12-16T12:00:00Z"); // Wednesday of the block's fourth week
    const caller = callerFor(db(), user.id, () => now);
    await caller.plans.create({ settings: marathonSettings });
    await seedDemoLogs(db(), user.id, "Europe/Berlin", now);

    const { weeks } = await caller.adherence.summary({ from: "2026-11-23", to: "2026-12-13" });
    expect(weeks.map((week) => week.strength.band)).toEqual(["on-track", "missed", "on-track"]);
    expect(weeks[1]?.runs.done).toBe(1); // only the long run, done before the cold
    expect(weeks[2]?.runs).toMatchObject({ done: 4, planned: 5 }); // one easy run skipped, no time
  });
});
