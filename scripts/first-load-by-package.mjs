// Where a route's first-load JavaScript comes from: gzipped bytes by npm package, and by file for
// our own code, from a build made with browser source maps.
// Usage: ANALYZE_BUNDLE=1 npm run build && node scripts/first-load-by-package.mjs [/week]
// (then build again without ANALYZE_BUNDLE: the maps would otherwise be served with the app).
// Each chunk's gzipped size is shared among its sources in proportion to their original length:
// an estimate, but one that adds up to the route's total.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const route = process.argv[2] || "/week";
const stats = JSON.parse(readFileSync(`${distDir}/diagnostics/route-bundle-stats.json`, "utf8"));
const entry = stats.find((candidate) => candidate.route === route);
if (!entry) {
  console.error(`no bundle stats for ${route}`);
  process.exit(1);
}

function sourceMapOf(chunkPath, code) {
  const reference = /sourceMappingURL=(\S+)\s*$/.exec(code);
  if (!reference) return null;
  const map = JSON.parse(readFileSync(path.join(path.dirname(chunkPath), reference[1]), "utf8"));
  return map.sections ? map.sections.map((section) => section.map) : [map];
}

/** Who a source belongs to: a package ("react-dom (in next)", "@tanstack/query-core") or our own file. */
function ownerOf(source) {
  const compiled = /node_modules\/next\/dist\/compiled\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (compiled) return { name: `${compiled[1]} (in next)`, ours: false };
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (npm) return { name: npm[1], ours: false };
  if (source.includes("[turbopack]")) return { name: "turbopack runtime", ours: false };
  return { name: source.replace(/^turbopack:\/\/\/\[project\]\//, ""), ours: true };
}

const packages = new Map();
const ours = new Map();
let total = 0;
let unmapped = 0;
for (const chunkPath of entry.firstLoadChunkPaths) {
  const code = readFileSync(chunkPath, "utf8");
  const gzipped = gzipSync(code, { level: 9 }).length;
  total += gzipped;
  const maps = sourceMapOf(chunkPath, code);
  if (!maps) {
    unmapped += gzipped;
    continue;
  }
  const sources = maps.flatMap((map) =>
    (map.sources ?? []).map((source, index) => [ownerOf(source), map.sourcesContent?.[index]?.length ?? 0]),
  );
  const length = sources.reduce((sum, [, size]) => sum + size, 0) || 1;
  for (const [owner, size] of sources) {
    const into = owner.ours ? ours : packages;
    into.set(owner.name, (into.get(owner.name) ?? 0) + (gzipped * size) / length);
  }
}

const kb = (value) => (value / 1024).toFixed(1).padStart(6);
console.log(`${route}: ${kb(total)} KB gzipped first-load JavaScript`);
if (unmapped > 0) console.log(`${kb(unmapped)} KB in chunks without a source map (build with ANALYZE_BUNDLE=1)`);
const largestFirst = (map) => [...map].sort((a, b) => b[1] - a[1]);
const ownTotal = [...ours.values()].reduce((sum, size) => sum + size, 0);
for (const [name, size] of largestFirst(new Map([...packages, ["our code", ownTotal]])))
  console.log(`${kb(size)} KB  ${name}`);
console.log("\nOur code, largest first:");
for (const [name, size] of largestFirst(ours).slice(0, Number(process.env.TOP ?? 12)))
  console.log(`${kb(size)} KB  ${name}`);
