import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { mutationBody, queryPath } from "./client";

/** One thing to measure: a page or a procedure, as one signed-in user asks for it. */
export interface Target {
  name: string;
  baseUrl: string;
  cookie: string;
  method: "GET" | "POST";
  path: string;
  /** The status every answer must have (the floor is a 404); anything else counts as an error. */
  expectStatus: number;
  /** Builds each request's body afresh (a check-off needs its own clientId every time). */
  body?: () => string;
}

export interface Figures {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

export const page = (name: string, baseUrl: string, cookie: string, path: string, expectStatus = 200): Target => ({
  name,
  baseUrl,
  cookie,
  method: "GET",
  path,
  expectStatus,
});

export const trpcQuery = (name: string, baseUrl: string, cookie: string, procedure: string, input: unknown): Target =>
  page(name, baseUrl, cookie, queryPath(procedure, input));

/** A check-off of one of `sessionIds` (in turn), each with a unique clientId and the time it was sent. */
export function checkOffTarget(name: string, baseUrl: string, cookie: string, sessionIds: string[]): Target {
  let next = 0;
  return {
    name,
    baseUrl,
    cookie,
    method: "POST",
    path: "/api/trpc/sessions.checkOff",
    expectStatus: 200,
    body: () =>
      mutationBody({
        sessionId: sessionIds[next++ % sessionIds.length],
        status: next % 2 === 0 ? "done" : "partial",
        clientId: randomUUID(),
        clientTime: new Date().toISOString(),
      }),
  };
}

/** One request by hand first, so a redirect to sign-in or a 500 never passes for a fast page. */
export async function probe(target: Target): Promise<void> {
  const response = await fetch(target.baseUrl + target.path, {
    method: target.method,
    headers: { cookie: target.cookie, "content-type": "application/json" },
    body: target.body?.(),
    redirect: "manual",
  });
  if (response.status !== target.expectStatus)
    throw new Error(`${target.name}: HTTP ${response.status}, expected ${target.expectStatus}`);
}

export async function run(target: Target, options: { connections: number; seconds: number }): Promise<Figures> {
  const result = await autocannon({
    url: target.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    headers: { cookie: target.cookie, "content-type": "application/json" },
    requests: [
      {
        method: target.method,
        path: target.path,
        ...(target.body ? { setupRequest: (request) => ({ ...request, body: target.body?.() }) } : {}),
      },
    ],
  });
  const wrongStatus = Object.entries(result.statusCodeStats ?? {})
    .filter(([status]) => Number(status) !== target.expectStatus)
    .reduce((sum, [, stat]) => sum + (stat.count ?? 0), 0);
  return {
    name: target.name,
    requestsPerSecond: result.requests.total / options.seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // autocannon's `errors` already counts its timeouts.
    errors: result.errors + wrongStatus,
    requests: result.requests.total,
  };
}

/** The rounds of one target merged: throughput over all of them, latencies averaged, errors summed. */
export function merge(rounds: Figures[]): Figures {
  const first = rounds[0];
  if (!first) throw new Error("no rounds to merge");
  const mean = (pick: (figures: Figures) => number) =>
    rounds.reduce((sum, each) => sum + pick(each), 0) / rounds.length;
  return {
    name: first.name,
    requestsPerSecond: mean((each) => each.requestsPerSecond),
    p50: mean((each) => each.p50),
    p99: mean((each) => each.p99),
    errors: rounds.reduce((sum, each) => sum + each.errors, 0),
    requests: rounds.reduce((sum, each) => sum + each.requests, 0),
  };
}

/** Seconds each target is run, unmeasured, before the first round (BENCH_WARMUP, default 2). */
const WARM_UP_SECONDS = Number(process.env.BENCH_WARMUP ?? 2);

/**
 * Every target in turn, round after round (A B C… A B C…), so a machine that speeds up or slows
 * down during the run moves every target alike and the ratios hold. Each target is first run
 * unmeasured for a moment, so no round pays for the server compiling its code path; and after each
 * run the requests still in flight are waited for (one more request queues behind them), so a heavy
 * target's leftovers are never counted against the next one.
 */
export async function alternate(
  targets: Target[],
  options: { rounds: number; connections: number; seconds: number; log?: (line: string) => void },
): Promise<Figures[]> {
  for (const target of targets) await probe(target);
  if (WARM_UP_SECONDS > 0)
    for (const target of targets) {
      await run(target, { ...options, seconds: WARM_UP_SECONDS });
      await probe(target);
    }
  const rounds = new Map<string, Figures[]>(targets.map((target) => [target.name, []]));
  for (let round = 1; round <= options.rounds; round++)
    for (const target of targets) {
      const figures = await run(target, options);
      await probe(target);
      rounds.get(target.name)?.push(figures);
      options.log?.(
        `  round ${round} ${target.name.padEnd(30)} ${figures.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${figures.p50} ms  p99 ${figures.p99} ms  errors ${figures.errors}`,
      );
    }
  return targets.map((target) => merge(rounds.get(target.name) ?? []));
}
