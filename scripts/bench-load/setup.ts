import postgres from "postgres";
import { openDatabase } from "@/db/client";
import { FULL_SCALE, scaleAthleteEmail, seedScale, type ScaleOptions } from "@/server/demo/scale";
import { databaseUrl, startCluster, type Cluster } from "./cluster";

/**
 * The PostgreSQL server a benchmark uses: DATABASE_URL when set (its databases gw_bench_* are
 * ours), else a throwaway cluster started here and removed at the end.
 */
export function benchServer(port: number): { url: string; cluster?: Cluster } {
  const given = process.env.DATABASE_URL?.trim();
  if (given) return { url: given };
  const cluster = startCluster({ port, durable: false });
  return { url: cluster.url, cluster };
}

export async function createDatabase(serverUrl: string, name: string, fresh = false): Promise<string> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    if (fresh) await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const [row] = await admin`select 1 as found from pg_database where datname = ${name}`;
    if (!row) await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  return databaseUrl(serverUrl, name);
}

/** Migrates a database and seeds `options` (skipped when the first scale athlete is there); prints the time. */
export async function seedDatabase(url: string, options: ScaleOptions, label: string): Promise<void> {
  const handle = openDatabase({ driver: "postgres", url, maxConnections: 2 });
  try {
    await handle.migrate();
    const started = performance.now();
    const written = await seedScale(handle.db, new Date(), {
      ...options,
      onProgress: (done) => {
        if (done % 1000 === 0) console.log(`  ${label}: ${done} athletes seeded`);
      },
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      written ? `${label}: seeded ${written} athletes in ${seconds} s` : `${label}: data set already there, reused`,
    );
  } finally {
    await handle.close();
  }
}

export interface AthleteSessions {
  /** Sessions dated before today: a check-off of these is allowed. */
  past: string[];
  /** A session of the current plan, for the session page. */
  any: string;
}

export async function sessionsOf(url: string, email: string): Promise<AthleteSessions> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ id: string; past: boolean }[]>`
      select s.id, s.date < current_date as past from plan_sessions s
      join plans p on p.id = s.plan_id and p.status = 'active'
      join users u on u.id = p.athlete_id where u.email = ${email} order by s.date`;
    const past = rows.filter((row) => row.past).map((row) => row.id);
    const any = rows.find((row) => !row.past)?.id ?? rows[0]?.id;
    if (!any || past.length === 0) throw new Error(`${email} has no past sessions to tick`);
    return { past, any };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export function scaleFromEnv(): ScaleOptions {
  const athletes = Number(process.env.BENCH_ATHLETES ?? FULL_SCALE.athletes);
  return { ...FULL_SCALE, athletes, coaches: Math.max(1, Math.ceil(athletes / FULL_SCALE.athletesPerCoach)) };
}

/** The empty database: only the benchmark's athlete (the same calendar as in the scale set) and a coach. */
export const EMPTY: ScaleOptions = { athletes: 1, coaches: 1, athletesPerCoach: 1 };
export const BENCH_ATHLETE = scaleAthleteEmail(0);
