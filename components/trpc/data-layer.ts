import type { MutationKey, QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import superjson from "superjson";
import { MAX_BATCH_CALLS } from "@/server/domain/http-limits";
import type { AppRouter } from "@/server/trpc/routers";
import { makeQueryClient } from "@/server/trpc/query-client";
import { keepOfflineWrites, writeKeys } from "./offline-writes";
import type { WriteInputs, WriteProcedure } from "./write-store";

/**
 * The browser's data layer: one query cache and one tRPC client for the tab, and the offline queue
 * of check-offs. Pages with live queries get it through TrpcReactProvider (client.tsx); the week
 * view, rendered on the server, loads it on demand through write-store.ts.
 */
export interface DataLayer {
  queryClient: QueryClient;
  trpcClient: TRPCClient<AppRouter>;
  /** Each offline-capable write's mutation key, which its defaults (retry, refresh) are set under. */
  writeKeys: Record<WriteProcedure, MutationKey>;
}

function createLayer(): DataLayer {
  const queryClient = makeQueryClient();
  const trpcClient = createTRPCClient<AppRouter>({
    // The server refuses a bigger batch; the link splits more calls over several requests.
    links: [httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: MAX_BATCH_CALLS })],
  });
  const keys = writeKeys(createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient }));
  return { queryClient, trpcClient, writeKeys: keys };
}

let browserLayer: DataLayer | undefined;

/** The tab's data layer; on the server, a fresh one per render so no data is shared between users. */
export function dataLayer(): DataLayer {
  if (typeof window === "undefined") return createLayer();
  if (!browserLayer) {
    browserLayer = createLayer();
    // Check-offs made offline wait in storage and are sent once the connection returns.
    keepOfflineWrites(browserLayer.queryClient, browserLayer.trpcClient);
  }
  return browserLayer;
}

/** Runs one check-off write as a mutation of the tab's cache, so it can pause offline and be replayed. */
export function sendWrite<P extends WriteProcedure>(procedure: P, variables: WriteInputs[P]): void {
  const { queryClient, writeKeys: keys } = dataLayer();
  const mutation = queryClient.getMutationCache().build(queryClient, { mutationKey: keys[procedure] });
  // A failure is shown from the mirrored state (write-store.ts), not thrown here.
  mutation.execute(variables).catch(() => undefined);
}
