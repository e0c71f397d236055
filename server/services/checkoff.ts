import type { Database } from "@/db/client";
import {
  upsertRunCheckOff,
  upsertSessionCheckOff,
  upsertSessionSoreness,
  type RunCheckOffState,
  type SessionCheckOffState,
} from "@/db/queries/checkoffs";
import type { RunCheckOffInput, SessionCheckOffInput, SessionSorenessInput } from "../schemas/checkoff";
import { notFound, ServiceError } from "./errors";

/**
 * Ticking a session or a run: done, partly done, skipped, or back to planned (the undo). Each is one
 * statement that checks access (the athlete or a linked coach) and the date in the same round trip,
 * and applies only if it is the newest tap for that item; an older or repeated tap returns what is stored.
 */

const notYet = () => new ServiceError("invalid", "That day has not come yet: it can be ticked done from that day on.");

export type SessionCheckOff = Omit<SessionCheckOffState, "athleteId">;

export function toSessionCheckOff(state: SessionCheckOffState): SessionCheckOff {
  const { athleteId: _athleteId, ...rest } = state;
  return rest;
}

export async function checkOffSession(
  db: Database,
  viewerId: string,
  input: SessionCheckOffInput,
  now: Date,
): Promise<SessionCheckOff> {
  const state = await upsertSessionCheckOff(
    db,
    { viewerId, now, clientId: input.clientId, clientTime: input.clientTime },
    {
      sessionId: input.sessionId,
      status: input.status,
      reason: input.status === "skipped" ? (input.reason ?? null) : null,
    },
  );
  if (!state) throw notFound("That session");
  if (!state.due && (input.status === "done" || input.status === "partial")) throw notYet();
  return toSessionCheckOff(state);
}

/** The next day's one-tap soreness answer. */
export async function recordSoreness(
  db: Database,
  viewerId: string,
  input: SessionSorenessInput,
  now: Date,
): Promise<SessionCheckOff> {
  const state = await upsertSessionSoreness(
    db,
    { viewerId, now, clientId: input.clientId, clientTime: input.clientTime },
    { sessionId: input.sessionId, soreness: input.soreness },
  );
  if (!state) throw notFound("That session");
  if (!state.due) throw notYet();
  return toSessionCheckOff(state);
}

export async function checkOffRun(
  db: Database,
  viewerId: string,
  input: RunCheckOffInput,
  now: Date,
): Promise<RunCheckOffState> {
  const state = await upsertRunCheckOff(
    db,
    { viewerId, now, clientId: input.clientId, clientTime: input.clientTime },
    {
      runId: input.runId,
      status: input.status,
      reason: input.status === "skipped" ? (input.reason ?? null) : null,
      actualDistanceKm: input.status === "done" ? (input.actualDistanceKm ?? null) : null,
      actualMinutes: input.status === "done" ? (input.actualMinutes ?? null) : null,
    },
  );
  if (!state) throw notFound("That run");
  if (!state.due && input.status === "done") throw notYet();
  return state;
}
