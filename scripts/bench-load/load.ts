import { execFileSync } from "node:child_process";
import { SCALE_PASSWORD, scaleCoachEmail } from "@/server/demo/scale";
import { ensureBuild, startApp, type AppServer } from "./app-server";
import { signIn } from "./client";
import { alternate, checkOffTarget, page, trpcQuery, type Figures } from "./measure";
import { BENCH_ATHLETE, benchServer, createDatabase, EMPTY, scaleFromEnv, seedDatabase, sessionsOf } from "./setup";

/**
 * `npm run bench:load`: the production server on a real PostgreSQL with the scale data set,
 * every target measured in alternating rounds, ratios to the 404 floor and to signed-in ping,
 * the goals checked, and the week procedure on an empty database beside the full one.
 * Knobs: DATABASE_URL (else a throwaway cluster), BENCH_PORT (3116: app, +1 empty-database app,
 * +2 cluster), BENCH_SECONDS (5), BENCH_ROUNDS (2), BENCH_CONNECTIONS (32), BENCH_ATHLETES (10000).
 * BENCH_ONLY=week,session measures the floor, ping and the targets whose names contain those words, and
 * checks no goals: for trying a change quickly, never for the figures in the README.
 */
const port = Number(process.env.BENCH_PORT ?? 3116);
const options = {
  seconds: Number(process.env.BENCH_SECONDS ?? 5),
  rounds: Number(process.env.BENCH_ROUNDS ?? 2),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 32),
  log: (line: string) => console.log(line),
};

const only = process.env.BENCH_ONLY?.split(",").filter(Boolean);
const chosen = <T extends { name: string }>(targets: T[]) =>
  only
    ? targets.filter((target) => /floor|ping/.test(target.name) || only.some((word) => target.name.includes(word)))
    : targets;

const fmt = (value: number, digits = 0) => value.toFixed(digits);
const goals: { goal: string; figure: string; pass: boolean }[] = [];
function goal(text: string, figure: string, pass: boolean) {
  goals.push({ goal: text, figure, pass });
}

function printTable(figures: Figures[], floor: Figures, ping: Figures) {
  console.log("\n| target | req/s | p50 ms | p99 ms | errors | throughput vs floor | p50 vs ping |");
  console.log("|---|---|---|---|---|---|---|");
  for (const each of figures)
    console.log(
      `| ${each.name} | ${fmt(each.requestsPerSecond)} | ${fmt(each.p50, 1)} | ${fmt(each.p99, 1)} | ${each.errors} | ${fmt((100 * each.requestsPerSecond) / floor.requestsPerSecond, 1)}% | ${fmt(each.p50 / ping.p50, 2)}x |`,
    );
}

function byName(figures: Figures[], name: string): Figures {
  const found = figures.find((each) => each.name === name);
  if (!found) throw new Error(`no figures for ${name}`);
  return found;
}

function checkGoals(figures: Figures[]) {
  const [floor, ping, week, weekPage, sessionPage, checkOff, coachList] = [
    "404 (floor)",
    "health.ping",
    "plans.week",
    "/week page",
    "session page",
    "sessions.checkOff",
    "coach list (200)",
  ].map((name) => byName(figures, name)) as [Figures, Figures, Figures, Figures, Figures, Figures, Figures];
  const share = (each: Figures) => each.requestsPerSecond / floor.requestsPerSecond;
  goal("week p50 <= 1.5x ping p50", `${fmt(week.p50 / ping.p50, 2)}x`, week.p50 <= 1.5 * ping.p50);
  goal("/week page >= 10% of floor", `${fmt(100 * share(weekPage), 1)}%`, share(weekPage) >= 0.1);
  goal("session page >= 5% of floor", `${fmt(100 * share(sessionPage), 1)}%`, share(sessionPage) >= 0.05);
  goal("coach list >= 5% of floor", `${fmt(100 * share(coachList), 1)}%`, share(coachList) >= 0.05);
  goal(
    "check-off p99 <= 3x ping p99, 0 errors",
    `${fmt(checkOff.p99 / ping.p99, 2)}x, ${checkOff.errors} errors`,
    checkOff.p99 <= 3 * ping.p99 && checkOff.errors === 0,
  );
  goal(
    "no errors on any target",
    `${figures.reduce((sum, each) => sum + each.errors, 0)}`,
    figures.every((each) => each.errors === 0),
  );
}

function firstLoadGoal() {
  try {
    const out = execFileSync("node", ["scripts/first-load-js.mjs"]).toString();
    const kb = Number(/^\/week\s+([\d.]+) KB/m.exec(out)?.[1]);
    goal("/week first-load JS <= 150 KB gzipped", `${fmt(kb, 1)} KB`, kb <= 150);
  } catch (error) {
    goal("/week first-load JS <= 150 KB gzipped", `not measured: ${(error as Error).message}`, false);
  }
}

async function compareWithEmpty(emptyUrl: string, emptyAthlete: string, scaleUrl: string, athlete: string) {
  console.log("\nThe week procedure, empty database against the scale one (alternating):");
  const compared = await alternate(
    [
      trpcQuery("week (empty)", emptyUrl, emptyAthlete, "plans.week", {}),
      trpcQuery("week (scale)", scaleUrl, athlete, "plans.week", {}),
    ],
    options,
  );
  const [empty, scale] = [byName(compared, "week (empty)"), byName(compared, "week (scale)")];
  const change = scale.p50 / empty.p50 - 1;
  console.log(`week p50: empty ${fmt(empty.p50, 1)} ms, scale ${fmt(scale.p50, 1)} ms (${fmt(100 * change, 1)}%)`);
  goal(
    "scale week p50 within 20% of empty",
    `${change >= 0 ? "+" : ""}${fmt(100 * change, 1)}%`,
    Math.abs(change) <= 0.2,
  );
}

async function main() {
  ensureBuild();
  const server = benchServer(port + 2);
  const apps: AppServer[] = [];
  try {
    const scaleUrl = await createDatabase(server.url, "gw_bench_scale");
    const emptyUrl = await createDatabase(server.url, "gw_bench_empty", true);
    await seedDatabase(scaleUrl, scaleFromEnv(), "scale database");
    await seedDatabase(emptyUrl, EMPTY, "empty database");
    const scaleApp = await startApp({ port, database: { url: scaleUrl } });
    apps.push(scaleApp);
    const emptyApp = await startApp({ port: port + 1, database: { url: emptyUrl } });
    apps.push(emptyApp);
    const athlete = await signIn(scaleApp.url, BENCH_ATHLETE, SCALE_PASSWORD);
    const coach = await signIn(scaleApp.url, scaleCoachEmail(0), SCALE_PASSWORD);
    const emptyAthlete = await signIn(emptyApp.url, BENCH_ATHLETE, SCALE_PASSWORD);
    const sessions = await sessionsOf(scaleUrl, BENCH_ATHLETE);
    const base = scaleApp.url;

    // First, while both servers have served the same requests: a server that has already served
    // thousands (the scale one, after every target) runs with a grown heap and fewer collections.
    if (!only) await compareWithEmpty(emptyApp.url, emptyAthlete, base, athlete);
    console.log(
      `\nScale database: ${options.rounds} rounds x ${options.seconds} s per target, ${options.connections} connections`,
    );
    const figures = await alternate(
      chosen([
        page("404 (floor)", base, athlete, "/week/no-such-page", 404),
        trpcQuery("health.ping", base, athlete, "health.ping", undefined),
        trpcQuery("plans.week", base, athlete, "plans.week", {}),
        page("/week page", base, athlete, "/week"),
        page("session page", base, athlete, `/sessions/${sessions.any}`),
        checkOffTarget("sessions.checkOff", base, athlete, sessions.past),
        page("coach list (200)", base, coach, "/dashboard"),
      ]),
      options,
    );
    printTable(figures, byName(figures, "404 (floor)"), byName(figures, "health.ping"));
    if (only) return;
    checkGoals(figures);

    firstLoadGoal();

    console.log("\n| goal | figure | result |\n|---|---|---|");
    for (const each of goals) console.log(`| ${each.goal} | ${each.figure} | ${each.pass ? "PASS" : "FAIL"} |`);
    process.exitCode = goals.every((each) => each.pass) ? 0 : 1;
  } finally {
    for (const app of apps) await app.kill("SIGTERM");
    server.cluster?.destroy();
  }
}

await main();
