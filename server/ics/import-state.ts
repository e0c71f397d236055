import type { IsoDate } from "../planner/types";
import { type Classification, classifyRun } from "./classify";
import type { Expander, Occurrence } from "./occurrences";
import type { ImportOptions, ImportResult } from "./types";

/** One import's state, shared by the full reader (parse.ts) and the readers that leave ical.js out (read-plainly.ts). */

const MAX_WARNINGS = 50;

export class Warnings {
  readonly list: string[] = [];
  private readonly seen = new Set<string>();

  add = (message: string): void => {
    if (this.seen.has(message) || this.list.length >= MAX_WARNINGS) return;
    this.seen.add(message);
    this.list.push(message);
  };

  /** A warning about the whole file (events left out): shown first, whatever else was said. */
  lead = (message: string): void => {
    if (this.seen.has(message)) return;
    this.seen.add(message);
    this.list.unshift(message);
  };
}

export interface Import {
  options: ImportOptions;
  warnings: Warnings;
  expander: Expander;
  /** Repeating events share titles: classify each title/description pair once. */
  classified: Map<string, Classification>;
  result: ImportResult;
  inRange: number;
  /** What happens to each occurrence in range: sorted into runs/review/skipped, or only listed. */
  take: (occurrence: Occurrence, date: IsoDate) => void;
}

/** Repeating events share titles: each title/description pair is classified once. */
export function classifyOnce(known: Map<string, Classification>, title: string, description: string | undefined) {
  const key = `${title}\u0000${description ?? ""}`;
  const found = known.get(key) ?? classifyRun(title, description);
  known.set(key, found);
  return found;
}
