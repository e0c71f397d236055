import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { TrpcContext } from "./context";
import { appRouter } from "./routers";

export const TRPC_ENDPOINT = "/api/trpc";

/** The host the request was addressed to, as the browser saw it (a proxy in front forwards it). */
function requestHost(req: Request): string {
  return req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? new URL(req.url).host;
}

/**
 * A mutation sent from another site's page carries that site's Origin. Browsers always send
 * Origin on a cross-site POST, so refusing a present, different one stops cross-site requests
 * riding on the session cookie; a request without Origin (curl, server to server) has no cookie
 * to ride on from a browser, so it passes.
 */
export function isCrossOriginMutation(req: Request): boolean {
  if (req.method !== "POST") return false;
  const origin = req.headers.get("origin");
  if (origin === null) return false;
  try {
    return new URL(origin).host !== requestHost(req);
  } catch {
    return true; // "null" or garbage: not our page
  }
}

function refusal(status: number, message: string): Response {
  return new Response(JSON.stringify({ error: { message } }), {
    status,
    headers: { "content-type": "application/json" },
  });
}

/** The tRPC HTTP endpoint, with the context factory passed in so tests can serve a test database. */
export function handleTrpcRequest(req: Request, createContext: () => Promise<TrpcContext>): Promise<Response> {
  if (isCrossOriginMutation(req)) return Promise.resolve(refusal(403, "Cross-site requests are refused."));
  return fetchRequestHandler({ endpoint: TRPC_ENDPOINT, req, router: appRouter, createContext });
}
