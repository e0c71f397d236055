import {
  ADHERENCE_BAND_LABELS,
  MAX_SETS_PER_LOG,
  NOTE_MAX_CHARS,
  RPE_MAX,
  RPE_MIN,
  SET_NUMBER_MAX,
  SKIP_REASON_LABELS,
  SKIP_REASONS,
  SORENESS_LABELS,
  SORENESS_LEVELS,
} from "@/server/domain/checkoff-words";
import type { CheckOffWords } from "./words";

/** Built on the server from the one vocabulary, handed to CheckOffWordsProvider as plain data. */
export function checkOffWords(): CheckOffWords {
  return {
    skipReasons: SKIP_REASONS.map((value) => ({ value, label: SKIP_REASON_LABELS[value] })),
    sorenessLevels: SORENESS_LEVELS.map((value) => ({ value, label: SORENESS_LABELS[value] })),
    bands: ADHERENCE_BAND_LABELS,
    limits: {
      rpeMin: RPE_MIN,
      rpeMax: RPE_MAX,
      noteMaxChars: NOTE_MAX_CHARS,
      maxSetsPerLog: MAX_SETS_PER_LOG,
      maxSetNumber: SET_NUMBER_MAX,
    },
  };
}
