import { getTableColumns, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";

/** Rows per statement: large enough to amortise a round trip, small enough to keep each JSON text a few MB. */
const ROWS_PER_STATEMENT = 8000;

/**
 * Inserts many rows with one statement per batch: the rows travel as one JSON parameter that
 * json_populate_recordset turns back into the table's row type, so the statement text stays
 * short however many rows there are, and it works the same on PostgreSQL and PGlite. Rows name
 * columns by their TypeScript keys, as drizzle's insert types do; a key left out gets the
 * column's default.
 */
export async function bulkInsert<T extends PgTable>(
  db: Database,
  table: T,
  rows: readonly T["$inferInsert"][],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const keys = [...new Set(rows.slice(0, 50).flatMap((row) => Object.keys(row)))].filter((key) => key in columns);
  const names = keys.map((key) => columns[key]?.name ?? key);
  const columnList = sql.raw(names.map((name) => `"${name}"`).join(", "));
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const records = rows.slice(start, start + ROWS_PER_STATEMENT).map((row) => {
      const values = row as Record<string, unknown>;
      return Object.fromEntries(keys.map((key, index) => [names[index], values[key] ?? null]));
    });
    await db.execute(
      sql`insert into ${table} (${columnList}) select ${columnList} from json_populate_recordset(null::${table}, ${JSON.stringify(records)}::json)`,
    );
  }
}
