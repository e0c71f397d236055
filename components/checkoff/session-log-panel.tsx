"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDose } from "@/components/session/dose";
import { loadUnitFor, type LoadUnit } from "./load-units";
import { asPrescribed, describeSet, type LoggedSet, type LogSet } from "./log-draft";
import { SessionCheckOff } from "./session-check-off";
import { SessionHistoryCharts } from "./session-history";
import { SorenessQuestion } from "./soreness";
import { WaitingToSync } from "./tick-parts";
import type { SessionDetailView, SessionLogInput } from "./types";
import { useSessionLog } from "./writes";

// The full form is only needed once the runner opens it: it stays out of the page's first load,
// and is fetched right after, so it still opens when the gym has no signal.
const loadForm = () => import("./training-log-form").then((m) => m.TrainingLogForm);
const TrainingLogForm = dynamic(loadForm, {
  ssr: false,
  loading: () => <p className="text-sm text-muted">Opening the log…</p>,
});

/** Check-off, training log, soreness and progress on the session page. */
export function SessionLogPanel({ session }: { session: SessionDetailView }) {
  const trpc = useTRPC();
  const profile = useQuery(trpc.profile.get.queryOptions());
  const unit: LoadUnit = loadUnitFor(profile.data?.units ?? "km");
  const [editing, setEditing] = useState(false);
  useEffect(() => void loadForm(), []);
  const logWrite = useSessionLog(session.id);
  const latest = logWrite.latest;
  const saved = session.log;
  const sets: (LoggedSet | LogSet)[] = latest?.sets ?? saved?.sets ?? [];
  const rpe = latest ? (latest.rpe ?? null) : (saved?.rpe ?? null);
  const note = latest ? (latest.note ?? null) : (saved?.note ?? null);
  const status = session.checkOff.status;

  const send = (log: Omit<SessionLogInput, "sessionId" | "clientId" | "clientTime">) => {
    logWrite.send(log);
    setEditing(false);
  };

  return (
    <section aria-labelledby="log-heading" className="space-y-3">
      <Card className="space-y-4">
        <h2 id="log-heading" className="text-lg font-semibold">
          Check off and log
        </h2>
        <SessionCheckOff sessionId={session.id} date={session.date} checkOff={session.checkOff} />
        {status === "done" || status === "partial" ? (
          <SorenessQuestion
            sessionId={session.id}
            saved={session.checkOff.soreness}
            question="How sore were you the day after?"
          />
        ) : null}
      </Card>

      <Card className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-lg font-semibold">Training log</h2>
          {logWrite.waiting ? <WaitingToSync /> : null}
        </div>
        {sets.length > 0 ? (
          <LoggedSummary session={session} sets={sets} rpe={rpe} note={note} unit={unit} />
        ) : (
          <p className="text-sm text-muted">
            Nothing logged yet. Log what you did, set by set, or in one tap if it went as written.
          </p>
        )}
        {logWrite.error ? (
          <p role="alert" className="text-sm text-danger">
            {logWrite.error}
          </p>
        ) : null}
        {editing ? (
          <TrainingLogForm
            session={session}
            unit={unit}
            logged={sets}
            rpe={rpe}
            note={note}
            onSave={send}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <div className="flex flex-wrap gap-2">
            {sets.length === 0 ? (
              <Button disabled={!session.checkOff.due} onClick={() => send({ sets: asPrescribed(session.exercises) })}>
                Done as prescribed
              </Button>
            ) : null}
            <Button variant="secondary" disabled={!session.checkOff.due} onClick={() => setEditing(true)}>
              {sets.length === 0 ? "Log set by set" : "Edit the log"}
            </Button>
          </div>
        )}
      </Card>

      <SessionHistoryCharts sessionId={session.id} unit={unit} />
    </section>
  );
}

/** Prescribed beside done, exercise by exercise, for a logged session; a swap shows what was done. */
function LoggedSummary({
  session,
  sets,
  rpe,
  note,
  unit,
}: {
  session: SessionDetailView;
  sets: (LoggedSet | LogSet)[];
  rpe: number | null;
  note: string | null;
  unit: LoadUnit;
}) {
  const rows = summaryRows(session, sets);
  return (
    <div className="space-y-3" data-testid="logged-summary">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Prescribed beside done</caption>
        <thead className="text-xs text-muted">
          <tr>
            <th scope="col" className="w-2/5 py-1 pr-2 font-medium">
              Prescribed
            </th>
            <th scope="col" className="py-1 font-medium">
              Done
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row) => (
            <tr key={row.key} className="align-top">
              <th scope="row" className="py-2 pr-2 font-medium">
                {row.name}
                <span className="block text-xs font-normal text-muted">{row.dose}</span>
              </th>
              <td className="py-2">
                {row.doneName ? <span className="block text-xs text-muted">Swapped for {row.doneName}</span> : null}
                {row.sets.length === 0 ? <span className="text-muted">Not done</span> : null}
                <ol className="space-y-0.5">
                  {row.sets.map((set) => (
                    <li key={`${set.exerciseId}-${set.set}`}>
                      <span className="text-muted">Set {set.set}:</span> {describeSet(set, unit)}
                    </li>
                  ))}
                </ol>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rpe !== null ? <p className="text-sm">Effort: {rpe} out of 10</p> : null}
      {note ? <p className="text-sm whitespace-pre-line text-muted">“{note}”</p> : null}
    </div>
  );
}

function summaryRows(session: SessionDetailView, sets: (LoggedSet | LogSet)[]) {
  const used = new Set<LoggedSet | LogSet>();
  const rows = session.exercises.map((exercise) => {
    const swaps = [exercise.swaps.regression, exercise.swaps.progression, ...exercise.swaps.alternatives].filter(
      (swap) => swap !== null,
    );
    const ids = new Set([exercise.exerciseId, ...swaps.map((swap) => swap.id)]);
    const mine = sets.filter((set) => !used.has(set) && ids.has(set.exerciseId));
    mine.forEach((set) => used.add(set));
    const doneId = mine[0]?.exerciseId;
    return {
      key: `p${exercise.position}`,
      name: exercise.name,
      dose: formatDose(exercise),
      doneName: doneId && doneId !== exercise.exerciseId ? swaps.find((swap) => swap.id === doneId)?.name : undefined,
      sets: mine,
    };
  });
  const extra = sets.filter((set) => !used.has(set));
  return extra.length > 0
    ? [...rows, { key: "extra", name: "Other", dose: "", doneName: undefined, sets: extra }]
    : rows;
}
