import ICAL from "ical.js";
import { expect, it } from "vitest";
import { linkCoach } from "@/db/queries/coaching";
import type { Database } from "@/db/client";
import { describeWithDatabase } from "@/db/testing";
import { feedCalendar, sessionCalendarFile } from "../../services/feeds";
import { callerFor, signedUpCaller } from "./caller";
import { codeOf } from "./codes";
import { marathonSettings, seedMarathonCalendar } from "./marathon-calendar";

const now = new Date("2026-11-23T09:00:00Z");

async function athleteWithPlan(db: Database) {
  const { user } = await signedUpCaller(db, "Feed Runner");
  const caller = callerFor(db, user.id, () => now);
  await seedMarathonCalendar(db, user.id);
  const { planId } = await caller.plans.create({ settings: marathonSettings });
  return { user, caller, planId };
}

function eventsOf(text: string) {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return root.getAllSubcomponents("vevent").map((component) => ({
    summary: String(component.getFirstPropertyValue("summary")),
    categories: String(component.getFirstPropertyValue("categories")),
    description: String(component.getFirstPropertyValue("description") ?? ""),
    start: String(component.getFirstPropertyValue("dtstart")),
  }));
}

describeWithDatabase("calendar feed", (db) => {
  it("publishes the active plan's sessions with their exercises, and the runs when asked", async () => {
    const { caller, planId } = await athleteWithPlan(db());
    expect(await caller.feeds.get({})).toBeNull();

    const feed = await caller.feeds.create({});
    expect(feed.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(feed.path).toBe(`/api/feed/${feed.token}.ics`);
    expect(feed.includeRuns).toBe(true);
    expect(await caller.feeds.create({})).toMatchObject({ token: feed.token });

    const text = await feedCalendar(db(), feed.token, now);
    expect(text).toMatch(/^BEGIN:VCALENDAR/);
    const events = eventsOf(text!);
    const sessions = events.filter((event) => event.categories === "Strength");
    const overview = await caller.plans.overview({ planId });
    const planned = overview.weeks.flatMap((week) => week.sessions);
    expect(sessions).toHaveLength(planned.length);
    expect(sessions[0]?.summary).toMatch(/^Strength session \((bodyweight|light|moderate|heavy)\)$/);
    expect(sessions[0]?.description).toMatch(/Load: \w+/);
    expect(sessions[0]?.description).toMatch(/1\. .+: \d+ × /);
    expect(events.filter((event) => event.categories === "Run")).toHaveLength(80);

    await caller.feeds.setIncludeRuns({ includeRuns: false });
    expect((await caller.feeds.get({}))?.includeRuns).toBe(false);
    const withoutRuns = eventsOf((await feedCalendar(db(), feed.token, now))!);
    expect(withoutRuns.filter((event) => event.categories === "Run")).toHaveLength(0);
    expect(withoutRuns).toHaveLength(sessions.length);
  });

  it("gives a new secret on regenerate and stops the old one; revoking stops it too", async () => {
    const { caller } = await signedUpCaller(db(), "Regenerator");
    const first = await caller.feeds.create({ includeRuns: false });
    const second = await caller.feeds.regenerate({});
    expect(second.token).not.toBe(first.token);
    expect(second.includeRuns).toBe(false);
    expect(await feedCalendar(db(), first.token, now)).toBeNull();
    // No plan yet: a valid, empty calendar.
    const empty = await feedCalendar(db(), second.token, now);
    expect(eventsOf(empty!)).toEqual([]);

    await caller.feeds.revoke({});
    expect(await feedCalendar(db(), second.token, now)).toBeNull();
    expect(await caller.feeds.get({})).toBeNull();
    expect(await codeOf(caller.feeds.setIncludeRuns({ includeRuns: true }))).toBe("NOT_FOUND");
  });

  it("lets only the athlete and their linked coach see or change the feed", async () => {
    const athlete = await signedUpCaller(db(), "Athlete");
    const coach = await signedUpCaller(db(), "Coach");
    const stranger = await signedUpCaller(db(), "Stranger");
    const feed = await athlete.caller.feeds.create({});
    const athleteId = athlete.user.id;

    expect(await codeOf(stranger.caller.feeds.get({ athleteId }))).toBe("FORBIDDEN");
    expect(await codeOf(stranger.caller.feeds.create({ athleteId }))).toBe("FORBIDDEN");
    expect(await codeOf(stranger.caller.feeds.regenerate({ athleteId }))).toBe("FORBIDDEN");
    expect(await codeOf(stranger.caller.feeds.revoke({ athleteId }))).toBe("FORBIDDEN");
    expect(await codeOf(stranger.caller.feeds.setIncludeRuns({ athleteId, includeRuns: false }))).toBe("FORBIDDEN");
    expect(await codeOf(callerFor(db()).feeds.get({}))).toBe("UNAUTHORIZED");
    expect((await athlete.caller.feeds.get({}))?.token).toBe(feed.token);

    await linkCoach(db(), athleteId, coach.user.id, "active");
    expect((await coach.caller.feeds.get({ athleteId }))?.token).toBe(feed.token);
  });

  it("downloads one session as an .ics file for its athlete, and nothing for a stranger", async () => {
    const { user, planId, caller } = await athleteWithPlan(db());
    const stranger = await signedUpCaller(db(), "Stranger");
    const overview = await caller.plans.overview({ planId });
    const session = overview.weeks[0]!.sessions[0]!;

    const file = await sessionCalendarFile(db(), user.id, session.id, now);
    expect(file.filename).toBe(`strength-session-${session.date}.ics`);
    const events = eventsOf(file.text);
    expect(events).toHaveLength(1);
    expect(events[0]?.start).toBe(session.date);
    expect(events[0]?.description).toMatch(/Load: /);

    await expect(sessionCalendarFile(db(), stranger.user.id, session.id, now)).rejects.toThrow(/not found/);
    await expect(sessionCalendarFile(db(), user.id, "00000000-0000-4000-8000-000000000000", now)).rejects.toThrow(
      /not found/,
    );
  });
});
