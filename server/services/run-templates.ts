import type { Database } from "@/db/client";
import { deleteRunsFromSource, insertRuns, listAllRuns, newRunRow } from "@/db/queries/runs";
import { addDays, daysBetween, startOfWeek } from "../domain/dates";
import { MAX_RANGE_DAYS } from "../domain/limits";
import { roundVolume, weeklyRunVolume, weekStarts } from "../planner/run-volume";
import type { IsoDate, Run } from "../planner/types";
import type { TemplateChoice, TemplateRequest } from "../schemas/run-templates";
import { TEMPLATES, buildOwnWeek, buildTemplate, type TemplateInfo } from "../templates";
import { resolveAthlete } from "./athletes";
import { todayIn } from "./clock";
import { ServiceError } from "./errors";
import { recordChange } from "./history";

/**
 * Run calendars for athletes with nothing to import: a published-style plan or their own week,
 * counted back from the race. Applying one replaces the runs an earlier template stored and
 * leaves imported and hand-added runs alone.
 */

/** How far ahead a race may be: two years, like an import's range. */
const MAX_DAYS_AHEAD = MAX_RANGE_DAYS;
/** The source_uid of runs made by the own-week builder (published plans use their id). */
const OWN_WEEK_SOURCE = "own-week";

export function listTemplates(): readonly TemplateInfo[] {
  return TEMPLATES;
}

export interface TemplateWeek {
  start: IsoDate;
  runs: Run[];
  runKm: number;
  longRunKm: number | null;
  /** Less running than the week before, before the taper: a planned step back. */
  lighter: boolean;
}

export interface TemplatePreview {
  name: string;
  raceDate: IsoDate;
  firstDate: IsoDate;
  runCount: number;
  weeks: TemplateWeek[];
  /** Runs an earlier template stored: applying replaces them. */
  replaces: number;
  /** Imported or hand-added runs in the same dates: they stay, beside the new ones. */
  keeps: number;
}

function nameOf(choice: TemplateChoice): string {
  if (choice.kind === "own-week") return "Your own week";
  return TEMPLATES.find((template) => template.id === choice.templateId)?.name ?? choice.templateId;
}

function generate(choice: TemplateChoice, today: IsoDate): Run[] {
  if (choice.raceDate <= today) throw new ServiceError("invalid", "Choose a race date after today.");
  if (choice.raceDate > addDays(today, MAX_DAYS_AHEAD))
    throw new ServiceError("invalid", "Choose a race date within the next two years.");
  try {
    return choice.kind === "published"
      ? buildTemplate(choice.templateId, choice.raceDate)
      : buildOwnWeek({ raceDate: choice.raceDate, ...choice.week });
  } catch (error) {
    if (error instanceof RangeError) throw new ServiceError("invalid", `That plan cannot be built: ${error.message}.`);
    throw error;
  }
}

/** The runs in calendar weeks from the athlete's week start, with volume and long run per week. */
export function groupIntoWeeks(runs: Run[], weekStartsOn: 0 | 1): TemplateWeek[] {
  if (runs.length === 0) return [];
  const first = startOfWeek(runs[0]!.date, weekStartsOn);
  const count = Math.floor(daysBetween(first, startOfWeek(runs[runs.length - 1]!.date, weekStartsOn)) / 7) + 1;
  const volume = weeklyRunVolume(runs, first, count);
  return weekStarts(first, count).map((start, w) => ({
    start,
    runs: runs.filter((run) => run.date >= start && run.date < addDays(start, 7)),
    runKm: roundVolume(volume.volumeKm[w] ?? 0),
    longRunKm: volume.longestKm[w] ? roundVolume(volume.longestKm[w]) : null,
    lighter: volume.stepBack[w] ?? false,
  }));
}

/** What applying the choice would store, week by week. Saves nothing. */
export async function previewRunTemplate(
  db: Database,
  viewerId: string,
  input: TemplateRequest,
  now: Date,
): Promise<TemplatePreview> {
  const athlete = await resolveAthlete(db, viewerId, input.athleteId);
  const runs = generate(input.choice, todayIn(athlete.timeZone, now));
  const firstDate = runs[0]?.date ?? input.choice.raceDate;
  const stored = await listAllRuns(db, athlete.id);
  return {
    name: nameOf(input.choice),
    raceDate: input.choice.raceDate,
    firstDate,
    runCount: runs.length,
    weeks: groupIntoWeeks(runs, athlete.weekStart === "sunday" ? 0 : 1),
    replaces: stored.filter((run) => run.source === "template").length,
    keeps: stored.filter(
      (run) => run.source !== "template" && run.date >= firstDate && run.date <= input.choice.raceDate,
    ).length,
  };
}

export interface AppliedTemplate {
  added: number;
  removed: number;
  firstDate: IsoDate;
  raceDate: IsoDate;
}

/**
 * Stores the choice's runs with source "template" in one transaction: the runs of any earlier
 * template go, imported and hand-added runs stay. Either all of it lands or none does.
 */
export async function applyRunTemplate(
  db: Database,
  viewerId: string,
  input: TemplateRequest,
  now: Date,
): Promise<AppliedTemplate> {
  const athlete = await resolveAthlete(db, viewerId, input.athleteId);
  const runs = generate(input.choice, todayIn(athlete.timeZone, now));
  const sourceUid = input.choice.kind === "published" ? input.choice.templateId : OWN_WEEK_SOURCE;
  return db.transaction(async (tx) => {
    const removed = await deleteRunsFromSource(tx, athlete.id, "template");
    const added = await insertRuns(
      tx,
      runs.map((run) => newRunRow({ athleteId: athlete.id, source: "template", sourceUid }, run)),
    );
    await recordChange(tx, {
      athleteId: athlete.id,
      actorId: viewerId,
      entity: "run",
      entityId: null,
      action: "run-template-applied",
      after: { name: nameOf(input.choice), added: added.length, removed, raceDate: input.choice.raceDate },
    });
    return {
      added: added.length,
      removed,
      firstDate: runs[0]?.date ?? input.choice.raceDate,
      raceDate: input.choice.raceDate,
    };
  });
}
