import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { SCALE_PASSWORD, scaleCoachEmail } from "@/server/demo/scale";
import { ensureBuild, startApp } from "./app-server";
import { signIn } from "./client";
import { BENCH_ATHLETE, benchServer, createDatabase, scaleFromEnv, seedDatabase } from "./setup";

/**
 * Where a page's server time goes: the production server under `node --cpu-prof`, one page
 * (PROFILE_PATH, default /week) under load for PROFILE_SECONDS (10), then the profile's self time
 * by function and by package. `npx tsx scripts/bench-load/profile.ts` (DATABASE_URL as for bench:load;
 * PROFILE_AS=coach signs in as the first scale coach, whose /dashboard lists 200 athletes).
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const port = Number(process.env.BENCH_PORT ?? 3116);
const target = process.env.PROFILE_PATH ?? "/week";
const seconds = Number(process.env.PROFILE_SECONDS ?? 10);

function where(url: string): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules?.[1]) return modules[1];
  if (url.includes("/.next/server/chunks/")) return "app bundle (.next/server/chunks)";
  if (url.includes("/.next/")) return "app bundle (.next)";
  if (url.startsWith("node:") || url === "") return "node internals / native";
  return path.basename(url);
}

function report(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, index) =>
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000),
  );
  const total = [...selfMs.values()].reduce((sum, ms) => sum + ms, 0);
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const name = `${frame.functionName || "(anonymous)"}  ${where(frame.url)}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
    packages.set(where(frame.url), (packages.get(where(frame.url)) ?? 0) + ms);
  }
  const top = (map: Map<string, number>, count: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
  console.log(`\nSelf time by package (of ${(total / 1000).toFixed(1)} s sampled):`);
  for (const [name, ms] of top(packages, 15)) console.log(`  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`);
  console.log("\nTop functions by self time:");
  for (const [name, ms] of top(functions, 25))
    console.log(`  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`);
}

async function main() {
  ensureBuild();
  const server = benchServer(port + 2);
  const directory = mkdtempSync("/tmp/gw-cpu-prof-");
  try {
    const databaseUrl = await createDatabase(server.url, "gw_bench_scale");
    await seedDatabase(databaseUrl, scaleFromEnv(), "scale database");
    const app = await startApp({
      port,
      database: { url: databaseUrl },
      nodeFlags: ["--cpu-prof", `--cpu-prof-dir=${directory}`],
    });
    const user = process.env.PROFILE_AS === "coach" ? scaleCoachEmail(0) : BENCH_ATHLETE;
    const cookie = await signIn(app.url, user, SCALE_PASSWORD);
    const result = await autocannon({ url: app.url + target, connections: 8, duration: seconds, headers: { cookie } });
    console.log(
      `${target}: ${(result.requests.total / seconds).toFixed(0)} req/s, p50 ${result.latency.p50} ms under the profiler`,
    );
    await app.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const files = readdirSync(directory).map((name) => path.join(directory, name));
    const largest = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
    if (!largest) throw new Error(`no profile written in ${directory}`);
    console.log(`profile: ${largest}`);
    report(JSON.parse(readFileSync(largest, "utf8")) as CpuProfile);
  } finally {
    server.cluster?.destroy();
  }
}

await main();
