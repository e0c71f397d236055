import { eq, inArray, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { activateCoachLink } from "@/db/queries/coach-links";
import { insertRuns, listAllRuns } from "@/db/queries/runs";
import { findUserByEmail } from "@/db/queries/users";
import { EMPTY_CALENDAR_DIGEST, runs, users } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { callerFor, signedUpCaller } from "../../trpc/__tests__/caller";
import { marathonSettings, seedMarathonCalendar } from "../../trpc/__tests__/marathon-calendar";
import { scaleCoachEmail, seedScale } from "../../demo/scale";
import { calendarFingerprint, toPlannerRuns } from "../plan-tree";

/**
 * users.run_calendar_digest is kept by triggers on runs (migration 0009_run_calendar_digest). After
 * every kind of run write it must equal calendarFingerprint of the athlete's runs, or the coach's
 * list would flag a re-plan that is not waiting, or miss one that is.
 */

const planned = new Date("2026-11-23T09:00:00Z");
const now = new Date("2026-12-16T12:00:00Z");
const december = { from: "2026-12-01", to: "2026-12-31" };
const PASSWORD = "correct-horse-9";

async function storedDigest(db: Database, athleteId: string): Promise<string | undefined> {
  const [row] = await db.select({ digest: users.runCalendarDigest }).from(users).where(eq(users.id, athleteId));
  return row?.digest;
}

/** The stored digest is the one the planner's code computes from the athlete's runs right now. */
async function expectDigestOfRuns(db: Database, athleteId: string) {
  const expected = calendarFingerprint(toPlannerRuns(await listAllRuns(db, athleteId)));
  expect(await storedDigest(db, athleteId)).toBe(expected);
  return expected;
}

async function replanWaiting(db: Database, coachId: string, athleteId: string): Promise<boolean> {
  const list = await callerFor(db, coachId, () => now).coaching.athletes();
  const row = list.find((athlete) => athlete.athleteId === athleteId);
  if (!row) throw new Error("the athlete is not on the coach's list");
  return row.attention.some((item) => item.reason === "replan-waiting");
}

describeWithDatabase("the stored run-calendar digest", (db) => {
  it("gives a new athlete with no runs the digest of an empty calendar", async () => {
    const { user } = await signedUpCaller(db(), "Empty");
    expect(await expectDigestOfRuns(db(), user.id)).toBe(EMPTY_CALENDAR_DIGEST);
  });

  it("follows each run created, edited, moved, retyped and deleted by the athlete", async () => {
    const { user } = await signedUpCaller(db(), "Editor");
    const caller = callerFor(db(), user.id, () => now);
    const easy = await caller.runs.create({ date: "2026-12-08", type: "easy", distanceKm: 8.05, title: "Easy" });
    const first = await expectDigestOfRuns(db(), user.id);
    expect(first).not.toBe(EMPTY_CALENDAR_DIGEST);
    await caller.runs.create({ date: "2026-12-13", type: "long", durationMin: 150 });
    await expectDigestOfRuns(db(), user.id);

    await caller.runs.update({ runId: easy.id, distanceKm: 0.30000000000000004 });
    await expectDigestOfRuns(db(), user.id);
    await caller.runs.update({ runId: easy.id, date: "2026-12-09", type: "tempo", distanceKm: null, durationMin: 45 });
    const moved = await expectDigestOfRuns(db(), user.id);
    // A title is not part of the calendar the planner reads: the digest stays.
    await caller.runs.update({ runId: easy.id, title: "Tempo with strides" });
    expect(await expectDigestOfRuns(db(), user.id)).toBe(moved);

    await caller.runs.delete({ runId: easy.id });
    await expectDigestOfRuns(db(), user.id);
  });

  it("prints tiny and fractional distances as JavaScript does", async () => {
    const { user } = await signedUpCaller(db(), "Decimals");
    const caller = callerFor(db(), user.id, () => now);
    for (const distanceKm of [0.0000001, 0.000015, 0.00005, 0.0001, 42.195, 1 / 3]) {
      await caller.runs.create({ date: "2026-12-10", type: "easy", distanceKm });
      await expectDigestOfRuns(db(), user.id);
    }
  });

  it("follows an import of several runs and a re-import that moves, removes and adds runs", async () => {
    const { user } = await signedUpCaller(db(), "Importer");
    const caller = callerFor(db(), user.id, () => now);
    const run = (uid: string, date: string, type: "easy" | "long" | "tempo", distanceKm: number) => ({
      uid,
      include: true,
      date,
      type,
      distanceKm,
      title: uid,
    });
    await caller.runs.commitImport({
      ...december,
      runs: [
        run("a", "2026-12-06", "long", 25.7),
        run("b", "2026-12-08", "tempo", 8),
        run("c", "2026-12-10", "easy", 6),
      ],
    });
    expect(await listAllRuns(db(), user.id)).toHaveLength(3);
    await expectDigestOfRuns(db(), user.id);

    await caller.runs.commitImport({
      ...december,
      runs: [
        run("a", "2026-12-05", "long", 25.7),
        run("c", "2026-12-10", "easy", 6.5),
        run("d", "2026-12-12", "easy", 5),
      ],
    });
    await expectDigestOfRuns(db(), user.id);
  });

  it("follows a run template that replaces many runs at once", async () => {
    const { user } = await signedUpCaller(db(), "Templated");
    const caller = callerFor(db(), user.id, () => now);
    const choice = { kind: "published" as const, templateId: "higdon-novice" as const, raceDate: "2027-04-11" };
    await caller.templates.save({ choice });
    await expectDigestOfRuns(db(), user.id);
    await caller.templates.save({ choice: { ...choice, templateId: "pfitzinger-18-55" as const } });
    await expectDigestOfRuns(db(), user.id);
  });

  it("recomputes each athlete a single statement touches, and only the digest fields count", async () => {
    const { user: one } = await signedUpCaller(db(), "One");
    const { user: two } = await signedUpCaller(db(), "Two");
    await seedMarathonCalendar(db(), one.id);
    await seedMarathonCalendar(db(), two.id);
    const before = await expectDigestOfRuns(db(), one.id);
    await db()
      .update(runs)
      .set({ distanceKm: sql`${runs.distanceKm} + 1` })
      .where(inArray(runs.athleteId, [one.id, two.id]));
    expect(await expectDigestOfRuns(db(), one.id)).not.toBe(before);
    await expectDigestOfRuns(db(), two.id);

    // A run handed from one athlete to the other changes both calendars.
    await db().execute(
      sql`update runs set athlete_id = ${two.id} where id = (select id from runs where athlete_id = ${one.id} limit 1)`,
    );
    await expectDigestOfRuns(db(), one.id);
    await expectDigestOfRuns(db(), two.id);

    await db()
      .delete(runs)
      .where(inArray(runs.athleteId, [one.id, two.id]));
    expect(await expectDigestOfRuns(db(), one.id)).toBe(EMPTY_CALENDAR_DIGEST);
    expect(await expectDigestOfRuns(db(), two.id)).toBe(EMPTY_CALENDAR_DIGEST);
  });

  it("keeps the last writer's view when two transactions add runs for one athlete at once", async () => {
    const { user } = await signedUpCaller(db(), "Racing writers");
    const row = (date: string) => ({ athleteId: user.id, date, type: "easy" as const, source: "manual" as const });
    let firstInserted!: () => void;
    const inserted = new Promise<void>((resolve) => (firstInserted = resolve));
    const first = db().transaction(async (tx) => {
      await insertRuns(tx, [row("2026-12-01")]);
      firstInserted();
      // Stay open while the second writer reaches its trigger, which must wait for this commit.
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    await inserted;
    const second = db().transaction(async (tx) => {
      await insertRuns(tx, [row("2026-12-02")]);
    });
    await Promise.all([first, second]);
    expect(await listAllRuns(db(), user.id)).toHaveLength(2);
    await expectDigestOfRuns(db(), user.id);
  });

  it("lets an athlete with runs delete their account", async () => {
    const { user } = await signedUpCaller(db(), "Leaver");
    await seedMarathonCalendar(db(), user.id);
    const caller = callerFor(db(), user.id, () => now);
    expect(await caller.account.delete({ password: PASSWORD, confirmation: "DELETE" })).toMatchObject({
      deleted: true,
    });
    expect(await storedDigest(db(), user.id)).toBeUndefined();
    expect(await db().select().from(runs).where(eq(runs.athleteId, user.id))).toEqual([]);
  });
});

describeWithDatabase("re-plan waiting on the coach's list", (db) => {
  it("shows exactly while the runs differ from those the plan was placed on", async () => {
    const { user: coach } = await signedUpCaller(db(), "Coach");
    const { user: athlete } = await signedUpCaller(db(), "Athlete");
    await seedMarathonCalendar(db(), athlete.id);
    const caller = callerFor(db(), athlete.id, () => planned);
    const { planId } = await caller.plans.create({ settings: marathonSettings });
    await activateCoachLink(db(), { athleteId: athlete.id, coachId: coach.id, now: planned });
    expect(await replanWaiting(db(), coach.id, athlete.id)).toBe(false);

    const extra = await caller.runs.create({ date: "2026-12-19", type: "easy", distanceKm: 5 });
    expect(await replanWaiting(db(), coach.id, athlete.id)).toBe(true);
    // Taken away again, the calendar is the one the plan was placed on: nothing waits.
    await caller.runs.delete({ runId: extra.id });
    expect(await replanWaiting(db(), coach.id, athlete.id)).toBe(false);

    const long = (await listAllRuns(db(), athlete.id)).find((run) => run.type === "long");
    if (!long) throw new Error("the marathon calendar has long runs");
    await caller.runs.update({ runId: long.id, title: "Long run with friends" });
    expect(await replanWaiting(db(), coach.id, athlete.id)).toBe(false);
    await caller.runs.update({ runId: long.id, distanceKm: (long.distanceKm ?? 0) + 2 });
    expect(await replanWaiting(db(), coach.id, athlete.id)).toBe(true);

    await callerFor(db(), athlete.id, () => now).plans.replan({ planId, confirm: true });
    expect(await replanWaiting(db(), coach.id, athlete.id)).toBe(false);
  });

  it("never flags an athlete without a plan, with or without runs", async () => {
    const { user: coach } = await signedUpCaller(db(), "Coach");
    const { user: athlete } = await signedUpCaller(db(), "Planless");
    await activateCoachLink(db(), { athleteId: athlete.id, coachId: coach.id, now: planned });
    expect(await replanWaiting(db(), coach.id, athlete.id)).toBe(false);
    await seedMarathonCalendar(db(), athlete.id);
    expect(await replanWaiting(db(), coach.id, athlete.id)).toBe(false);
  });
});

describeWithDatabase("the scale seed's run calendars", (db) => {
  // The seed runs the planner once per distinct calendar (about 20 s on a busy machine), hence the timeout.
  it(
    "stores every athlete's digest through its batched inserts, matching the plans placed on them",
    { timeout: 120_000 },
    async () => {
      expect(await seedScale(db(), now, { athletes: 20, coaches: 1, athletesPerCoach: 20 })).toBe(20);
      const coach = await findUserByEmail(db(), scaleCoachEmail(0));
      if (!coach) throw new Error("the scale seed made no coach");
      const list = await callerFor(db(), coach.id, () => now).coaching.athletes();
      expect(list).toHaveLength(20);
      for (const athlete of list) await expectDigestOfRuns(db(), athlete.athleteId);
      expect(list.filter((athlete) => athlete.attention.some((item) => item.reason === "replan-waiting"))).toEqual([]);
    },
  );
});
