import type { IncomingMessage, ServerResponse } from "node:http";

export type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** See admission.mjs: at most `limit` requests handled at once, the rest wait in arrival order. */
export function admitInOrder(handler: Handler, options: { limit: number; queueLimit: number }): Handler;
