import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildPlan } from "./plan";
import { parsePlanInput, type PlanRequest } from "./schema";

/**
 * `npm run bench:planner`: how long buildPlan takes for each example (16-week blocks), on one
 * core. Prints the median and p99 time per plan and the plans per second. A benchmark, not a
 * test: the goal is a median of at most 1 ms per plan.
 */

const WARMUP = 500;
const RUNS = Number(process.argv[2] ?? 5000);
const GOAL_MS = 1;

const dir = fileURLToPath(new URL("./examples/", import.meta.url));
const examples = readdirSync(dir)
  .filter((f) => f.endsWith(".json") && !f.endsWith(".plan.json"))
  .sort()
  .map((name) => {
    const parsed = parsePlanInput(JSON.parse(readFileSync(dir + name, "utf8")));
    if (!parsed.ok) throw new Error(`${name}: ${parsed.errors.join("; ")}`);
    return { name, input: parsed.input };
  });

function measure(input: PlanRequest): { median: number; p99: number; perSecond: number } {
  for (let i = 0; i < WARMUP; i++) buildPlan(input);
  const times = new Float64Array(RUNS);
  const start = performance.now();
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    buildPlan(input);
    times[i] = performance.now() - t;
  }
  const total = performance.now() - start;
  times.sort();
  const at = (q: number) => times[Math.min(RUNS - 1, Math.floor(q * RUNS))] ?? NaN;
  return { median: at(0.5), p99: at(0.99), perSecond: (RUNS / total) * 1000 };
}

console.log(`buildPlan, ${RUNS} runs per example after ${WARMUP} warm-up runs (node ${process.version}, one core)\n`);
console.log(["example".padEnd(24), "weeks", "median ms", "p99 ms", "plans/s"].join("  "));
let worst = 0;
for (const { name, input } of examples) {
  const { median, p99, perSecond } = measure(input);
  worst = Math.max(worst, median);
  console.log(
    [
      name.padEnd(24),
      String(input.weeks).padStart(5),
      median.toFixed(3).padStart(9),
      p99.toFixed(3).padStart(6),
      Math.round(perSecond).toString().padStart(7),
    ].join("  "),
  );
}
console.log(
  `\ngoal: median <= ${GOAL_MS} ms per plan: ${worst <= GOAL_MS ? "met" : "NOT met"} (worst median ${worst.toFixed(3)} ms)`,
);
