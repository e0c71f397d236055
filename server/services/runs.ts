import type { Database } from "@/db/client";
import {
  deleteRuns,
  findRun,
  insertRuns,
  listRunsInRange,
  newRunRow,
  updateRun,
  type DateRange,
} from "@/db/queries/runs";
import type { RunRow } from "@/db/schema";
import type { z } from "zod";
import type { createRunSchema, updateRunSchema } from "../schemas/runs";
import { canAccessAthlete } from "./access";
import { resolveAthlete } from "./athletes";
import { notFound } from "./errors";
import { recordChange } from "./history";

export type RunView = Pick<
  RunRow,
  "id" | "date" | "type" | "distanceKm" | "durationMin" | "title" | "source" | "needsReview"
>;

export function toRunView(run: RunRow): RunView {
  const { id, date, type, distanceKm, durationMin, title, source, needsReview } = run;
  return { id, date, type, distanceKm, durationMin, title, source, needsReview };
}

export async function listRuns(
  db: Database,
  viewerId: string,
  input: DateRange & { athleteId?: string },
): Promise<RunView[]> {
  const athlete = await resolveAthlete(db, viewerId, input.athleteId);
  return (await listRunsInRange(db, athlete.id, input)).map(toRunView);
}

export async function createRun(
  db: Database,
  viewerId: string,
  input: z.infer<typeof createRunSchema>,
): Promise<RunView> {
  const athlete = await resolveAthlete(db, viewerId, input.athleteId);
  const run = await db.transaction(async (tx) => {
    const [inserted] = await insertRuns(tx, [newRunRow({ athleteId: athlete.id, source: "manual" }, input)]);
    if (!inserted) throw new Error("insert returned no run");
    await recordChange(tx, { ...runChange(viewerId, inserted, "run-added"), after: runFacts(inserted) });
    return inserted;
  });
  return toRunView(run);
}

/** A run the caller may change, or NOT_FOUND: strangers cannot even learn that it exists. */
async function accessibleRun(db: Database, viewerId: string, runId: string): Promise<RunRow> {
  const run = await findRun(db, runId);
  if (!run || !(await canAccessAthlete(db, viewerId, run.athleteId))) throw notFound("That run");
  return run;
}

export async function editRun(
  db: Database,
  viewerId: string,
  input: z.infer<typeof updateRunSchema>,
): Promise<RunView> {
  const before = await accessibleRun(db, viewerId, input.runId);
  const { runId, ...changes } = input;
  const updated = await db.transaction(async (tx) => {
    // Editing a run is the athlete confirming it, so it no longer needs review.
    const row = await updateRun(tx, runId, { ...changes, needsReview: false });
    if (!row) throw notFound("That run");
    await recordChange(tx, {
      ...runChange(viewerId, row, "run-changed"),
      before: runFacts(before),
      after: runFacts(row),
    });
    return row;
  });
  return toRunView(updated);
}

export async function removeRun(db: Database, viewerId: string, runId: string): Promise<void> {
  const run = await accessibleRun(db, viewerId, runId);
  await db.transaction(async (tx) => {
    await deleteRuns(tx, [runId]);
    await recordChange(tx, { ...runChange(viewerId, run, "run-deleted"), before: runFacts(run) });
  });
}

function runChange(actorId: string, run: RunRow, action: "run-added" | "run-changed" | "run-deleted") {
  return { athleteId: run.athleteId, actorId, entity: "run" as const, entityId: run.id, action };
}

/** What a history entry keeps of a run: enough to say what changed, nothing more. */
function runFacts(run: RunRow) {
  return { date: run.date, type: run.type, distanceKm: run.distanceKm, durationMin: run.durationMin, title: run.title };
}
