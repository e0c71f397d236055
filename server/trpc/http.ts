import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { MAX_BATCH_CALLS } from "../domain/http-limits";
import type { TrpcContext } from "./context";
import { bodyLimitFor, calledPaths, readBodyWithin } from "./request-limits";
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

/**
 * The tRPC HTTP endpoint, with the context factory passed in so tests can serve a test database.
 * Refuses cross-site mutations (403) and bodies over the procedure's limit (413) before any
 * procedure runs; tRPC itself refuses a batch of more than MAX_BATCH_CALLS calls (400).
 */
export async function handleTrpcRequest(req: Request, createContext: () => Promise<TrpcContext>): Promise<Response> {
  if (isCrossOriginMutation(req)) return refusal(403, "Cross-site requests are refused.");
  let limited = req;
  if (req.method === "POST") {
    const body = await readBodyWithin(req, bodyLimitFor(calledPaths(req, TRPC_ENDPOINT)));
    if (body === null) return refusal(413, "That request is too large.");
    limited = new Request(req.url, { method: req.method, headers: req.headers, body, signal: req.signal });
  }
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req: limited,
    router: appRouter,
    createContext,
    maxBatchSize: MAX_BATCH_CALLS,
  });
}
