/**
 * Helpers for the "own words" check: the steps must not share a run of SHINGLE_WORDS
 * consecutive words with any seed article. The seeds live outside the repo, so the test
 * compares against a committed fingerprint (hashes of every 8-word run in the seeds), and
 * re-derives that fingerprint from the seeds themselves whenever they are present.
 * Regenerate with: npx tsx server/planner/catalog/tools/make-seed-fingerprint.ts [seedsDir]
 */
import { createHash } from "node:crypto";

export const SHINGLE_WORDS = 8;

/** Lower case, apostrophes dropped, every other non-alphanumeric run turned into a space. */
export function normaliseWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w.length > 0);
}

/** Every run of `n` consecutive words, joined by single spaces. */
export function shingles(text: string, n: number = SHINGLE_WORDS): string[] {
  const words = normaliseWords(text);
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(" "));
  return out;
}

/** A short, stable hash of one shingle (first 8 hex digits of SHA-1; a collision can only cause a false alarm). */
export function hashShingle(shingle: string): string {
  return createHash("sha1").update(shingle).digest("hex").slice(0, 8);
}

/** The sorted, de-duplicated fingerprint of some texts. */
export function fingerprint(texts: readonly string[]): string[] {
  const set = new Set<string>();
  for (const t of texts) for (const s of shingles(t)) set.add(hashShingle(s));
  return [...set].sort();
}
