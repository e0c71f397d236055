import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { SCALE_PASSWORD, scaleAthleteEmail } from "@/server/demo/scale";
import { mutate, signIn } from "./bench-load/client";

/**
 * Check-offs sent the way phones send them under load: many at once, each with its own clientId,
 * recording which ones the server acknowledged. After a crash the client retries what was not
 * acknowledged with the same clientId, as the app's offline queue does.
 */
export interface Attempt {
  cookie: string;
  sessionId: string;
  clientId: string;
  clientTime: string;
  acked: boolean;
}

export interface Athlete {
  email: string;
  sessionIds: string[];
}

/** Every scale athlete's session ids, read straight from the database. */
export async function athletesWithSessions(db: Database, count: number): Promise<Athlete[]> {
  const rows = await db.execute<{ email: string; id: string }>(
    sql`select u.email, s.id from plan_sessions s join users u on u.id = s.athlete_id order by u.email, s.date`,
  );
  const list = Array.isArray(rows) ? rows : (rows as { rows: { email: string; id: string }[] }).rows;
  return Array.from({ length: count }, (_, index) => {
    const email = scaleAthleteEmail(index);
    return { email, sessionIds: list.filter((row) => row.email === email).map((row) => row.id) };
  });
}

export async function signInAll(baseUrl: string, athletes: Athlete[]) {
  return Promise.all(
    athletes.map(async (athlete) => ({ ...athlete, cookie: await signIn(baseUrl, athlete.email, SCALE_PASSWORD) })),
  );
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function send(baseUrl: string, attempt: Attempt): Promise<boolean> {
  try {
    const result = await mutate(baseUrl, attempt.cookie, "sessions.checkOff", {
      sessionId: attempt.sessionId,
      status: "skipped",
      reason: "other",
      clientId: attempt.clientId,
      clientTime: attempt.clientTime,
    });
    return result.ok;
  } catch {
    return false; // connection refused or reset: the server is down
  }
}

export class CheckOffLoad {
  readonly attempts: Attempt[] = [];
  private queue: { cookie: string; sessionId: string }[];
  private stopped = false;

  constructor(athletes: { cookie: string; sessionIds: string[] }[]) {
    // Interleave athletes so every worker writes for several of them at once.
    const longest = Math.max(...athletes.map((athlete) => athlete.sessionIds.length));
    this.queue = Array.from({ length: longest }, (_, index) =>
      athletes.flatMap((athlete) => {
        const sessionId = athlete.sessionIds[index];
        return sessionId ? [{ cookie: athlete.cookie, sessionId }] : [];
      }),
    ).flat();
  }

  acked(): number {
    return this.attempts.filter((attempt) => attempt.acked).length;
  }

  /** Workers each send one check-off after another, a distinct session each, until stopped or out of sessions. */
  run(baseUrl: () => string, workers: number): Promise<void> {
    const worker = async () => {
      while (!this.stopped) {
        const next = this.queue.shift();
        if (!next) return;
        const clientTime = new Date(Date.now() - 1000).toISOString();
        const attempt: Attempt = { ...next, clientId: randomUUID(), clientTime, acked: false };
        this.attempts.push(attempt);
        attempt.acked = await send(baseUrl(), attempt);
        if (!attempt.acked) await pause(50);
      }
    };
    return Promise.all(Array.from({ length: workers }, worker)).then(() => undefined);
  }

  async waitForAcks(count: number, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.acked() < count) {
      if (Date.now() > deadline) throw new Error(`only ${this.acked()} check-offs acknowledged`);
      await pause(10);
    }
  }

  stop(): void {
    this.stopped = true;
  }

  /** The client's retry after the outage: the same clientId until the server acknowledges it. */
  async retryUnacknowledged(baseUrl: string): Promise<number> {
    const pending = this.attempts.filter((attempt) => !attempt.acked);
    for (const attempt of pending) {
      for (let tries = 0; !attempt.acked && tries < 40; tries++) {
        attempt.acked = await send(baseUrl, attempt);
        if (!attempt.acked) await pause(250);
      }
      if (!attempt.acked) throw new Error(`check-off ${attempt.clientId} never acknowledged after the restart`);
    }
    return pending.length;
  }

  /** Every acknowledged check-off sent once more, as a client that lost the answer would. */
  async replayAll(baseUrl: string): Promise<void> {
    for (const attempt of this.attempts)
      if (!(await send(baseUrl, attempt))) throw new Error(`replay of ${attempt.clientId} refused`);
  }
}

export interface StoredLog {
  clientId: string | null;
  updatedAt: string;
}

/** session_logs as stored, by session id, for the sessions the load touched. */
export async function storedLogs(db: Database, sessionIds: string[]): Promise<Map<string, StoredLog>> {
  const rows = await db.execute<{ session_id: string; client_id: string | null; updated_at: string }>(
    sql`select session_id, client_id, updated_at::text from session_logs where session_id in (select jsonb_array_elements_text(${JSON.stringify(sessionIds)}::jsonb)::uuid)`,
  );
  const list = Array.isArray(rows)
    ? rows
    : (rows as { rows: { session_id: string; client_id: string | null; updated_at: string }[] }).rows;
  return new Map(list.map((row) => [row.session_id, { clientId: row.client_id, updatedAt: row.updated_at }]));
}

/** The acknowledged check-offs whose clientId is not the stored one: lost writes. */
export function lostWrites(attempts: Attempt[], stored: Map<string, StoredLog>): Attempt[] {
  return attempts.filter((attempt) => attempt.acked && stored.get(attempt.sessionId)?.clientId !== attempt.clientId);
}
