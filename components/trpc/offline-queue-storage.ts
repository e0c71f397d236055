import { createSyncStoragePersister } from "@tanstack/query-sync-storage-persister";
import type { Mutation, QueryClient } from "@tanstack/react-query";
import { persistQueryClient } from "@tanstack/react-query-persist-client";

/**
 * Keeping the queue of offline writes in localStorage (see offline-writes.ts). Loaded just after the
 * page starts rather than with it: restoring the queue was already asynchronous, and these two
 * packages need not weigh on every page's first load.
 */
export const OFFLINE_WRITES_STORAGE_KEY = "groundwork-offline-writes";
/** Bump when the shape of a queued write changes: older queues are then dropped, not replayed. */
const QUEUE_VERSION = "checkoff-1";
/** A week away from signal is still worth sending when the runner is back. */
const QUEUE_MAX_AGE_MS = 14 * 24 * 3600 * 1000;

/** Restores the queue from storage, sends what it holds, and keeps storing the paused writes. */
export function persistOfflineQueue(queryClient: QueryClient): void {
  const [, restored] = persistQueryClient({
    queryClient,
    persister: createSyncStoragePersister({
      storage: window.localStorage,
      key: OFFLINE_WRITES_STORAGE_KEY,
      throttleTime: 100,
    }),
    buster: QUEUE_VERSION,
    maxAge: QUEUE_MAX_AGE_MS,
    // Only the queue is kept: the pages load their data fresh, and the cache could hold another user's.
    dehydrateOptions: {
      shouldDehydrateQuery: () => false,
      shouldDehydrateMutation: (mutation: Mutation) => mutation.state.isPaused,
    },
  });
  void restored.then(() => queryClient.resumePausedMutations()).catch(() => undefined);
}
