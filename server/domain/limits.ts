/**
 * The product's limits, each stated once. Schemas, services and forms read them from here so a
 * message and the rule it describes never drift apart.
 */

/** A strength block lasts 4 to 24 weeks; 16 unless the athlete says otherwise. */
export const BLOCK_WEEKS = { min: 4, max: 24, default: 16 } as const;

/** Blocked dates (travel, illness) one plan may hold: a year's worth. */
export const MAX_BLOCKED_DATES = 366;

/** Logged strength sessions the planner reads back (a block of 24 weeks at 3 a week, with room). */
export const MAX_LOGGED_SESSIONS = 200;

/** Runs one plan or import may hold. */
export const MAX_RUNS = 5000;

/** How far apart dates may be in one request (an import's range, a race ahead): two years. */
export const MAX_RANGE_DAYS = 2 * 366;

/** A calendar file is at most 5 MB; the import page refuses a bigger one before uploading it. */
export const MAX_ICS_BYTES = 5 * 1024 * 1024;
export const ICS_TOO_LARGE = "That file is over 5 MB: export a shorter date range.";

/** One run: at most 500 km and 24 hours, a title of 200 characters. */
export const RUN_LIMITS = { maxKm: 500, maxMinutes: 24 * 60, maxTitle: 200 } as const;

/** A comment is plain text of at most 2000 characters; its author may correct it for 10 minutes. */
export const COMMENT_MAX_CHARS = 2000;
export const COMMENT_EDIT_WINDOW_MS = 10 * 60 * 1000;
