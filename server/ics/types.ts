import type { IsoDate, Run } from "../planner/types";
import type { Confidence } from "./classify";

/** A run read from a calendar, keyed by a UID that stays the same when the file is imported again. */
export type ImportedRun = Run & {
  /** The event's UID; for a repeating event, UID + "#" + the occurrence's RECURRENCE-ID value. */
  uid: string;
  confidence: Confidence;
  description?: string;
};

export interface ImportOptions {
  from: IsoDate;
  to: IsoDate;
  /** The athlete's IANA time zone: timed events land on their calendar date there. */
  timeZone: string;
}

export interface ImportResult {
  /** Runs the classifier is sure of, by date. */
  runs: ImportedRun[];
  /** Event occurrences in range that are not runs (meetings, birthdays...). */
  skipped: number;
  /** Probably runs, with a best-guess type, for the athlete to confirm. */
  review: ImportedRun[];
  warnings: string[];
}
