/**
 * Change-history vocabulary (issue 10): what kinds of thing a change is about and the actions
 * recorded. Pure, client-safe: the session page turns these into sentences.
 */
import { z } from "zod";

export const HISTORY_ENTITIES = ["plan", "session", "prescription", "run"] as const;
export const historyEntitySchema = z.enum(HISTORY_ENTITIES);
export type HistoryEntity = z.infer<typeof historyEntitySchema>;

export const HISTORY_ACTIONS = [
  // plan
  "created",
  "archived",
  "replanned",
  // session
  "moved",
  "swapped",
  // prescription
  "dose-changed",
  "exercise-added",
  "exercise-removed",
  // run
  "run-added",
  "run-changed",
  "run-deleted",
  "runs-imported",
  "run-template-applied",
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/** Who made a change, as the other side reads it. */
export type ActorRole = "athlete" | "coach";
