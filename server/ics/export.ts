import ICAL from "ical.js";
import { addDays, isIsoDate } from "../domain/dates";
import type { IsoDate, Load, PlannedSession, Run } from "../planner/types";
import type { Component } from "./ical-adapter";
import { formatDose } from "../domain/dose";

/**
 * Writes the athlete's plan as iCalendar: a subscribable feed of strength sessions (and, if
 * wanted, the runs they were planned around) and a one-session download. Built with ical.js
 * components so escaping (commas, semicolons, newlines) and line folding follow RFC 5545.
 *
 * Everything is an all-day event: a session belongs to a day, not a time slot, and all-day
 * events never shift date when the calendar app sits in another zone. Nothing here reads the
 * clock: DTSTAMP is the `generatedAt` the caller passes.
 */

export interface FeedExercise {
  name: string;
  sets: number;
  reps?: number;
  seconds?: number;
  metres?: number;
  perSide: boolean;
  /** "bodyweight", "light band", "RPE 7 (about 70% 1RM)"... */
  intensity?: string;
}

export interface FeedSession {
  /** Stable across regenerations: the event UID is `${id}@${uidDomain}`. */
  id: string;
  date: IsoDate;
  title: string;
  load: Load;
  focus?: string;
  exercises: FeedExercise[];
  notes?: string[];
}

export type FeedRun = Run & { uid: string };

export interface FeedOptions {
  calendarName: string;
  sessions: FeedSession[];
  runs?: FeedRun[];
  /** The athlete's IANA zone, announced as X-WR-TIMEZONE (all events are all-day). */
  timeZone: string;
  generatedAt: Date;
  uidDomain?: string;
}

export interface SessionDownloadOptions {
  session: FeedSession;
  timeZone: string;
  generatedAt: Date;
  uidDomain?: string;
}

const PRODUCT_ID = "-//Groundwork//Strength plan for runners//EN";
const DEFAULT_UID_DOMAIN = "groundwork.app";
/** How often subscribed clients should poll the feed (Google ignores it, Apple honours it). */
const REFRESH = "PT12H";

const RUN_NAMES: Record<Run["type"], string> = {
  easy: "Easy run",
  recovery: "Recovery run",
  long: "Long run",
  tempo: "Tempo run",
  intervals: "Intervals",
  hills: "Hill repeats",
  race: "Race",
  cross: "Cross-training",
  rest: "Rest day",
};

/** "Nordic curl: 3 × 8 each side (RPE 7)": the dose worded as on the session page. */
export function describeExercise(exercise: FeedExercise): string {
  const intensity = exercise.intensity ? ` (${exercise.intensity})` : "";
  return `${exercise.name}: ${formatDose(exercise)}${intensity}`;
}

export function describeSession(session: FeedSession): string {
  const head = [`Load: ${session.load}`, ...(session.focus ? [`Focus: ${session.focus}`] : [])];
  const exercises = session.exercises.map((exercise, i) => `${i + 1}. ${describeExercise(exercise)}`);
  return [...head, "", ...exercises, ...(session.notes?.length ? ["", ...session.notes] : [])].join("\n");
}

/** The planner's session as a feed entry; the caller knows the exercises' display names. */
export function toFeedSession(
  planned: PlannedSession,
  naming: { id: string; title: string; exerciseName: (exerciseId: string) => string },
): FeedSession {
  return {
    id: naming.id,
    date: planned.date,
    title: naming.title,
    load: planned.load,
    focus: planned.focus,
    exercises: planned.exercises.map(({ exerciseId, sets, reps, seconds, metres, perSide, intensity }) => ({
      name: naming.exerciseName(exerciseId),
      sets,
      perSide,
      intensity,
      ...(reps !== undefined && { reps }),
      ...(seconds !== undefined && { seconds }),
      ...(metres !== undefined && { metres }),
    })),
  };
}

function runTitle(run: Run): string {
  if (run.title) return run.title;
  const km = run.distanceKm !== undefined ? ` ${run.distanceKm} km` : "";
  const min = run.distanceKm === undefined && run.durationMin !== undefined ? ` ${run.durationMin} min` : "";
  return `${RUN_NAMES[run.type]}${km}${min}`;
}

function allDay(date: IsoDate): InstanceType<typeof ICAL.Time> {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return ICAL.Time.fromDateString(date);
}

function allDayEvent(fields: {
  uid: string;
  date: IsoDate;
  summary: string;
  description?: string;
  category: string;
  stamp: Date;
}): Component {
  const event = new ICAL.Component("vevent");
  event.addPropertyWithValue("uid", fields.uid);
  event.addPropertyWithValue("dtstamp", ICAL.Time.fromJSDate(fields.stamp, true));
  event.addPropertyWithValue("dtstart", allDay(fields.date));
  event.addPropertyWithValue("dtend", allDay(addDays(fields.date, 1)));
  event.addPropertyWithValue("summary", fields.summary);
  if (fields.description) event.addPropertyWithValue("description", fields.description);
  event.addPropertyWithValue("categories", fields.category);
  // All-day training should not block the day in free/busy lookups.
  event.addPropertyWithValue("transp", "TRANSPARENT");
  return event;
}

function sessionEvent(session: FeedSession, stamp: Date, domain: string): Component {
  return allDayEvent({
    uid: `${session.id}@${domain}`,
    date: session.date,
    summary: session.title,
    description: describeSession(session),
    category: "Strength",
    stamp,
  });
}

function runEvent(run: FeedRun, stamp: Date, domain: string): Component {
  const parts = [
    run.distanceKm !== undefined ? `Distance: ${run.distanceKm} km` : "",
    run.durationMin !== undefined ? `Duration: ${run.durationMin} min` : "",
  ].filter(Boolean);
  return allDayEvent({
    // Prefixed so a re-published run never collides with the event it was imported from.
    uid: `run-${run.uid}@${domain}`,
    date: run.date,
    summary: runTitle(run),
    ...(parts.length > 0 && { description: parts.join("\n") }),
    category: "Run",
    stamp,
  });
}

function calendarShell(name: string | undefined, timeZone: string): Component {
  const calendar = new ICAL.Component("vcalendar");
  calendar.addPropertyWithValue("prodid", PRODUCT_ID);
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  calendar.addPropertyWithValue("method", "PUBLISH");
  if (name !== undefined) {
    calendar.addPropertyWithValue("x-wr-calname", name);
    calendar.addPropertyWithValue("name", name);
    // ical.js writes the VALUE=DURATION parameter itself for a Duration value.
    calendar.addPropertyWithValue("refresh-interval", ICAL.Duration.fromString(REFRESH));
    calendar.addPropertyWithValue("x-published-ttl", REFRESH);
  }
  calendar.addPropertyWithValue("x-wr-timezone", timeZone);
  return calendar;
}

function byDate<T extends { date: IsoDate }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The subscribable feed: sessions, then runs, each in date order so output is reproducible. */
export function buildFeed(options: FeedOptions): string {
  const domain = options.uidDomain ?? DEFAULT_UID_DOMAIN;
  const calendar = calendarShell(options.calendarName, options.timeZone);
  for (const session of byDate(options.sessions))
    calendar.addSubcomponent(sessionEvent(session, options.generatedAt, domain));
  for (const run of byDate(options.runs ?? [])) calendar.addSubcomponent(runEvent(run, options.generatedAt, domain));
  return `${calendar.toString()}\r\n`;
}

/** One session as a file to open in a calendar app; same UID as in the feed. */
export function buildSessionIcs(options: SessionDownloadOptions): string {
  const calendar = calendarShell(undefined, options.timeZone);
  calendar.addSubcomponent(sessionEvent(options.session, options.generatedAt, options.uidDomain ?? DEFAULT_UID_DOMAIN));
  return `${calendar.toString()}\r\n`;
}
