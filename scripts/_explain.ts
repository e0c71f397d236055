import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { PgDialect } from "drizzle-orm/pg-core";
const sql = postgres("postgres://postgres@127.0.0.1:54329/gw_bench_scale", { max: 1, connection: { jit: "off" } });
const db = drizzle(sql, { logger: { logQuery: (q: string, p: unknown[]) => { (globalThis as any).last = [q, p]; } } }) as any;
const { listCoachedAthletes, coachedAdherenceFacts } = await import("@/db/queries/athlete-list");
const fn = process.argv[2] === "facts" ? coachedAdherenceFacts : listCoachedAthletes;
await fn(db, "878ba317-a8e0-43a0-8848-68c242b9da47", new Date());
const [q, p] = (globalThis as any).last;
if (process.env.SHOW) { console.log(q); console.log(JSON.stringify(p)); process.exit(0); }
const plan = await sql.unsafe("explain (analyze, buffers, format text) " + q, p);
console.log(plan.map((r: any) => r["QUERY PLAN"]).join("\n"));
await sql.end();
