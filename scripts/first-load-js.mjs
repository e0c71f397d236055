// First-load JavaScript per route, gzipped, from the production build's own bundle stats.
// Usage: node scripts/first-load-js.mjs [--route /week --max-kb 200]
// With --route and --max-kb it exits 1 when that route is over budget.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const distDir = process.env.NEXT_DIST_DIR || ".next";
const stats = JSON.parse(readFileSync(`${distDir}/diagnostics/route-bundle-stats.json`, "utf8"));
const gzipped = new Map();
const gzipSize = (path) => {
  if (!gzipped.has(path)) gzipped.set(path, gzipSync(readFileSync(path), { level: 9 }).length);
  return gzipped.get(path);
};

const rows = stats
  .map((entry) => ({
    route: entry.route,
    kb: entry.firstLoadChunkPaths.reduce((sum, path) => sum + gzipSize(path), 0) / 1024,
  }))
  .sort((a, b) => a.route.localeCompare(b.route));
for (const row of rows) console.log(`${row.route.padEnd(28)} ${row.kb.toFixed(1).padStart(7)} KB gzipped`);

const route = option("--route");
const max = Number(option("--max-kb"));
if (route && max) {
  const row = rows.find((r) => r.route === route);
  if (!row) {
    console.error(`no bundle stats for ${route}`);
    process.exit(1);
  }
  const verdict = row.kb <= max ? "within" : "OVER";
  console.log(`first-load JS of ${route}: ${row.kb.toFixed(1)} KB gzipped, ${verdict} the ${max} KB budget`);
  if (row.kb > max) process.exit(1);
}
