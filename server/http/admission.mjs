// @ts-check
import { AsyncResource } from "node:async_hooks";

/**
 * Admission control for the production server (server.mjs): at most `limit` requests are handled
 * at once, the rest wait in arrival order.
 *
 * Node takes every request as it arrives and interleaves them all. Under the soak's 200 users that
 * shared one process between 200 requests, so a check-off, whose transaction takes a dozen turns of
 * the event loop, waited behind all the others at every turn and some took over 10 s, while the
 * median answer took 1.5 s. With a bound, a request waits its turn once, in order, and then runs
 * among a few (README, Performance).
 *
 * @typedef {import("node:http").IncomingMessage} Request
 * @typedef {import("node:http").ServerResponse} Response
 * @typedef {(req: Request, res: Response) => unknown} Handler
 * @param {Handler} handler
 * @param {{ limit: number, queueLimit: number }} options
 * @returns {Handler}
 */
export function admitInOrder(handler, { limit, queueLimit }) {
  let running = 0;
  /** @type {Array<() => void>} */
  const waiting = [];

  const admitNext = () => {
    while (running < limit && waiting.length > 0) waiting.shift()?.();
  };

  return (req, res) => {
    if (waiting.length >= queueLimit) {
      // Past this the wait would outlast any client's patience: say so now, and when to retry.
      res.writeHead(503, { "retry-after": "1", "content-type": "text/plain; charset=utf-8" });
      res.end("The server is busy: try again in a moment.");
      return;
    }
    // Bound to the context the request arrived in: run from another request's end, it would inherit
    // that request's async context, where Next.js keeps the state of the request it is serving.
    const start = AsyncResource.bind(() => {
      // A client that gave up while waiting needs no answer, and takes no turn.
      if (req.destroyed || res.destroyed) return;
      running += 1;
      let done = false;
      const release = () => {
        if (done) return;
        done = true;
        running -= 1;
        admitNext();
      };
      res.once("finish", release);
      res.once("close", release);
      new Promise((resolve) => resolve(handler(req, res))).catch((error) => {
        console.error(error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
    waiting.push(start);
    admitNext();
  };
}
