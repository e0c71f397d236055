import type { ImportResult, ImportedRun } from "../types";

/** Test-only views of an import result (nothing outside *.test.ts imports from __fixtures__). */

export const allRuns = (result: ImportResult): ImportedRun[] =>
  [...result.runs, ...result.review].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** "date title" lines, the way a runner reads their calendar. */
export const lines = (result: ImportResult): string[] => allRuns(result).map((run) => `${run.date} ${run.title}`);

export const uidsOf = (result: ImportResult): string[] => allRuns(result).map((run) => run.uid);
