"use client";

import type { SessionStatus, SkipReason, Soreness, RunStatus } from "@/server/domain/checkoff-words";
import { sendWrite, useWrites, type WriteInputs, type WriteProcedure } from "@/components/trpc/write-store";
import { newWrite } from "./write-id";

export { newWrite };
export { useWaitingWrites } from "@/components/trpc/write-store";

/** Writes still on their way for one item, oldest tap first; `waiting` = paused until online. */
export function usePendingWrites<P extends WriteProcedure>(
  procedure: P,
  isFor: (variables: WriteInputs[P]) => boolean,
): { variables: WriteInputs[P]; waiting: boolean }[] {
  return useWrites(procedure, isFor).filter((write) => write.status === "pending");
}

/** The newest tap for one item: what is on its way, and the error if that tap failed. */
function useLatestWrite<P extends WriteProcedure>(procedure: P, isFor: (variables: WriteInputs[P]) => boolean) {
  const writes = useWrites(procedure, isFor);
  const pending = writes.filter((write) => write.status === "pending");
  return {
    latest: pending.at(-1)?.variables,
    waiting: pending.some((write) => write.waiting),
    // A failed tap shows its reason until the next tap for the same item.
    error: writes.at(-1)?.status === "error" ? (writes.at(-1)?.error ?? null) : null,
  };
}

/** A session's check-off as the runner sees it: the latest tap if one is on its way, else the saved state. */
export function useSessionCheckOff(sessionId: string, saved: { status: SessionStatus; reason: SkipReason | null }) {
  const { latest, waiting, error } = useLatestWrite("sessions.checkOff", (v) => v.sessionId === sessionId);
  return {
    status: latest?.status ?? saved.status,
    reason: latest ? (latest.reason ?? null) : saved.reason,
    waiting,
    error,
    tick(status: SessionStatus, reason?: SkipReason) {
      sendWrite("sessions.checkOff", { sessionId, status, ...(reason ? { reason } : {}), ...newWrite() });
    },
  };
}

type RunActuals = { actualDistanceKm?: number; actualMinutes?: number };

export function useRunCheckOff(
  runId: string,
  saved: {
    status: RunStatus;
    reason: SkipReason | null;
    actualDistanceKm: number | null;
    actualMinutes: number | null;
  },
) {
  const { latest, waiting, error } = useLatestWrite("runs.checkOff", (v) => v.runId === runId);
  return {
    status: latest?.status ?? saved.status,
    reason: latest ? (latest.reason ?? null) : saved.reason,
    actualDistanceKm: latest ? (latest.actualDistanceKm ?? null) : saved.actualDistanceKm,
    actualMinutes: latest ? (latest.actualMinutes ?? null) : saved.actualMinutes,
    waiting,
    error,
    tick(status: RunStatus, details: { reason?: SkipReason } & RunActuals = {}) {
      sendWrite("runs.checkOff", { runId, status, ...details, ...newWrite() });
    },
  };
}

export function useSoreness(sessionId: string, saved: Soreness | null) {
  const { latest, waiting, error } = useLatestWrite("sessions.soreness", (v) => v.sessionId === sessionId);
  return {
    soreness: latest?.soreness ?? saved,
    waiting,
    error,
    answer(soreness: Soreness) {
      sendWrite("sessions.soreness", { sessionId, soreness, ...newWrite() });
    },
  };
}

/** A training log, sent like a tick: it waits offline and is replayed once. */
export function useSessionLog(sessionId: string) {
  const { latest, waiting, error } = useLatestWrite("sessions.log", (v) => v.sessionId === sessionId);
  return {
    latest,
    waiting,
    error,
    send(log: Omit<WriteInputs["sessions.log"], "sessionId" | "clientId" | "clientTime">) {
      sendWrite("sessions.log", { sessionId, ...log, ...newWrite() });
    },
  };
}
