// `npm run import-ics`: the importer's command line (server/ics/cli.ts), run from a bundle that
// esbuild writes to .cli/ whenever a source it is built from is newer. Through tsx the start-up
// alone took 1.4-2.5 s on this project's machine, most of the 2 s a 5 MB file is allowed; the
// bundle starts in about 0.3 s. Exit codes and output are the command line's own (0 or 2).
import { mkdirSync, readdirSync, renameSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, ".cli", "import-ics.mjs");
const SOURCES = ["server/ics", "server/domain", "server/planner/types.ts", "package-lock.json"];

function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

function isStale() {
  try {
    const built = statSync(bundle).mtimeMs;
    return SOURCES.some((source) => newestChange(join(root, source)) > built);
  } catch {
    return true;
  }
}

async function bundleCli() {
  mkdirSync(dirname(bundle), { recursive: true });
  // Written aside and renamed: two commands started at once never read a half-written bundle.
  const partial = `${bundle}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(root, "server/ics/cli.ts")],
    outfile: partial,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    // ical.js and rrule are CommonJS: give the ES module bundle a require of its own.
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
  });
  renameSync(partial, bundle);
}

if (isStale()) await bundleCli();
const { runCli } = await import(pathToFileURL(bundle).href);
process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
