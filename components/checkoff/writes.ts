"use client";

import { useMutation, useMutationState, type MutationKey } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { useTRPC } from "@/components/trpc/client";
import type { SessionStatus, SkipReason, Soreness, RunStatus } from "@/server/domain/checkoff-words";
import type { RunCheckOffInput, SessionCheckOffInput, SessionSorenessInput } from "./types";
import { newWrite } from "./write-id";

export { newWrite };
const noSubscription = () => () => undefined;

/**
 * False while the page hydrates, true after. Queued writes are restored from storage in the
 * browser only, so they are left out of the hydrating render to match the server's HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** Writes still on their way for one item, oldest tap first; `waiting` = paused until online. */
export function usePendingWrites<T extends { clientTime: string }>(
  mutationKey: MutationKey,
  isFor: (variables: T) => boolean,
): { variables: T; waiting: boolean }[] {
  const hydrated = useHydrated();
  const pending = useMutationState({
    filters: { mutationKey, status: "pending" },
    // The key fixes the procedure, so the variables have its input type.
    select: (mutation) => ({ variables: mutation.state.variables as T, waiting: mutation.state.isPaused }),
  });
  if (!hydrated) return [];
  return pending
    .filter((write) => write.variables && isFor(write.variables))
    .sort((a, b) => a.variables.clientTime.localeCompare(b.variables.clientTime));
}

/** How many writes wait for a connection, across the app: the "waiting to sync" count. */
export function useWaitingWrites(): number {
  const hydrated = useHydrated();
  const waiting = useMutationState({ filters: { status: "pending", predicate: (m) => m.state.isPaused } }).length;
  return hydrated ? waiting : 0;
}

/** A session's check-off as the runner sees it: the latest tap if one is on its way, else the saved state. */
export function useSessionCheckOff(sessionId: string, saved: { status: SessionStatus; reason: SkipReason | null }) {
  const trpc = useTRPC();
  const write = useMutation(trpc.sessions.checkOff.mutationOptions());
  const pending = usePendingWrites<SessionCheckOffInput>(
    trpc.sessions.checkOff.mutationKey(),
    (v) => v.sessionId === sessionId,
  );
  const latest = pending.at(-1)?.variables;
  return {
    status: latest?.status ?? saved.status,
    reason: latest ? (latest.reason ?? null) : saved.reason,
    waiting: pending.some((p) => p.waiting),
    error: write.error?.message ?? null,
    tick(status: SessionStatus, reason?: SkipReason) {
      write.reset();
      write.mutate({ sessionId, status, ...(reason ? { reason } : {}), ...newWrite() });
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
  const trpc = useTRPC();
  const write = useMutation(trpc.runs.checkOff.mutationOptions());
  const pending = usePendingWrites<RunCheckOffInput>(trpc.runs.checkOff.mutationKey(), (v) => v.runId === runId);
  const latest = pending.at(-1)?.variables;
  return {
    status: latest?.status ?? saved.status,
    reason: latest ? (latest.reason ?? null) : saved.reason,
    actualDistanceKm: latest ? (latest.actualDistanceKm ?? null) : saved.actualDistanceKm,
    actualMinutes: latest ? (latest.actualMinutes ?? null) : saved.actualMinutes,
    waiting: pending.some((p) => p.waiting),
    error: write.error?.message ?? null,
    tick(status: RunStatus, details: { reason?: SkipReason } & RunActuals = {}) {
      write.reset();
      write.mutate({ runId, status, ...details, ...newWrite() });
    },
  };
}

export function useSoreness(sessionId: string, saved: Soreness | null) {
  const trpc = useTRPC();
  const write = useMutation(trpc.sessions.soreness.mutationOptions());
  const pending = usePendingWrites<SessionSorenessInput>(
    trpc.sessions.soreness.mutationKey(),
    (v) => v.sessionId === sessionId,
  );
  return {
    soreness: pending.at(-1)?.variables.soreness ?? saved,
    waiting: pending.some((p) => p.waiting),
    error: write.error?.message ?? null,
    answer(soreness: Soreness) {
      write.reset();
      write.mutate({ sessionId, soreness, ...newWrite() });
    },
  };
}
