import type { Database } from "@/db/client";
import {
  deleteRuns,
  insertRuns,
  listImportedRuns,
  listRunsByImportUid,
  rewriteRuns,
  type DateRange,
} from "@/db/queries/runs";
import type { RunRow } from "@/db/schema";
import { ICS_TOO_LARGE, MAX_ICS_BYTES } from "../domain/limits";
import { decodeCalendarBytes } from "../ics/decode";
import { IcsImportError } from "../ics/errors";
import { parseIcs } from "../ics/parse";
import type { ImportedRun, ImportResult } from "../ics/types";
import type { ReviewedRun } from "../schemas/runs";
import { resolveAthlete } from "./athletes";
import { ServiceError } from "./errors";
import { recordChange } from "./history";
import { planImportMerge, type ImportSummary } from "./run-import-merge";

export interface ImportPreview extends ImportResult {
  /** What confirming every run as shown would change in the stored calendar. */
  changes: ImportSummary;
}

/** Reads an export and shows what it holds and what it would change. Saves nothing. */
export async function previewImport(
  db: Database,
  viewerId: string,
  input: DateRange & { text?: string; file?: string; athleteId?: string },
): Promise<ImportPreview> {
  const athlete = await resolveAthlete(db, viewerId, input.athleteId);
  const read = parseOrExplain(calendarText(input), { from: input.from, to: input.to, timeZone: athlete.timeZone });
  const existing = await existingImportedRuns(db, athlete.id, input, [...read.runs, ...read.review]);
  const parsed = keepConfirmedTypes(read, existing);
  const reviewed = [...parsed.runs, ...parsed.review].map((run) => ({ ...run, include: true }));
  return { ...parsed, changes: planImportMerge(athlete.id, existing, reviewed).summary };
}

/**
 * A run imported before keeps the type the athlete gave it (in review or in the calendar) while
 * its event's title is unchanged: re-importing an export must not undo their corrections, nor
 * ask the same question twice.
 */
export function keepConfirmedTypes(parsed: ImportResult, existing: RunRow[]): ImportResult {
  const stored = new Map(existing.map((run) => [run.sourceUid, run]));
  const confirmed = (run: ImportedRun) => {
    const before = stored.get(run.uid);
    return before && !before.needsReview && before.title === (run.title ?? "") ? before : undefined;
  };
  const runs: ImportedRun[] = [];
  const review: ImportedRun[] = [];
  for (const run of [...parsed.runs, ...parsed.review]) {
    const before = confirmed(run);
    if (before) runs.push({ ...run, type: before.type, confidence: "sure" });
    else (run.confidence === "sure" ? runs : review).push(run);
  }
  const byDate = (a: ImportedRun, b: ImportedRun) =>
    a.date === b.date ? (a.uid < b.uid ? -1 : 1) : a.date < b.date ? -1 : 1;
  return { ...parsed, runs: runs.sort(byDate), review: review.sort(byDate) };
}

/**
 * Saves the reviewed runs of an import in one transaction, merged by event UID into what an
 * earlier import of the same calendar stored. Either every change lands or none does.
 */
export async function commitImport(
  db: Database,
  viewerId: string,
  input: DateRange & { runs: ReviewedRun[]; athleteId?: string },
): Promise<ImportSummary> {
  const athlete = await resolveAthlete(db, viewerId, input.athleteId);
  return db.transaction(async (tx) => {
    const existing = await existingImportedRuns(tx, athlete.id, input, input.runs);
    const merge = planImportMerge(athlete.id, existing, input.runs);
    await deleteRuns(tx, merge.deletes);
    await rewriteRuns(tx, merge.updates);
    await insertRuns(tx, merge.inserts);
    await recordChange(tx, {
      athleteId: athlete.id,
      actorId: viewerId,
      entity: "run",
      entityId: null,
      action: "runs-imported",
      after: { ...merge.summary, from: input.from, to: input.to },
    });
    return merge.summary;
  });
}

async function existingImportedRuns(db: Database, athleteId: string, range: DateRange, incoming: { uid: string }[]) {
  const inRange = await listImportedRuns(db, athleteId, range);
  const moved = await listRunsByImportUid(
    db,
    athleteId,
    incoming.map((run) => run.uid),
  );
  const byId = new Map([...inRange, ...moved].map((run) => [run.id, run]));
  return [...byId.values()];
}

/**
 * The calendar's text: pasted text as it is, a file's bytes decoded here (UTF-8, UTF-8 with a
 * byte-order mark, UTF-16 from Windows tools), never guessed by the browser.
 */
function calendarText(input: { text?: string; file?: string }): string {
  if (input.file === undefined) return input.text ?? "";
  const bytes = Buffer.from(input.file, "base64");
  if (bytes.length > MAX_ICS_BYTES) throw new ServiceError("invalid", ICS_TOO_LARGE);
  return decodeCalendarBytes(bytes);
}

function parseOrExplain(text: string, options: Parameters<typeof parseIcs>[1]): ImportResult {
  try {
    return parseIcs(text, options);
  } catch (error) {
    if (error instanceof IcsImportError) throw new ServiceError("invalid", error.message);
    throw error;
  }
}
