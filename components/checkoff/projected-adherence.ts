"use client";

import { useEffect, useState } from "react";
import type { Week, WeekAdherence } from "./types";
import { usePendingWrites } from "./writes";

type Arithmetic = typeof import("@/server/domain/adherence") & typeof import("@/server/domain/checkoff-words");

// The adherence arithmetic lives in server/domain beside its zod vocabulary; it is fetched after
// the first paint, so the week view's first load does not carry zod and a tick still updates the
// figures at once, offline too.
let arithmetic: Promise<Arithmetic> | undefined;
function loadArithmetic(): Promise<Arithmetic> {
  arithmetic ??= Promise.all([import("@/server/domain/adherence"), import("@/server/domain/checkoff-words")]).then(
    ([adherence, checkoff]) => ({ ...adherence, ...checkoff }),
  );
  return arithmetic;
}

/** The latest tapped status per item (oldest tap first, so the newest wins), by id. */
function latestStatuses<T extends { clientTime: string; status: string }>(writes: T[], id: (write: T) => string) {
  const ordered = [...writes].sort((a, b) => a.clientTime.localeCompare(b.clientTime));
  return new Map<string, T["status"]>(ordered.map((write) => [id(write), write.status]));
}

/** The sessions and runs with a check-off on its way, with the status last tapped. */
function usePendingStatuses() {
  const sessions = usePendingWrites("sessions.checkOff", () => true).map((write) => write.variables);
  const runs = usePendingWrites("runs.checkOff", () => true).map((write) => write.variables);
  return {
    sessions: latestStatuses(sessions, (write) => write.sessionId),
    runs: latestStatuses(runs, (write) => write.runId),
  };
}

/**
 * The week's figures with the ticks still on their way counted in, computed by the same
 * arithmetic the server uses. The server's own figures whenever nothing is pending.
 */
export function useProjectedAdherence(week: Week): WeekAdherence {
  const pending = usePendingStatuses();
  const [math, setMath] = useState<Arithmetic | null>(null);
  useEffect(() => {
    void loadArithmetic().then(setMath);
  }, []);
  if (!math) return week.adherence;
  const touched = week.days.some(
    (day) => day.sessions.some((s) => pending.sessions.has(s.id)) || day.runs.some((r) => pending.runs.has(r.id)),
  );
  if (!touched) return week.adherence;
  const facts = week.days.flatMap((day) => [
    ...day.sessions
      .filter((s) => s.checkOff.due)
      .map((s) =>
        math.sessionFact(
          pending.sessions.get(s.id) ?? s.checkOff.status,
          s.checkOff.prescribedSets,
          s.checkOff.loggedSets,
        ),
      ),
    ...day.runs
      .filter((r) => r.checkOff.due && math.runCountsForAdherence(r.type))
      .map((r) => math.runFact(pending.runs.get(r.id) ?? r.checkOff.status)),
  ]);
  return math.adherenceOf(facts);
}
