import { useSyncExternalStore } from "react";
import type { RouterInputs } from "./types";

/**
 * The check-off writes as the screen sees them: which taps are on their way, which wait for a
 * connection, which failed. The writes themselves are TanStack Query mutations in the data layer
 * (data-layer.ts, offline-writes.ts); this file mirrors their state in a few lines with no
 * dependency, so a page can show and make ticks before the data layer has loaded, and the week
 * view's first load does not carry it.
 */
export type WriteInputs = {
  "sessions.checkOff": RouterInputs["sessions"]["checkOff"];
  "sessions.log": RouterInputs["sessions"]["log"];
  "sessions.soreness": RouterInputs["sessions"]["soreness"];
  "runs.checkOff": RouterInputs["runs"]["checkOff"];
};
export type WriteProcedure = keyof WriteInputs;
export const WRITE_PROCEDURES = ["sessions.checkOff", "sessions.log", "sessions.soreness", "runs.checkOff"] as const;

export interface Write<P extends WriteProcedure = WriteProcedure> {
  procedure: P;
  variables: WriteInputs[P];
  /** "pending" until the server has it and the page has reloaded its figures. */
  status: "pending" | "error" | "success";
  /** Paused until the browser is back online (kept in storage meanwhile). */
  waiting: boolean;
  error: string | null;
}

type DataLayer = typeof import("./data-layer");

const NONE: readonly Write[] = [];
/** The data layer's writes (its mutation cache), and the taps made before it had loaded. */
let fromDataLayer: readonly Write[] = NONE;
let early: readonly Write[] = NONE;
let snapshot: readonly Write[] = NONE;
const listeners = new Set<() => void>();

function emit(): void {
  snapshot = early.length === 0 ? fromDataLayer : [...fromDataLayer, ...early];
  for (const listener of listeners) listener();
}

/** The data layer reports every change of its writes here. */
export function publishWrites(writes: readonly Write[]): void {
  fromDataLayer = writes;
  emit();
}

let dataLayer: Promise<DataLayer> | undefined;
/** The tRPC client, TanStack Query and the offline queue, fetched the first time a page needs them. */
export function loadDataLayer(): Promise<DataLayer> {
  dataLayer ??= import("./data-layer").catch((error: unknown) => {
    dataLayer = undefined; // a lost connection is worth another try at the next tap
    throw error;
  });
  return dataLayer;
}

/**
 * Sends one write. It shows at once; it is handed to the data layer as soon as that has loaded,
 * and from there it is retried, kept offline and replayed like any other.
 */
export function sendWrite<P extends WriteProcedure>(procedure: P, variables: WriteInputs[P]): void {
  const tap: Write<P> = { procedure, variables, status: "pending", waiting: false, error: null };
  early = [...early, tap];
  emit();
  const handOver = (failed: Write | null) => {
    early = early.filter((write) => write !== tap);
    if (failed) early = [...early, failed];
    emit();
  };
  loadDataLayer().then(
    (layer) => {
      layer.sendWrite(procedure, variables);
      handOver(null);
    },
    () => handOver({ ...tap, status: "error", error: "No connection: the tap was not saved. Try again." }),
  );
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const current = () => snapshot;
// The server and the hydrating render know of no writes (queued ones are restored in the browser).
const none = () => NONE;

/** Every write of one procedure for one item, oldest tap first. */
export function useWrites<P extends WriteProcedure>(
  procedure: P,
  isFor: (variables: WriteInputs[P]) => boolean,
): Write<P>[] {
  const writes = useSyncExternalStore(subscribe, current, none);
  return writes
    .filter((write): write is Write<P> => write.procedure === procedure && isFor(write.variables as WriteInputs[P]))
    .sort((a, b) => a.variables.clientTime.localeCompare(b.variables.clientTime));
}

/** How many writes wait for a connection, across the app: the "waiting to sync" count. */
export function useWaitingWrites(): number {
  return useSyncExternalStore(subscribe, current, none).filter((write) => write.status === "pending" && write.waiting)
    .length;
}

const pageRefreshers = new Set<() => Promise<unknown>>();
/** A page whose figures come from the server registers how to reload them after a write lands. */
export function onWriteLanded(refresh: () => Promise<unknown>): () => void {
  pageRefreshers.add(refresh);
  return () => pageRefreshers.delete(refresh);
}
export function refreshPages(): Promise<unknown> {
  return Promise.all([...pageRefreshers].map((refresh) => refresh()));
}
