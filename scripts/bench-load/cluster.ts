import { execFileSync } from "node:child_process";
import { chownSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * A throwaway PostgreSQL cluster of our own, started the way .ci/run starts CI's: initdb into a
 * temporary folder, pg_ctl on 127.0.0.1 and a port we choose. As root the server runs as the
 * postgres user (PostgreSQL refuses root). `durable: false` turns fsync off for benchmarks;
 * the durability test keeps every default so a crash means what it means in production.
 */
export interface Cluster {
  url: string;
  /** Stops the server: "immediate" is a crash (no checkpoint, recovery replays the WAL at start). */
  stop(mode: "fast" | "immediate"): void;
  start(): void;
  destroy(): void;
}

function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = readdirSync(root).sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  if (!newest) throw new Error("no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql)");
  return path.join(root, newest, "bin");
}

const isRoot = process.getuid?.() === 0;

function runAsPostgres(command: string, args: string[]): void {
  if (isRoot) execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "pipe" });
  else execFileSync(command, args, { stdio: "pipe" });
}

export function startCluster(options: { port: number; durable: boolean }): Cluster {
  const bin = postgresBin();
  const dir = mkdtempSync("/tmp/gw-pg-");
  if (isRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  runAsPostgres(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync"]);
  const settings = [`-p ${options.port}`, `-k ${dir}`, "-c listen_addresses=127.0.0.1", "-c max_connections=200"];
  if (!options.durable) settings.push("-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off");
  const pgCtl = path.join(bin, "pg_ctl");
  const start = () =>
    runAsPostgres(pgCtl, ["-D", data, "-l", path.join(dir, "server.log"), "-w", "-o", settings.join(" "), "start"]);
  try {
    start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start on port ${options.port} (in use?): ${(error as Error).message}`);
  }
  let running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${options.port}/postgres`,
    stop(mode) {
      runAsPostgres(pgCtl, ["-D", data, "-m", mode, "-w", "stop"]);
      running = false;
    },
    start() {
      start();
      running = true;
    },
    destroy() {
      try {
        if (running) runAsPostgres(pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A fresh database on a server (the name is ours to drop), as a URL. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
