import type { Database } from "@/db/client";
import {
  upsertRunCheckOff,
  upsertSessionCheckOff,
  upsertSessionSoreness,
  type RunCheckOffState,
  type SessionCheckOffState,
  type WriteStamp,
} from "@/db/queries/checkoffs";
import type { RunCheckOffInput, SessionCheckOffInput, SessionSorenessInput } from "../schemas/checkoff";
import { notFound, ServiceError } from "./errors";

/**
 * Ticking a session or a run: done, partly done, skipped, or back to planned (the undo). Each is one
 * statement that checks access (the athlete or a linked coach) and the date in the same round trip,
 * and applies only if it is the newest tap for that item; an older or repeated tap returns what is stored.
 */

const notYet = () => new ServiceError("invalid", "That day has not come yet: it can be ticked done from that day on.");

/**
 * The write's stamp. A tap cannot be later than the server's clock: a phone whose clock runs ahead
 * would otherwise win over every correct write after it.
 */
export function writeStamp(viewerId: string, input: { clientId: string; clientTime: string }, now: Date): WriteStamp {
  const tapped = new Date(input.clientTime);
  const clientTime = tapped.getTime() > now.getTime() ? now.toISOString() : tapped.toISOString();
  return { viewerId, now, clientId: input.clientId, clientTime };
}

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
  const state = await upsertSessionCheckOff(db, writeStamp(viewerId, input, now), {
    sessionId: input.sessionId,
    status: input.status,
    reason: input.status === "skipped" ? (input.reason ?? null) : null,
  });
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
  const state = await upsertSessionSoreness(db, writeStamp(viewerId, input, now), {
    sessionId: input.sessionId,
    soreness: input.soreness,
  });
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
  const state = await upsertRunCheckOff(db, writeStamp(viewerId, input, now), {
    runId: input.runId,
    status: input.status,
    reason: input.status === "skipped" ? (input.reason ?? null) : null,
    actualDistanceKm: input.status === "done" ? (input.actualDistanceKm ?? null) : null,
    actualMinutes: input.status === "done" ? (input.actualMinutes ?? null) : null,
  });
  if (!state) throw notFound("That run");
  if (!state.due && input.status === "done") throw notYet();
  return state;
}
