// @ts-check
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { admitInOrder } from "./server/http/admission.mjs";

// What the `next` command sets before it loads anything: Next.js picks React's production or
// development build by NODE_ENV when it first loads it, so this comes before the import below.
process.env.NODE_ENV ||= "production";
process.env.NEXT_RUNTIME = "nodejs";
const { default: next } = await import("next");

/**
 * The production server: `next start` with admission control in front (server/http/admission.mjs).
 * Takes the same -p/--port and -H/--hostname as `next start` (PORT, else 3000; all interfaces).
 * MAX_REQUESTS_IN_FLIGHT (24) bounds the requests handled at once; MAX_REQUESTS_WAITING (1000)
 * those queued behind them, past which the server answers 503 with Retry-After.
 */
const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
const limit = wholeNumber("MAX_REQUESTS_IN_FLIGHT", 24, 1);
const queueLimit = wholeNumber("MAX_REQUESTS_WAITING", 1000, 0);

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
await app.prepare();
const server = createServer(admitInOrder(app.getRequestHandler(), { limit, queueLimit }));
server.listen(port, hostname, () => {
  console.log(`Groundwork on http://${hostname ?? "localhost"}:${port} (${limit} requests at a time)`);
});

// A normal stop finishes the requests in flight (for at most 10 s); a second signal does not wait.
for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT"])) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
    process.once(signal, () => process.exit(1));
  });
}

/**
 * A setting from the environment; a typo stops the server at once rather than let no request in.
 * @param {string} name @param {number} fallback @param {number} least @returns {number}
 */
function wholeNumber(name, fallback, least) {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (Number.isInteger(value) && value >= least) return value;
  console.error(`${name} must be a whole number of at least ${least}, not "${raw}".`);
  process.exit(1);
}
