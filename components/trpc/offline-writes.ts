import type { Mutation, MutationKey, QueryClient } from "@tanstack/react-query";
import { TRPCClientError, type TRPCClient } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { AppRouter } from "@/server/trpc/routers";
import { publishWrites, refreshPages, WRITE_PROCEDURES, type Write, type WriteProcedure } from "./write-store";

/**
 * Ticks and logs are made in the gym, often without signal. These writes are TanStack Query
 * mutations that pause while the browser is offline; the paused ones are kept in localStorage so
 * they survive a closed tab, and are sent when the connection returns. Every write carries its own
 * clientId and clientTime, so a replay is applied once and a late one never overwrites a newer tap.
 */
type OptionsProxy = ReturnType<typeof createTRPCOptionsProxy<AppRouter>>;

/** The mutation options of every write that may wait offline, by procedure. */
function writeOptions(trpc: OptionsProxy) {
  return {
    "sessions.checkOff": trpc.sessions.checkOff.mutationOptions(),
    "sessions.log": trpc.sessions.log.mutationOptions(),
    "sessions.soreness": trpc.sessions.soreness.mutationOptions(),
    "runs.checkOff": trpc.runs.checkOff.mutationOptions(),
  } satisfies Record<WriteProcedure, unknown>;
}

export function writeKeys(trpc: OptionsProxy): Record<WriteProcedure, MutationKey> {
  return {
    "sessions.checkOff": trpc.sessions.checkOff.mutationKey(),
    "sessions.log": trpc.sessions.log.mutationKey(),
    "sessions.soreness": trpc.sessions.soreness.mutationKey(),
    "runs.checkOff": trpc.runs.checkOff.mutationKey(),
  };
}

/** A rejected write (not allowed, invalid) is final; only a lost connection is worth retrying. */
function isConnectionFailure(error: unknown): boolean {
  return !(error instanceof TRPCClientError) || error.data === undefined || error.data === null;
}

/** Mirrors the cache's writes into write-store.ts, which the check-off components read. */
function mirrorWrites(queryClient: QueryClient, keys: Record<WriteProcedure, MutationKey>): void {
  const procedureOf = new Map(WRITE_PROCEDURES.map((p) => [JSON.stringify(keys[p]), p]));
  const asWrite = (mutation: Mutation<unknown, Error, unknown>): Write[] => {
    const procedure = procedureOf.get(JSON.stringify(mutation.options.mutationKey));
    const { status, variables, isPaused, error } = mutation.state;
    if (!procedure || !variables || status === "idle") return [];
    return [{ procedure, variables, status, waiting: isPaused, error: error?.message ?? null } as Write];
  };
  const cache = queryClient.getMutationCache();
  const publish = () => publishWrites(cache.getAll().flatMap(asWrite));
  cache.subscribe(publish);
  publish();
}

const prepared = new WeakSet<QueryClient>();

/**
 * Registers the writes' mutation functions by key (a restored write has no component behind it),
 * then restores the queue from storage and sends what it holds. Browser only; safe to call twice.
 */
export function keepOfflineWrites(queryClient: QueryClient, client: TRPCClient<AppRouter>): void {
  if (prepared.has(queryClient) || typeof window === "undefined") return;
  prepared.add(queryClient);
  const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });
  // Figures are computed on the server: after a write lands, the week, session and adherence reload
  // (queries here, server-rendered pages through their refreshers). Returning the promise keeps the
  // write pending until they have, so the tick never flickers back.
  const refresh = () =>
    Promise.all([
      ...[trpc.plans.pathKey(), trpc.sessions.pathKey(), trpc.adherence.pathKey(), trpc.runs.pathKey()].map(
        (queryKey) => queryClient.invalidateQueries({ queryKey }),
      ),
      refreshPages(),
    ]);
  const options = writeOptions(trpc);
  const keys = writeKeys(trpc);
  for (const procedure of WRITE_PROCEDURES) {
    queryClient.setMutationDefaults(keys[procedure], {
      mutationFn: options[procedure].mutationFn as (variables: unknown) => Promise<unknown>,
      retry: (failures, error) => failures < 3 && isConnectionFailure(error),
      onSettled: refresh,
    });
  }
  mirrorWrites(queryClient, keys);
  // The storage side loads on its own (offline-queue-storage.ts); the write defaults above are set now,
  // so a tap made before it arrives still retries and refreshes the week.
  void import("./offline-queue-storage")
    .then(({ persistOfflineQueue }) => persistOfflineQueue(queryClient))
    .catch(() => undefined);
}
