import { randomUUID } from "node:crypto";
import path from "node:path";
import autocannon from "autocannon";
import { SCALE_PASSWORD, scaleAthleteEmail } from "@/server/demo/scale";
import { ensureBuild, residentMb, startApp, untilIdle, type AppServer } from "./app-server";
import { mutationBody, queryPath, signIn } from "./client";
import { benchServer, createDatabase, scaleFromEnv, seedDatabase, sessionsOf, type AthleteSessions } from "./setup";

/**
 * `npm run bench:soak`: 60 s at 200 concurrent users, each a different signed-in athlete going
 * round their day (the week, a session, a check-off, a training log and a comment), each user
 * starting at a different step, after a 15 s warm-up of the same load on the freshly started
 * server (its errors are printed, not judged). Passes with 0 errors in the soak and memory flat:
 * the live heap at rest (after a full collection, with nothing in flight) grows by at most 15%
 * from after the warm-up to after the soak. Resident memory is sampled every 5 s and printed too.
 * Knobs: DATABASE_URL, BENCH_PORT (3116), SOAK_SECONDS (60), SOAK_WARM_UP_SECONDS (15),
 * SOAK_USERS (200), BENCH_ATHLETES.
 */
const port = Number(process.env.BENCH_PORT ?? 3116);
const seconds = Number(process.env.SOAK_SECONDS ?? 60);
const users = Number(process.env.SOAK_USERS ?? 200);
/** Growth allowed in the live heap at rest, from after the warm-up to after the soak. */
const FLAT = 0.15;
/** The same load first, not measured: the server compiles and fills its caches on first use. */
const WARM_UP_SECONDS = Number(process.env.SOAK_WARM_UP_SECONDS ?? 15);

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

type Step = (user: User) => Pick<autocannon.Request, "method" | "path" | "body"> & { json?: boolean };

/** One user's day, request by request: the week, a session, a check-off, a training log, a comment. */
const DAY: Step[] = [
  () => ({ method: "GET", path: queryPath("plans.week", {}) }),
  (user) => ({ method: "GET", path: `/sessions/${user.any}` }),
  (user) => ({
    method: "POST",
    path: "/api/trpc/sessions.checkOff",
    json: true,
    body: mutationBody({ sessionId: past(user), status: "done", ...stamp() }),
  }),
  (user) => ({
    method: "POST",
    path: "/api/trpc/sessions.log",
    json: true,
    body: mutationBody({ sessionId: past(user), rpe: 7, note: "Soak test", sets: [], ...stamp() }),
  }),
  (user) => ({
    method: "POST",
    path: "/api/trpc/comments.add",
    json: true,
    body: mutationBody({ subject: { sessionId: user.any }, body: "Felt good today." }),
  }),
];

function past(user: User): string {
  return user.past[user.turn++ % user.past.length] ?? user.any;
}

/**
 * The requests autocannon walks on each connection, one per step of the day. User n starts at
 * step n mod 5, so the 200 users are spread over the day from the first second, as people are:
 * with every user on step 1 at once, all 200 asked for the same page in the same instant, and the
 * last of those answers took as long as 200 of that page in a row (about 7 s for the session page).
 */
function day(users: User[]): autocannon.Request[] {
  let next = 0;
  const userOf = (context: object): { user: User; start: number } => {
    const state = context as { user?: User; start?: number };
    if (!state.user) {
      state.start = next;
      state.user = users[next++ % users.length];
    }
    return { user: state.user as User, start: state.start ?? 0 };
  };
  return DAY.map((_, slot) => ({
    setupRequest: (request, context) => {
      const { user, start } = userOf(context);
      const { json, ...step } = (DAY[(slot + start) % DAY.length] as Step)(user);
      const headers = {
        ...request.headers,
        cookie: user.cookie,
        ...(json ? { "content-type": "application/json" } : {}),
      };
      return { ...request, ...step, headers };
    },
  }));
}

function sampleMemory(app: AppServer, into: number[]): NodeJS.Timeout {
  return setInterval(() => {
    const mb = residentMb(app.pid);
    into.push(mb);
    console.log(`  ${into.length * 5} s: server RSS ${mb.toFixed(0)} MB`);
  }, 5000);
}

/**
 * The server's live heap after a full collection, once the requests in flight have finished; the
 * soak starts only then too, so it never meets the warm-up's last requests.
 */
async function liveHeapAtRest(app: AppServer): Promise<number> {
  await untilIdle(app.pid);
  const before = app.output().length;
  process.kill(app.pid, "SIGUSR2");
  for (let tries = 0; tries < 50; tries += 1) {
    const found = /live heap at rest: ([\d.]+) MB/.exec(app.output().slice(before));
    if (found) return Number(found[1]);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the server did not report its heap");
}

/** Runs the day on every user's connection for `duration` seconds; failures by second of the run. */
async function walk(url: string, users: User[], duration: number) {
  const started = Date.now();
  const failedAt: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = { url, connections: users.length, duration, requests: day(users) };
    const run = autocannon(options, (error: unknown, finished) => (error ? reject(error) : resolve(finished)));
    // When requests fail says whether it is the start or the server falling behind as the soak goes on.
    run.on("reqError", () => failedAt.push(Math.floor((Date.now() - started) / 1000)));
  });
  return { result, failedAt };
}

async function main() {
  ensureBuild();
  const server = benchServer(port + 2);
  let app: AppServer | undefined;
  try {
    const databaseUrl = await createDatabase(server.url, "gw_bench_scale");
    await seedDatabase(databaseUrl, scaleFromEnv(), "scale database");
    app = await startApp({
      port,
      database: { url: databaseUrl },
      nodeFlags: ["--expose-gc", "-r", path.join(process.cwd(), "scripts/bench-load/heap-on-signal.cjs")],
    });
    const signedIn = await signInUsers(app.url, databaseUrl);
    console.log(`${signedIn.length} users signed in; warm-up for ${WARM_UP_SECONDS} s, then soak for ${seconds} s`);
    const warmUp = await walk(app.url, signedIn, WARM_UP_SECONDS);
    const heapBefore = await liveHeapAtRest(app);
    const samples: number[] = [];
    const timer = sampleMemory(app, samples);
    const { result, failedAt } = await walk(app.url, signedIn, seconds);
    clearInterval(timer);
    const heapAfter = await liveHeapAtRest(app);
    if (failedAt.length > 0) console.log(`failed requests, by second of the soak: ${failedAt.join(", ")}`);
    const wrong = Object.entries(result.statusCodeStats ?? {})
      .filter(([status]) => Number(status) !== 200)
      .map(
        ([status, stat]) => `${stat.count ?? 0} x ${status === "undefined" ? "no answer (timeout)" : `HTTP ${status}`}`,
      );
    // autocannon's `errors` already counts the timeouts among the connection errors.
    const warmUpErrors = warmUp.result.errors + (warmUp.result.non2xx ?? 0);
    const errors = result.errors + (result.non2xx ?? 0);
    console.log(
      `\nwarm-up: ${warmUp.result.requests.total} requests, errors ${warmUpErrors}${warmUp.failedAt.length ? ` (failed at second ${warmUp.failedAt.join(", ")})` : ""}`,
    );
    console.log(
      `soak: ${result.requests.total} requests, ${(result.requests.total / seconds).toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${errors}${wrong.length ? ` (${wrong.join(", ")})` : ""}`,
    );
    console.log(`server RSS every 5 s: ${samples.map((mb) => mb.toFixed(0)).join(", ")} MB`);
    const heapGrowth = heapAfter / heapBefore - 1;
    console.log(
      `live heap at rest: ${heapBefore.toFixed(1)} MB after the warm-up, ${heapAfter.toFixed(1)} MB after the soak (${(100 * heapGrowth).toFixed(1)}%)`,
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
    // The verdict on memory is the live heap at rest: resident memory also holds what V8 and the
    // allocator keep in reserve after a busy moment, and is shown for that reason only.
    const pass = errors === 0 && heapGrowth <= FLAT;
    console.log(`| 0 errors in the soak | ${errors} | ${errors === 0 ? "PASS" : "FAIL"} |`);
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
