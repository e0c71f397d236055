import type { QueryClient } from "@tanstack/react-query";
import { TRPCClientError, type TRPCClient } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { AppRouter } from "@/server/trpc/routers";

/**
 * Ticks and logs are made in the gym, often without signal. These writes are TanStack Query
 * mutations that pause while the browser is offline; the paused ones are kept in localStorage so
 * they survive a closed tab, and are sent when the connection returns. Every write carries its own
 * clientId and clientTime, so a replay is applied once and a late one never overwrites a newer tap.
 */
type OptionsProxy = ReturnType<typeof createTRPCOptionsProxy<AppRouter>>;

/** The mutation options of every write that may wait offline; components use the same keys. */
export function offlineWriteOptions(trpc: OptionsProxy) {
  return [
    trpc.sessions.checkOff.mutationOptions(),
    trpc.sessions.log.mutationOptions(),
    trpc.sessions.soreness.mutationOptions(),
    trpc.runs.checkOff.mutationOptions(),
  ] as const;
}

/** A rejected write (not allowed, invalid) is final; only a lost connection is worth retrying. */
function isConnectionFailure(error: unknown): boolean {
  return !(error instanceof TRPCClientError) || error.data === undefined || error.data === null;
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
  // Figures are computed on the server: after a write lands, the week, session and adherence reload.
  // Returning the promise keeps the write pending until they have, so the tick never flickers back.
  const refresh = () =>
    Promise.all(
      [trpc.plans.pathKey(), trpc.sessions.pathKey(), trpc.adherence.pathKey(), trpc.runs.pathKey()].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
  for (const options of offlineWriteOptions(trpc)) {
    queryClient.setMutationDefaults(options.mutationKey, {
      mutationFn: options.mutationFn as (variables: unknown) => Promise<unknown>,
      retry: (failures, error) => failures < 3 && isConnectionFailure(error),
      onSettled: refresh,
    });
  }
  // The storage side loads on its own (offline-queue-storage.ts); the write defaults above are set now,
  // so a tap made before it arrives still retries and refreshes the week.
  void import("./offline-queue-storage")
    .then(({ persistOfflineQueue }) => persistOfflineQueue(queryClient))
    .catch(() => undefined);
}
