import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { activateCoachLink } from "@/db/queries/coach-links";
import { adherenceSnapshots, planSessions } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { callerFor, signedUpCaller } from "./caller";
import { athleteWithPlan, SUNDAY_WEEK_2, tap, WEEK_1, WEEK_2 } from "./checkoff-fixtures";

const DAY = 86_400_000;

/**
 * The coach's list reads adherence from snapshots (db/queries/athlete-list.ts). Whatever changes
 * after a snapshot was made, and whoever writes it, the next list shows the athlete's own live
 * figures, never the snapshot's.
 */
describeWithDatabase("the coach's list after a change", (db) => {
  it("shows the athlete's own figures after every kind of change, never a stale snapshot", async () => {
    let clock = SUNDAY_WEEK_2;
    const { user: coach } = await signedUpCaller(db(), "Snapshot Coach");
    const { user, weekOf } = await athleteWithPlan(db);
    await activateCoachLink(db(), { athleteId: user.id, coachId: coach.id, now: clock });
    const asAthlete = callerFor(db(), user.id, () => clock);
    const asCoach = callerFor(db(), coach.id, () => clock);
    const { sessions, runs } = await weekOf(WEEK_2);
    const [ticked, partial] = sessions;
    const [optional] = (await weekOf(WEEK_1)).sessions;
    const exercise = (await asAthlete.plans.session({ sessionId: partial!.id })).exercises[0]!;

    /** The coach's figures, checked against the athlete's own read model; a key to tell a change. */
    const figures = async () => {
      const [row] = await asCoach.coaching.athletes();
      const own = await asAthlete.adherence.recent({});
      expect(row?.last7).toEqual(own.last7.combined);
      expect(row?.last30).toEqual(own.last30.combined);
      return JSON.stringify([row?.thisWeek, row?.last7, row?.last30, row?.attention, row?.nextRace, row?.lastActivity]);
    };

    const changes: [string, () => Promise<unknown>][] = [
      [
        "a session ticked done",
        () => asAthlete.sessions.checkOff({ sessionId: ticked!.id, status: "done", ...tap(0, clock) }),
      ],
      [
        "a session partly done",
        () => asAthlete.sessions.checkOff({ sessionId: partial!.id, status: "partial", ...tap(0, clock) }),
      ],
      [
        "a set logged",
        () =>
          asAthlete.sessions.log({
            sessionId: partial!.id,
            sets: [{ exerciseId: exercise.exerciseId, set: 1, reps: 8 }],
            ...tap(0, clock),
          }),
      ],
      // Written past the app, as psql would: the triggers see every writer.
      [
        "more sets prescribed",
        () => db().execute(sql`update session_exercises set sets = sets + 3 where session_id = ${partial!.id}`),
      ],
      [
        "a session made an optional travel one",
        () => db().update(planSessions).set({ optional: true }).where(eq(planSessions.id, optional!.id)),
      ],
      ["a run ticked done", () => asAthlete.runs.checkOff({ runId: runs[0]!.id, status: "done", ...tap(0, clock) })],
      ["a run deleted", () => asAthlete.runs.delete({ runId: runs[1]!.id })],
      [
        "a tune-up race added",
        () => asAthlete.runs.create({ date: "2027-01-10", type: "race", distanceKm: 21.1, title: "Half" }),
      ],
      ["the next day", async () => (clock = new Date(clock.getTime() + DAY))],
      [
        "the week now starts on Sunday",
        () => asAthlete.profile.update({ name: "Ticker", timeZone: "Europe/Berlin", units: "km", weekStart: "sunday" }),
      ],
    ];
    let before = await figures();
    for (const [what, change] of changes) {
      await change();
      const after = await figures();
      expect(after, what).not.toBe(before);
      before = after;
    }
    // Seen again without a change, the list reads the snapshot it saved, and it is the same.
    const [snapshot] = await db().select().from(adherenceSnapshots).where(eq(adherenceSnapshots.athleteId, user.id));
    expect(snapshot).toMatchObject({ today: "2026-12-07", nextRace: "2027-01-10" });
    expect(await figures()).toBe(before);
    // A snapshot of an older make of summary is counted again, never read.
    await db()
      .update(adherenceSnapshots)
      .set({ format: 0, summary: "{}" })
      .where(eq(adherenceSnapshots.athleteId, user.id));
    expect(await figures()).toBe(before);
  });

  it("keeps one snapshot per athlete when many lists are seen at once", async () => {
    const { user: coach } = await signedUpCaller(db(), "Busy Coach");
    const { user } = await athleteWithPlan(db);
    await activateCoachLink(db(), { athleteId: user.id, coachId: coach.id, now: SUNDAY_WEEK_2 });
    const asCoach = callerFor(db(), coach.id, () => SUNDAY_WEEK_2);
    const lists = await Promise.all(Array.from({ length: 8 }, () => asCoach.coaching.athletes()));
    expect(new Set(lists.map((list) => JSON.stringify(list))).size).toBe(1);
    const rows = await db().select().from(adherenceSnapshots).where(eq(adherenceSnapshots.athleteId, user.id));
    expect(rows).toHaveLength(1);
  });
});
