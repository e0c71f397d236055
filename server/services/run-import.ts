import type { Database } from "@/db/client";
import { deleteRuns, insertRuns, listImportedRuns, listRunsByImportUid, updateRun, type DateRange } from "@/db/queries/runs";
import { IcsImportError } from "../ics/errors";
import { parseIcs } from "../ics/parse";
import type { ImportResult } from "../ics/types";
import type { ReviewedRun } from "../schemas/runs";
import { resolveAthlete } from "./athletes";
import { ServiceError } from "./errors";
import { planImportMerge, type ImportSummary } from "./run-import-merge";

export interface ImportPreview extends ImportResult {
  /** What confirming every run as shown would change in the stored calendar. */
  changes: ImportSummary;
}

/** Reads an export and shows what it holds and what it would change. Saves nothing. */
export async function previewImport(
  db: Database,
  viewerId: string,
  input: DateRange & { text: string; athleteId?: string },
): Promise<ImportPreview> {
  const athlete = await resolveAthlete(db, viewerId, input.athleteId);
  const parsed = parseOrExplain(input.text, { from: input.from, to: input.to, timeZone: athlete.timeZone });
  const reviewed = [...parsed.runs, ...parsed.review].map((run) => ({ ...run, include: true }));
  const existing = await existingImportedRuns(db, athlete.id, input, reviewed);
  return { ...parsed, changes: planImportMerge(athlete.id, existing, reviewed).summary };
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
    for (const update of merge.updates) await updateRun(tx, update.id, update.changes);
    await insertRuns(tx, merge.inserts);
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

function parseOrExplain(text: string, options: Parameters<typeof parseIcs>[1]): ImportResult {
  try {
    return parseIcs(text, options);
  } catch (error) {
    if (error instanceof IcsImportError) throw new ServiceError("invalid", error.message);
    throw error;
  }
}
