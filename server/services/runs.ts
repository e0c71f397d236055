import type { Database } from "@/db/client";
import { deleteRuns, findRun, insertRuns, listRunsInRange, updateRun, type DateRange } from "@/db/queries/runs";
import type { RunRow } from "@/db/schema";
import type { z } from "zod";
import type { createRunSchema, updateRunSchema } from "../schemas/runs";
import { canAccessAthlete } from "./access";
import { resolveAthlete } from "./athletes";
import { notFound } from "./errors";

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
  const [run] = await insertRuns(db, [
    {
      athleteId: athlete.id,
      source: "manual",
      date: input.date,
      type: input.type,
      distanceKm: input.distanceKm ?? null,
      durationMin: input.durationMin ?? null,
      title: input.title ?? "",
    },
  ]);
  if (!run) throw new Error("insert returned no run");
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
  await accessibleRun(db, viewerId, input.runId);
  const { runId, ...changes } = input;
  // Editing a run is the athlete confirming it, so it no longer needs review.
  const updated = await updateRun(db, runId, { ...changes, needsReview: false });
  if (!updated) throw notFound("That run");
  return toRunView(updated);
}

export async function removeRun(db: Database, viewerId: string, runId: string): Promise<void> {
  await accessibleRun(db, viewerId, runId);
  await deleteRuns(db, [runId]);
}
