/** Writes seed-fingerprint.json from the seed articles. Usage: tsx make-seed-fingerprint.ts [dir] */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fingerprint } from "./own-words";

const here = fileURLToPath(new URL(".", import.meta.url));
// The seeds sit beside the repository, in ../shared/seeds.
const dir = process.argv[2] ?? join(here, "../../../../../shared/seeds");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const hashes = fingerprint(files.map((f) => readFileSync(join(dir, f), "utf8")));
writeFileSync(join(here, "seed-fingerprint.json"), JSON.stringify({ files, shingleWords: 8, hashes }) + "\n");
console.log(`${files.length} seeds, ${hashes.length} shingles`);
