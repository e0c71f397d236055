import type { inferRouterOutputs } from "@trpc/server";
import { RUN_LIMITS } from "@/server/domain/limits";
import type { ReviewedRun } from "@/server/schemas/runs";
import type { AppRouter } from "@/server/trpc/routers";
import type { RunType } from "../run-types";

export type ImportPreview = inferRouterOutputs<AppRouter>["runs"]["previewImport"];
export type ImportSummary = ImportPreview["changes"];

/** One line of the review table: a calendar event the athlete keeps or drops, with its type. */
export interface ReviewRow {
  uid: string;
  date: string;
  title: string;
  type: RunType;
  distanceKm: number | null;
  durationMin: number | null;
  include: boolean;
  /** The classifier was unsure: the row is highlighted until the athlete saves. */
  check: boolean;
}

/** Sure runs and runs to check, in one list by date, every one included to begin with. */
export function rowsFromPreview(preview: ImportPreview): ReviewRow[] {
  const toRow =
    (check: boolean) =>
    (run: ImportPreview["runs"][number]): ReviewRow => ({
      uid: run.uid,
      date: run.date,
      title: run.title ?? "",
      type: run.type,
      distanceKm: run.distanceKm ?? null,
      durationMin: run.durationMin ?? null,
      include: true,
      check,
    });
  return [...preview.runs.map(toRow(false)), ...preview.review.map(toRow(true))].sort((a, b) =>
    a.date === b.date ? (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0) : a.date < b.date ? -1 : 1,
  );
}

/**
 * What the save sends. A calendar may hold things the run calendar cannot (a 300-character
 * title, a two-day "run"): those are trimmed to what a stored run allows, never refused.
 */
export function toReviewedRuns(rows: ReviewRow[]): ReviewedRun[] {
  return rows.map((row) => ({
    uid: row.uid,
    include: row.include,
    date: row.date,
    type: row.type,
    distanceKm: row.distanceKm !== null && row.distanceKm <= RUN_LIMITS.maxKm ? row.distanceKm : null,
    durationMin: row.durationMin !== null && row.durationMin <= RUN_LIMITS.maxMinutes ? row.durationMin : null,
    title: row.title.trim().slice(0, RUN_LIMITS.maxTitle),
  }));
}

/** "12 new, 2 moved, 1 removed" (and what stayed the same), or "no changes". */
export function describeChanges(summary: ImportSummary): string {
  const parts = [
    summary.added > 0 && `${summary.added} new`,
    summary.moved > 0 && `${summary.moved} moved`,
    summary.updated > 0 && `${summary.updated} updated`,
    summary.removed > 0 && `${summary.removed} removed`,
  ].filter((part): part is string => Boolean(part));
  const same = summary.unchanged > 0 ? `${summary.unchanged} unchanged` : "";
  if (parts.length === 0) return same ? `no changes (${same})` : "no changes";
  return same ? `${parts.join(", ")}; ${same}` : parts.join(", ");
}
