/** The run-calendar import/export layer: pure functions, no clock, no environment, no I/O. */
export { parseIcs, IcsImportError, isIcsImportError, type IcsErrorCode } from "./parse";
export type { ImportOptions, ImportResult, ImportedRun } from "./types";
export { classifyRun, type Classification, type Confidence } from "./classify";
export {
  buildFeed,
  buildSessionIcs,
  describeExercise,
  describeSession,
  toFeedSession,
  type FeedExercise,
  type FeedOptions,
  type FeedRun,
  type FeedSession,
  type SessionDownloadOptions,
} from "./export";
export { MAX_BYTES, MAX_DEPTH, MAX_EVENTS, MAX_LINES } from "./limits";
export { EXPANSION_BUDGET, MAX_OCCURRENCES_PER_SERIES } from "./occurrences";
