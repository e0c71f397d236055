import { AsyncLocalStorage } from "node:async_hooks";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { admitInOrder, type Handler } from "./admission.mjs";

/** A real HTTP server with the gate in front of `handler`; requests go over real sockets. */
async function serve(handler: Handler, limit: number, queueLimit = 100) {
  const server = createServer(admitInOrder(handler, { limit, queueLimit }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A handler that holds each request until the test lets it go, and records the order it ran in. */
function heldHandler() {
  const started: string[] = [];
  const releases = new Map<string, () => void>();
  let running = 0;
  let mostAtOnce = 0;
  const handler: Handler = async (req, res) => {
    const name = req.url?.slice(1) ?? "";
    started.push(name);
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    await new Promise<void>((resolve) => releases.set(name, resolve));
    running -= 1;
    res.end(name);
  };
  const waitFor = async (count: number) => {
    while (started.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  /** Lets `name` go as soon as it has started. */
  const finish = async (name: string) => {
    while (!releases.has(name)) await new Promise((resolve) => setTimeout(resolve, 5));
    releases.get(name)?.();
  };
  return { handler, started, finish, waitFor, mostAtOnce: () => mostAtOnce };
}

/** Sends the requests one after another, each on the wire before the next is sent. */
async function sendInOrder(url: string, names: string[], signal?: (name: string) => AbortSignal | undefined) {
  const answers: Promise<Response>[] = [];
  for (const name of names) {
    answers.push(fetch(`${url}/${name}`, { signal: signal?.(name) }));
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
  return answers;
}

describe("admitting requests in order", () => {
  it("handles at most `limit` requests at once and answers every one", async () => {
    const held = heldHandler();
    const url = await serve(held.handler, 3);
    const names = Array.from({ length: 10 }, (_, i) => `r${i}`);
    const answers = await sendInOrder(url, names);
    await held.waitFor(3);
    expect(held.started).toHaveLength(3);
    for (const name of names) await held.finish(name);
    const bodies = await Promise.all(answers.map(async (answer) => (await answer).text()));
    expect(bodies).toEqual(names);
    expect(held.mostAtOnce()).toBe(3);
  });

  it("lets the waiting requests in by order of arrival", async () => {
    const held = heldHandler();
    const url = await serve(held.handler, 1);
    const answers = await sendInOrder(url, ["first", "second", "third", "fourth"]);
    await held.waitFor(1);
    // Each time the running request ends, the oldest of those waiting goes next.
    for (const name of ["first", "second", "third", "fourth"]) await held.finish(name);
    await Promise.all(answers);
    expect(held.started).toEqual(["first", "second", "third", "fourth"]);
  });

  it("skips a request whose client gave up while it waited, without losing its turn", async () => {
    const held = heldHandler();
    const url = await serve(held.handler, 1);
    const giveUp = new AbortController();
    const [first, abandoned, last] = await sendInOrder(url, ["first", "abandoned", "last"], (name) =>
      name === "abandoned" ? giveUp.signal : undefined,
    );
    giveUp.abort();
    await expect(abandoned).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 30));
    await held.finish("first");
    await held.finish("last");
    expect(await (await first!).text()).toBe("first");
    expect(await (await last!).text()).toBe("last");
    expect(held.started).toEqual(["first", "last"]);
  });

  it("runs a waiting request in its own async context, not in that of the request that made room", async () => {
    const context = new AsyncLocalStorage<string>();
    const seen: (string | undefined)[] = [];
    const url = await serve(async (req, res) => {
      seen.push(context.getStore());
      // Like Next.js, which keeps the request it serves in async context for the rest of its work.
      context.enterWith(req.url ?? "");
      await new Promise((resolve) => setTimeout(resolve, 20));
      res.end();
    }, 1);
    await Promise.all(await sendInOrder(url, ["a", "b", "c"]));
    expect(seen).toEqual([undefined, undefined, undefined]);
  });

  it("answers 503 with Retry-After once the queue is full, and serves again when it drains", async () => {
    const held = heldHandler();
    const url = await serve(held.handler, 1, 2);
    const answers = await sendInOrder(url, ["running", "waiting-1", "waiting-2"]);
    const refused = await fetch(`${url}/one-too-many`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(await refused.text()).toMatch(/busy/);
    for (const name of ["running", "waiting-1", "waiting-2"]) await held.finish(name);
    await Promise.all(answers);
    const later = fetch(`${url}/later`);
    await held.finish("later");
    expect((await later).status).toBe(200);
  });

  it("answers 500 when the handler throws, and keeps serving", async () => {
    let calls = 0;
    const url = await serve((_req, res) => {
      calls += 1;
      if (calls === 1) throw new Error("the handler failed");
      res.end("fine");
    }, 1);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (error: unknown) => errors.push(error);
    try {
      expect((await fetch(`${url}/x`)).status).toBe(500);
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
    expect(await (await fetch(`${url}/y`)).text()).toBe("fine");
  });
});
