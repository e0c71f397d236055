import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { SCALE_PASSWORD, scaleAthleteEmail } from "@/server/demo/scale";
import { ensureBuild, residentMb, startApp, type AppServer } from "./app-server";
import { mutationBody, queryPath, signIn } from "./client";
import { benchServer, createDatabase, scaleFromEnv, seedDatabase, sessionsOf, type AthleteSessions } from "./setup";

/**
 * `npm run bench:soak`: 60 s at 200 concurrent users, each a different signed-in athlete going
 * round their day: the week, a session, a check-off, a training log and a comment. Passes with
 * 0 errors and the server's memory flat after warm-up: the live heap after each full collection
 * past the first 15 s grows by at most 15% (resident memory is sampled every 5 s and printed too).
 * Knobs: DATABASE_URL, BENCH_PORT (3116), SOAK_SECONDS (60), SOAK_USERS (200), BENCH_ATHLETES.
 */
const port = Number(process.env.BENCH_PORT ?? 3116);
const seconds = Number(process.env.SOAK_SECONDS ?? 60);
const users = Number(process.env.SOAK_USERS ?? 200);
/** Growth allowed between the first and the last sample after warm-up. */
const FLAT = 0.15;

type User = AthleteSessions & { cookie: string; turn: number };

async function signInUsers(baseUrl: string, databaseUrl: string): Promise<User[]> {
  const signedIn: User[] = [];
  for (let first = 0; first < users; first += 8) {
    const batch = Array.from({ length: Math.min(8, users - first) }, (_, i) => scaleAthleteEmail(first + i));
    signedIn.push(
      ...(await Promise.all(
        batch.map(async (email) => ({
          ...(await sessionsOf(databaseUrl, email)),
          cookie: await signIn(baseUrl, email, SCALE_PASSWORD),
          turn: 0,
        })),
      )),
    );
  }
  return signedIn;
}

const stamp = () => ({ clientId: randomUUID(), clientTime: new Date(Date.now() - 1000).toISOString() });

/** One user's day, request by request: autocannon walks this list on each connection. */
function day(users: User[]): autocannon.Request[] {
  let next = 0;
  const userOf = (context: object): User => {
    const state = context as { user?: User };
    state.user ??= users[next++ % users.length];
    return state.user as User;
  };
  const past = (user: User) => user.past[user.turn++ % user.past.length] ?? user.any;
  const get = (path: (user: User) => string): autocannon.Request => ({
    method: "GET",
    setupRequest: (request, context) => {
      const user = userOf(context);
      return { ...request, path: path(user), headers: { ...request.headers, cookie: user.cookie } };
    },
  });
  const post = (procedure: string, input: (user: User) => unknown): autocannon.Request => ({
    method: "POST",
    setupRequest: (request, context) => {
      const user = userOf(context);
      return {
        ...request,
        path: `/api/trpc/${procedure}`,
        headers: { ...request.headers, cookie: user.cookie, "content-type": "application/json" },
        body: mutationBody(input(user)),
      };
    },
  });
  return [
    get(() => queryPath("plans.week", {})),
    get((user) => `/sessions/${user.any}`),
    post("sessions.checkOff", (user) => ({ sessionId: past(user), status: "done", ...stamp() })),
    post("sessions.log", (user) => ({ sessionId: past(user), rpe: 7, note: "Soak test", sets: [], ...stamp() })),
    post("comments.add", (user) => ({ subject: { sessionId: user.any }, body: "Felt good today." })),
  ];
}

function sampleMemory(app: AppServer, into: number[]): NodeJS.Timeout {
  return setInterval(() => {
    const mb = residentMb(app.pid);
    into.push(mb);
    console.log(`  ${into.length * 5} s: server RSS ${mb.toFixed(0)} MB`);
  }, 5000);
}

/**
 * The heap in use after each full collection (--trace-gc's "Mark-Compact a (b) -> c (d) MB"),
 * from 15 s after the soak's first collection on.
 */
function liveHeapAfterWarmUp(log: string): number[] {
  const collections = [...log.matchAll(/(\d+) ms: (Scavenge|Mark-Compact)[^>]*-> ([\d.]+) \(/g)].map((match) => ({
    ms: Number(match[1]),
    full: match[2] === "Mark-Compact",
    liveMb: Number(match[3]),
  }));
  const start = (collections[0]?.ms ?? 0) + 15_000;
  return collections.filter((each) => each.full && each.ms >= start).map((each) => each.liveMb);
}

async function main() {
  ensureBuild();
  const server = benchServer(port + 2);
  let app: AppServer | undefined;
  try {
    const databaseUrl = await createDatabase(server.url, "gw_bench_scale");
    await seedDatabase(databaseUrl, scaleFromEnv(), "scale database");
    // --trace-gc prints the heap after every collection: the live heap after a full one is what
    // a leak would raise, where resident memory also holds what V8 and the allocator keep in reserve.
    app = await startApp({ port, database: { url: databaseUrl }, nodeFlags: ["--trace-gc"] });
    const signedIn = await signInUsers(app.url, databaseUrl);
    console.log(`${signedIn.length} users signed in; soak for ${seconds} s (week, session, check-off, log, comment)`);
    const samples: number[] = [];
    const timer = sampleMemory(app, samples);
    const logBefore = app.output().length;
    const { url } = app;
    const started = Date.now();
    const failedAt: number[] = [];
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const options = { url, connections: signedIn.length, duration: seconds, requests: day(signedIn) };
      const run = autocannon(options, (error: unknown, finished) => (error ? reject(error) : resolve(finished)));
      // When requests fail says whether it is the start (every user's first request at once) or
      // the server falling behind as the soak goes on.
      run.on("reqError", () => failedAt.push(Math.floor((Date.now() - started) / 1000)));
    });
    clearInterval(timer);
    if (failedAt.length > 0) console.log(`failed requests, by second of the soak: ${failedAt.join(", ")}`);
    const wrong = Object.entries(result.statusCodeStats ?? {})
      .filter(([status]) => Number(status) !== 200)
      .map(
        ([status, stat]) => `${stat.count ?? 0} x ${status === "undefined" ? "no answer (timeout)" : `HTTP ${status}`}`,
      );
    // autocannon's `errors` already counts the timeouts among the connection errors.
    const errors = result.errors + (result.non2xx ?? 0);
    console.log(
      `\n${result.requests.total} requests, ${(result.requests.total / seconds).toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${errors}${wrong.length ? ` (${wrong.join(", ")})` : ""}`,
    );
    const warm = samples.slice(Math.min(3, samples.length - 1)); // after the first 15 s
    const growth = (warm.at(-1) ?? 0) / (warm[0] ?? 1) - 1;
    console.log(`RSS after warm-up: ${warm.map((mb) => mb.toFixed(0)).join(", ")} MB (${(100 * growth).toFixed(1)}%)`);
    const heap = liveHeapAfterWarmUp(app.output().slice(logBefore));
    const heapGrowth = heap.length > 1 ? (heap.at(-1) ?? 0) / (heap[0] ?? 1) - 1 : Number.NaN;
    console.log(
      `live heap after each full collection past warm-up: ${heap.map((mb) => mb.toFixed(0)).join(", ")} MB (${(100 * heapGrowth).toFixed(1)}%)`,
    );
    if (errors > 0) {
      console.log(
        `errors: ${result.errors} connection errors (${result.timeouts} of them timeouts), ${result.non2xx ?? 0} non-2xx answers`,
      );
      const logged = app
        .output()
        .split("\n")
        .filter((line) => /error/i.test(line));
      if (logged.length > 0) console.log(`server log, lines naming an error:\n${logged.slice(-20).join("\n")}`);
    }
    // The verdict on memory is the live heap: resident memory also holds what V8 and the allocator
    // keep in reserve after a busy moment, and is shown for that reason only.
    const pass = errors === 0 && heapGrowth <= FLAT;
    console.log(`| 0 errors | ${errors} | ${errors === 0 ? "PASS" : "FAIL"} |`);
    console.log(
      `| live heap flat after warm-up (<= ${100 * FLAT}%) | ${(100 * heapGrowth).toFixed(1)}% | ${heapGrowth <= FLAT ? "PASS" : "FAIL"} |`,
    );
    process.exitCode = pass ? 0 : 1;
  } finally {
    await app?.kill("SIGTERM");
    server.cluster?.destroy();
  }
}

await main();
