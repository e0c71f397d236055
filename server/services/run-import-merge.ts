import type { NewRunRow, RunRow } from "@/db/schema";
import type { ReviewedRun } from "../schemas/runs";

/**
 * How a re-import of a calendar export changes the stored run calendar. Runs are matched by
 * the event UID: a UID seen before is the same run (moved if its date changed, updated if its
 * details did), a new UID is a new run, and an imported run in the range whose UID is gone
 * (deleted in the calendar app, or unticked in review) is removed.
 */
export interface ImportMergePlan {
  inserts: NewRunRow[];
  /** The runs to rewrite, each with its full set of imported fields (written in one statement). */
  updates: ({ id: string } & ImportedRunFields)[];
  deletes: string[];
  summary: ImportSummary;
}

export interface ImportSummary {
  added: number;
  moved: number;
  updated: number;
  removed: number;
  unchanged: number;
}

export function planImportMerge(athleteId: string, existing: RunRow[], reviewed: ReviewedRun[]): ImportMergePlan {
  const byUid = new Map(existing.map((run) => [run.sourceUid ?? "", run]));
  const keptUids = new Set<string>();
  const plan: ImportMergePlan = {
    inserts: [],
    updates: [],
    deletes: [],
    summary: { added: 0, moved: 0, updated: 0, removed: 0, unchanged: 0 },
  };

  for (const run of reviewed) {
    if (!run.include) continue;
    keptUids.add(run.uid);
    const stored = byUid.get(run.uid);
    const fields = storedFields(run);
    if (!stored) {
      plan.inserts.push({ athleteId, source: "import", sourceUid: run.uid, ...fields });
      plan.summary.added += 1;
      continue;
    }
    const changes = changedFields(stored, fields);
    if (Object.keys(changes).length === 0) {
      plan.summary.unchanged += 1;
    } else {
      plan.updates.push({ id: stored.id, ...fields });
      if (changes.date !== undefined) plan.summary.moved += 1;
      else plan.summary.updated += 1;
    }
  }

  for (const run of existing) {
    if (!keptUids.has(run.sourceUid ?? "")) {
      plan.deletes.push(run.id);
      plan.summary.removed += 1;
    }
  }
  return plan;
}

type StoredFields = Pick<NewRunRow, "date" | "type" | "distanceKm" | "durationMin" | "title" | "needsReview">;
export type ImportedRunFields = Required<StoredFields>;

function storedFields(run: ReviewedRun): ImportedRunFields {
  return {
    date: run.date,
    type: run.type,
    distanceKm: run.distanceKm ?? null,
    durationMin: run.durationMin ?? null,
    title: run.title ?? "",
    // The athlete has looked at every row in review before confirming.
    needsReview: false,
  };
}

function changedFields(stored: RunRow, next: ImportedRunFields): Partial<StoredFields> {
  const changes: Partial<StoredFields> = {};
  for (const key of Object.keys(next) as (keyof StoredFields)[]) {
    if (stored[key] !== next[key]) Object.assign(changes, { [key]: next[key] });
  }
  return changes;
}
