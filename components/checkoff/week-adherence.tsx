"use client";

import { BandBadge } from "./band-badge";
import { WaitingToSync } from "./tick-parts";
import type { Figure, WeekAdherence as WeekFigures } from "./types";
import { RecentFiguresIsland } from "./islands";
import { useWaitingWrites } from "./writes";
import { useCheckOffWords } from "./words";

/**
 * The week's adherence (strength, runs, overall), ticks on their way included, with the last 7,
 * 30 and 90 days below (those from the server only).
 */
export function WeekAdherence({ athleteId, adherence }: { athleteId: string; adherence: WeekFigures }) {
  const words = useCheckOffWords();
  const waiting = useWaitingWrites();
  return (
    <section
      aria-labelledby="week-adherence-heading"
      className="space-y-2 rounded-2xl border border-line bg-surface p-3 text-sm"
      data-testid="week-adherence"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="week-adherence-heading" className="font-semibold">
          This week so far
        </h2>
        {waiting > 0 ? (
          <WaitingToSync>
            {waiting === 1 ? "1 change waiting to sync" : `${waiting} changes waiting to sync`}: figures update once
            sent
          </WaitingToSync>
        ) : null}
      </div>
      <dl className="grid grid-cols-3 gap-2">
        <FigureCell term="Overall" figure={adherence.combined} label={words.bands[adherence.combined.band]} />
        <FigureCell
          term="Strength"
          figure={adherence.strength}
          label={words.bands[adherence.strength.band]}
          detail={`${adherence.strength.done} of ${adherence.strength.planned} sets`}
        />
        <FigureCell
          term="Runs"
          figure={adherence.runs}
          label={words.bands[adherence.runs.band]}
          detail={`${adherence.runs.done} of ${adherence.runs.planned} runs`}
        />
      </dl>
      <RecentFiguresIsland athleteId={athleteId} />
    </section>
  );
}

function FigureCell({ term, figure, label, detail }: { term: string; figure: Figure; label: string; detail?: string }) {
  return (
    <div className="min-w-0 space-y-1">
      <dt className="text-xs text-muted">{term}</dt>
      <dd className="space-y-0.5">
        {figure.percent !== null ? (
          <span className="block text-lg leading-tight font-bold">{figure.percent}%</span>
        ) : null}
        <BandBadge figure={figure} label={label} withPercent={false} wrap />
        {detail && figure.planned > 0 ? <span className="block text-xs text-muted">{detail}</span> : null}
      </dd>
    </div>
  );
}
