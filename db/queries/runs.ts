import { and, asc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { Database } from "../client";
import { runs, type NewRunRow, type RunRow } from "../schema";

export interface DateRange {
  from: string;
  to: string;
}

export async function listRunsInRange(db: Database, athleteId: string, range: DateRange): Promise<RunRow[]> {
  return db
    .select()
    .from(runs)
    .where(and(eq(runs.athleteId, athleteId), gte(runs.date, range.from), lte(runs.date, range.to)))
    .orderBy(asc(runs.date), asc(runs.createdAt), asc(runs.id));
}

export async function listAllRuns(db: Database, athleteId: string): Promise<RunRow[]> {
  return db.select().from(runs).where(eq(runs.athleteId, athleteId)).orderBy(asc(runs.date), asc(runs.id));
}

export async function findRun(db: Database, runId: string): Promise<RunRow | undefined> {
  const [row] = await db.select().from(runs).where(eq(runs.id, runId)).limit(1);
  return row;
}

/** A run as any layer holds it: optional or nullable distance, duration and title. */
export interface RunFields {
  date: string;
  type: NewRunRow["type"];
  distanceKm?: number | null;
  durationMin?: number | null;
  title?: string | null;
}

/** The row for a run: missing distance or duration stored as null, a missing title as "". */
export function newRunRow(
  owner: Pick<NewRunRow, "athleteId" | "source"> & { sourceUid?: string | null },
  run: RunFields,
): NewRunRow {
  return {
    ...owner,
    date: run.date,
    type: run.type,
    distanceKm: run.distanceKm ?? null,
    durationMin: run.durationMin ?? null,
    title: run.title ?? "",
  };
}

export async function insertRuns(db: Database, rows: NewRunRow[]): Promise<RunRow[]> {
  if (rows.length === 0) return [];
  return db.insert(runs).values(rows).returning();
}

export type RunChanges = Partial<
  Pick<RunRow, "date" | "type" | "distanceKm" | "durationMin" | "title" | "needsReview">
>;

export async function updateRun(db: Database, runId: string, changes: RunChanges): Promise<RunRow | undefined> {
  const [row] = await db
    .update(runs)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(runs.id, runId))
    .returning();
  return row;
}

export type RunRewrite = { id: string } & Required<RunChanges>;

/** Rewrites many runs in one statement (UPDATE ... FROM VALUES), however many there are. */
export async function rewriteRuns(db: Database, rows: RunRewrite[]): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map(
      (row) =>
        sql`(${row.id}::uuid, ${row.date}::date, ${row.type}::run_type, ${row.distanceKm}::double precision, ${row.durationMin}::integer, ${row.title}::text, ${row.needsReview}::boolean)`,
    ),
    sql`, `,
  );
  await db.execute(sql`
    update ${runs} set
      date = v.date, type = v.type, distance_km = v.distance_km, duration_min = v.duration_min,
      title = v.title, needs_review = v.needs_review, updated_at = now()
    from (values ${values}) as v(id, date, type, distance_km, duration_min, title, needs_review)
    where ${runs.id} = v.id`);
}

export async function deleteRuns(db: Database, runIds: string[]): Promise<number> {
  if (runIds.length === 0) return 0;
  const deleted = await db.delete(runs).where(inArray(runs.id, runIds)).returning({ id: runs.id });
  return deleted.length;
}

/** Imported runs whose event falls in the range: the set a re-import of that range replaces. */
export async function listImportedRuns(db: Database, athleteId: string, range: DateRange): Promise<RunRow[]> {
  return db
    .select()
    .from(runs)
    .where(
      and(
        eq(runs.athleteId, athleteId),
        eq(runs.source, "import"),
        gte(runs.date, range.from),
        lte(runs.date, range.to),
      ),
    );
}

/** Imported runs with these UIDs, wherever they now sit (a moved event may leave the range). */
export async function listRunsByImportUid(db: Database, athleteId: string, uids: string[]): Promise<RunRow[]> {
  if (uids.length === 0) return [];
  return db
    .select()
    .from(runs)
    .where(and(eq(runs.athleteId, athleteId), eq(runs.source, "import"), inArray(runs.sourceUid, uids)));
}

export async function deleteRunsFromSource(db: Database, athleteId: string, source: RunRow["source"]): Promise<number> {
  const deleted = await db
    .delete(runs)
    .where(and(eq(runs.athleteId, athleteId), eq(runs.source, source)))
    .returning({ id: runs.id });
  return deleted.length;
}
