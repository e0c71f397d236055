import { randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import { deleteFeed, findFeedByAthlete, findFeedByToken, setFeedIncludesRuns, upsertFeed } from "@/db/queries/feeds";
import {
  findActivePlan,
  findPlan,
  findSession,
  listSessionsOfPlan,
  type SessionWithExercises,
} from "@/db/queries/plans";
import { listRunsInRange } from "@/db/queries/runs";
import { findUserProfile } from "@/db/queries/users";
import type { CalendarFeedRow, RunRow } from "@/db/schema";
import { buildFeed, buildSessionIcs, type FeedRun, type FeedSession } from "../ics/export";
import { exerciseById } from "../planner";
import { addDays } from "../domain/dates";
import { MAX_RANGE_DAYS } from "../domain/limits";
import { canAccessAthlete } from "./access";
import { resolveAthlete } from "./athletes";
import { noteFeedAddressSeen } from "./coaching/feed-access";
import { todayIn } from "./clock";
import { notFound } from "./errors";
import type { CreateFeedInput, FeedIncludesRunsInput } from "../schemas/feeds";

/**
 * The athlete's calendar feed: a secret URL a calendar app polls. The token is the only
 * credential, so it is 32 random bytes; regenerating replaces it and revoking deletes it, and
 * either way the old URL answers 404 at once.
 */

/** How a checked-off session reads in a calendar app. */
const CHECK_OFF_NOTES = { done: "Done.", partial: "Partly done.", skipped: "Skipped." } as const;

export interface FeedView {
  token: string;
  /** Relative to the site; the page adds its own origin. */
  path: string;
  includeRuns: boolean;
  createdAt: Date;
}

/** Runs published in the feed: a season back and two years ahead of today. */
const RUNS_BACK_DAYS = 183;
const RUNS_AHEAD_DAYS = MAX_RANGE_DAYS;

export function newFeedToken(): string {
  return randomBytes(32).toString("base64url");
}

export function feedPath(token: string): string {
  return `/api/feed/${token}.ics`;
}

function toFeedView(feed: CalendarFeedRow): FeedView {
  return { token: feed.token, path: feedPath(feed.token), includeRuns: feed.includeRuns, createdAt: feed.createdAt };
}

export async function getFeed(db: Database, viewerId: string, athleteId?: string): Promise<FeedView | null> {
  const athlete = await resolveAthlete(db, viewerId, athleteId);
  const feed = await findFeedByAthlete(db, athlete.id);
  if (feed) await noteFeedAddressSeen(db, viewerId, athlete.id);
  return feed ? toFeedView(feed) : null;
}

/** Makes the athlete's feed if there is none; an existing feed is returned as it is. */
export async function createFeed(db: Database, viewerId: string, input: CreateFeedInput): Promise<FeedView> {
  const athlete = await resolveAthlete(db, viewerId, input.athleteId);
  const existing = await findFeedByAthlete(db, athlete.id);
  await noteFeedAddressSeen(db, viewerId, athlete.id);
  if (existing) return toFeedView(existing);
  return toFeedView(await upsertFeed(db, athlete.id, newFeedToken(), input.includeRuns ?? true));
}

/** A new secret URL (creating the feed if needed); the old one stops working. */
export async function regenerateFeed(db: Database, viewerId: string, athleteId?: string): Promise<FeedView> {
  const athlete = await resolveAthlete(db, viewerId, athleteId);
  const existing = await findFeedByAthlete(db, athlete.id);
  await noteFeedAddressSeen(db, viewerId, athlete.id);
  return toFeedView(await upsertFeed(db, athlete.id, newFeedToken(), existing?.includeRuns ?? true));
}

export async function revokeFeed(db: Database, viewerId: string, athleteId?: string): Promise<void> {
  const athlete = await resolveAthlete(db, viewerId, athleteId);
  await deleteFeed(db, athlete.id);
}

export async function setFeedRuns(db: Database, viewerId: string, input: FeedIncludesRunsInput): Promise<FeedView> {
  const athlete = await resolveAthlete(db, viewerId, input.athleteId);
  const feed = await setFeedIncludesRuns(db, athlete.id, input.includeRuns);
  if (!feed) throw notFound("Your calendar feed");
  await noteFeedAddressSeen(db, viewerId, athlete.id);
  return toFeedView(feed);
}

function sessionTitle(session: SessionWithExercises): string {
  return `Strength session (${session.load})`;
}

function toFeedSession(session: SessionWithExercises): FeedSession {
  return {
    id: session.id,
    date: session.date,
    title: sessionTitle(session),
    load: session.load,
    focus: session.focus,
    exercises: session.exercises.map((row) => ({
      name: exerciseById(row.exerciseId)?.name ?? row.exerciseId,
      sets: row.sets,
      perSide: row.perSide,
      intensity: row.intensity,
      ...(row.reps !== null && { reps: row.reps }),
      ...(row.seconds !== null && { seconds: row.seconds }),
      ...(row.metres !== null && { metres: row.metres }),
    })),
    ...(session.status !== "planned" && { notes: [CHECK_OFF_NOTES[session.status]] }),
  };
}

function toFeedRun(run: RunRow): FeedRun {
  return {
    uid: run.id,
    date: run.date,
    type: run.type,
    ...(run.distanceKm !== null && { distanceKm: run.distanceKm }),
    ...(run.durationMin !== null && { durationMin: run.durationMin }),
    ...(run.title && { title: run.title }),
  };
}

/**
 * The feed's text for a token, or null when no feed has that token (never made, regenerated
 * away, or revoked). The token is the credential: no session is needed.
 */
export async function feedCalendar(db: Database, token: string, now: Date): Promise<string | null> {
  const feed = await findFeedByToken(db, token);
  if (!feed) return null;
  const athlete = await findUserProfile(db, feed.athleteId);
  if (!athlete) return null;
  const plan = await findActivePlan(db, athlete.id);
  const sessions = plan ? await listSessionsOfPlan(db, plan.id) : [];
  const today = todayIn(athlete.timeZone, now);
  const runs = feed.includeRuns
    ? await listRunsInRange(db, athlete.id, {
        from: addDays(today, -RUNS_BACK_DAYS),
        to: addDays(today, RUNS_AHEAD_DAYS),
      })
    : [];
  return buildFeed({
    calendarName: `Groundwork: ${athlete.name}`,
    sessions: sessions.map(toFeedSession),
    ...(feed.includeRuns && { runs: runs.map(toFeedRun) }),
    timeZone: athlete.timeZone,
    generatedAt: now,
  });
}

/** One session as an .ics file, for the athlete or their coach; anyone else learns nothing. */
export async function sessionCalendarFile(
  db: Database,
  viewerId: string,
  sessionId: string,
  now: Date,
): Promise<{ filename: string; text: string }> {
  const session = await findSession(db, sessionId);
  const plan = session ? await findPlan(db, session.planId) : undefined;
  if (!session || !plan || !(await canAccessAthlete(db, viewerId, plan.athleteId))) throw notFound("That session");
  const athlete = await findUserProfile(db, plan.athleteId);
  const text = buildSessionIcs({
    session: toFeedSession(session),
    timeZone: athlete?.timeZone ?? "UTC",
    generatedAt: now,
  });
  return { filename: `strength-session-${session.date}.ics`, text };
}
