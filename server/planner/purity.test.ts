import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The planner is pure: no database, no framework, no clock, no environment, no file system.
 * Only the command line (cli.ts), the benchmark (bench.ts) and build-time scripts in a tools/
 * folder (never imported by the planner) may touch the outside world.
 */

const here = fileURLToPath(new URL(".", import.meta.url));
const EXEMPT = new Set(["cli.ts", "bench.ts"]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "tools" ? [] : sources(path);
    if (!entry.name.endsWith(".ts") || entry.name.endsWith(".test.ts") || EXEMPT.has(entry.name)) return [];
    return [path];
  });
}

const FORBIDDEN: [string, RegExp][] = [
  [
    "a framework, database or environment import",
    /from\s+["'](next|react|react-dom|drizzle-orm|drizzle-kit|postgres|@electric-sql\/[^"']*|server-only|dotenv)(\/[^"']*)?["']/,
  ],
  ["a database module", /from\s+["'][^"']*\/db(\/[^"']*)?["']|from\s+["']@\/db/],
  [
    "a Node built-in (file system, process, clock)",
    /from\s+["'](node:)?(fs|fs\/promises|path|os|child_process|process|perf_hooks|worker_threads)["']/,
  ],
  ["the environment", /process\.env|process\.argv|process\.hrtime/],
  ["the clock", /Date\.now\(|new Date\(\s*\)|performance\.now\(/],
  ["randomness", /Math\.random\(|crypto\.random/],
  ["a dynamic import or require", /\bimport\(|\brequire\(/],
];

describe("the planner stays pure", () => {
  const files = sources(here);

  it("finds the planner's source files", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(here, f), f]))("%s imports and calls nothing impure", (_name, file) => {
    const text = readFileSync(file, "utf8");
    const problems = FORBIDDEN.filter(([, pattern]) => pattern.test(text)).map(([what]) => what);
    expect(problems).toEqual([]);
  });

  it("catches what it should", () => {
    const planted = [
      'import { db } from "@/db/client";',
      "const t = Date.now();",
      'import fs from "node:fs";',
      "process.env.X",
      "new Date()",
    ];
    for (const line of planted) expect(FORBIDDEN.some(([, p]) => p.test(line))).toBe(true);
    expect(FORBIDDEN.some(([, p]) => p.test("new Date(Date.UTC(2026, 0, 1))"))).toBe(false);
  });
});
