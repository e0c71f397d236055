import { defaultShouldDehydrateQuery, QueryClient } from "@tanstack/react-query";
import { wireFormat } from "./wire-format";

/**
 * Prefetched data crosses from server to browser in superjson's format, written and read by
 * wire-format.ts so the browser does not load superjson itself.
 */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Data prefetched on the server is fresh for a while: no refetch right after hydration.
      queries: { staleTime: 30_000 },
      dehydrate: {
        serializeData: wireFormat.serialize,
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
      hydrate: { deserializeData: wireFormat.deserialize },
    },
  });
}
