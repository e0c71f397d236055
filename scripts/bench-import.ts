import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hostileMix, plainExport } from "../server/ics/__fixtures__/large-files";
import { parseIcs } from "../server/ics/parse";

/**
 * `npm run bench:import`: the 5 MB / 2 s rule of the importer, measured cold as a user meets it.
 * For a plain export and for a mix of hostile events (server/ics/__fixtures__/large-files.ts),
 * each run is a fresh process: the import alone (CPU and wall time around parseIcs, the file
 * already in memory), and the whole command line (`node scripts/import-ics.mjs`, which is what
 * `npm run import-ics` runs, start-up included; npm's own start-up is left out).
 * Prints the median and worst of each. A benchmark, not a test: the tests hold smaller files.
 */

const BYTES = 5 * 1024 * 1024 - 1024;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OPTIONS = { from: "2025-06-01", to: "2028-06-01", timeZone: "Europe/London" };
const FILES = { plain: plainExport, hostile: hostileMix };
type Kind = keyof typeof FILES;

/** In the child: read the file, then time parseIcs alone. */
function importOnce(file: string): void {
  const text = readFileSync(file, "utf8");
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const result = parseIcs(text, OPTIONS);
  const used = process.cpuUsage(cpu);
  const runs = result.runs.length + result.review.length;
  console.log(JSON.stringify({ cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall, runs }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function fmt(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function bench(kind: Kind, dir: string): void {
  const file = join(dir, `${kind}.ics`);
  writeFileSync(file, FILES[kind](BYTES));
  const imports: { cpuMs: number; wallMs: number; runs: number }[] = [];
  const commands: number[] = [];
  spawnSync(process.execPath, ["scripts/import-ics.mjs", "--help"]); // bundles the command line if stale
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync("npx", ["tsx", fileURLToPath(import.meta.url), "--one", file]).toString();
    imports.push(JSON.parse(out) as { cpuMs: number; wallMs: number; runs: number });
    const started = performance.now();
    execFileSync(process.execPath, ["scripts/import-ics.mjs", file, "--from", OPTIONS.from, "--to", OPTIONS.to], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    commands.push(performance.now() - started);
  }
  const cpu = imports.map((run) => run.cpuMs);
  const wall = imports.map((run) => run.wallMs);
  console.log(
    [
      kind.padEnd(8),
      `import CPU ${fmt(median(cpu))} (worst ${fmt(Math.max(...cpu))})`,
      `wall ${fmt(median(wall))} (worst ${fmt(Math.max(...wall))})`,
      `command line ${fmt(median(commands))} (worst ${fmt(Math.max(...commands))})`,
      `${imports[0]?.runs} runs`,
    ].join("  "),
  );
}

if (process.argv[2] === "--one") {
  importOnce(process.argv[3]!);
} else {
  const dir = mkdtempSync(join(tmpdir(), "bench-import-"));
  try {
    console.log(`5 MB calendar files, ${RUNS} cold runs each (window ${OPTIONS.from}..${OPTIONS.to})`);
    for (const kind of Object.keys(FILES) as Kind[]) bench(kind, dir);
    console.log("goal: at most 2 s for a file of at most 5 MB");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
