import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The production server (server.mjs) as a child process, for the benchmark, the soak and the
 * two-instance and durability tests. Each instance keeps no state of its own: point several at
 * one DATABASE_URL and they serve the same product.
 */
export interface AppServer {
  url: string;
  pid: number;
  /** SIGKILL is a crash; SIGTERM a normal stop. Resolves when the process has exited. */
  kill(signal: NodeJS.Signals): Promise<void>;
  /** Everything the server printed, for a failure message. */
  output(): string;
}

export const BENCH_AUTH_SECRET = "bench-load-secret-not-for-production";
const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
/** The production server: `next start` with admission control (server.mjs). */
const SERVER = path.join(process.cwd(), "server.mjs");

/** `next build`, only when there is no production build yet. */
export function ensureBuild(): void {
  if (existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) return;
  console.log("No production build yet: next build…");
  execFileSync(process.execPath, [NEXT_BIN, "build"], {
    stdio: "inherit",
    env: { ...process.env, AUTH_SECRET: BENCH_AUTH_SECRET, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

export interface StartOptions {
  port: number;
  /** DATABASE_URL, or PGLITE_DIR for the embedded database. */
  database: { url: string } | { pgliteDir: string };
  /** Node flags for the server process, e.g. --cpu-prof (not allowed in NODE_OPTIONS). */
  nodeFlags?: string[];
  /** More environment for the server, e.g. MAX_REQUESTS_IN_FLIGHT. */
  env?: Record<string, string>;
}

export async function startApp(options: StartOptions): Promise<AppServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    AUTH_SECRET: BENCH_AUTH_SECRET,
    AUTH_TRUST_HOST: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(options.port),
    ...options.env,
  };
  delete env.DATABASE_URL;
  delete env.PGLITE_DIR;
  if ("url" in options.database) env.DATABASE_URL = options.database.url;
  else env.PGLITE_DIR = options.database.pgliteDir;
  const args = [...(options.nodeFlags ?? []), SERVER, "-p", String(options.port), "-H", "127.0.0.1"];
  const child = spawn(process.execPath, args, {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${options.port}`;
  const server: AppServer = {
    url,
    pid: child.pid ?? -1,
    kill: (signal) => killAndWait(child, signal),
    output: () => output,
  };
  try {
    await waitUntilServing(url, child);
  } catch (error) {
    await server.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${output.slice(-3000)}`);
  }
  return server;
}

function killAndWait(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

/** Ready when health.ping answers and the database is open (a signed-out page reads no rows). */
async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/trpc/health.ping`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server at ${url} did not answer within 90 s`);
}

/** CPU time the process has used so far, in ms (user and system, from /proc). */
function cpuMs(pid: number): number {
  const fields =
    execFileSync("cat", [`/proc/${pid}/stat`])
      .toString()
      .split(") ")[1]
      ?.split(" ") ?? [];
  // utime and stime, the 14th and 15th fields of stat, in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Resolves once the server has been idle for half a second: autocannon stops sending at the end
 * of a run, but the requests it gave up on are still being served, for seconds under 200 users.
 */
export async function untilIdle(pid: number, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let before = cpuMs(pid);
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = cpuMs(pid);
    if (now - before <= 20) return;
    before = now;
  }
  throw new Error(`the server was still busy after ${timeoutMs / 1000} s`);
}

/** Resident memory of a process and its children, in MB (Linux /proc). */
export function residentMb(pid: number): number {
  const pids = [pid, ...childPids(pid)];
  let kb = 0;
  for (const each of pids) {
    try {
      const status = execFileSync("cat", [`/proc/${each}/status`]).toString();
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // exited meanwhile
    }
  }
  return kb / 1024;
}

function childPids(pid: number): number[] {
  try {
    const out = execFileSync("pgrep", ["-P", String(pid)])
      .toString()
      .trim();
    const direct = out ? out.split("\n").map(Number) : [];
    return direct.flatMap((child) => [child, ...childPids(child)]);
  } catch {
    return [];
  }
}
