import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { TrpcContext } from "./context";
import { appRouter } from "./routers";

export const TRPC_ENDPOINT = "/api/trpc";

/** The tRPC HTTP endpoint, with the context factory passed in so tests can serve a test database. */
export function handleTrpcRequest(req: Request, createContext: () => Promise<TrpcContext>): Promise<Response> {
  return fetchRequestHandler({ endpoint: TRPC_ENDPOINT, req, router: appRouter, createContext });
}
