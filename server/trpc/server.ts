import "server-only";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { cache } from "react";
import { createContext } from "./context";
import { makeQueryClient } from "./query-client";
import { appRouter } from "./routers";

/** One QueryClient per server request, so prefetched data never leaks between users. */
export const getQueryClient = cache(makeQueryClient);

/** Server components prefetch with this proxy; procedures run in-process, no HTTP round trip. */
export const trpc = createTRPCOptionsProxy({
  ctx: createContext,
  router: appRouter,
  queryClient: getQueryClient,
});

/** A direct caller for server components that need the data itself (not just a prefetch). */
export const serverCaller = cache(async () => appRouter.createCaller(await createContext()));
