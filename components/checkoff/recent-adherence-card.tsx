import { ADHERENCE_BAND_LABELS } from "@/server/domain/checkoff-words";
import { Card } from "@/components/ui/card";
import { BandBadge } from "./band-badge";
import type { RecentAdherence } from "./types";

/** The dashboard's figures: the last 7, 30 and 90 days, strength and runs together. Server-rendered. */
export function RecentAdherenceCard({ recent }: { recent: RecentAdherence }) {
  const periods = [
    ["Last 7 days", recent.last7],
    ["Last 30 days", recent.last30],
    ["Last 90 days", recent.last90],
  ] as const;
  return (
    <Card>
      <h2 className="text-lg font-semibold">How your training went</h2>
      <dl className="mt-3 grid gap-3 sm:grid-cols-3" data-testid="recent-adherence">
        {periods.map(([term, figures]) => (
          <div key={term} className="space-y-1.5 rounded-xl border border-line p-3">
            <dt className="text-sm font-medium">{term}</dt>
            <dd className="space-y-1 text-sm">
              <span className="block text-2xl font-bold">{figures.percent === null ? "–" : `${figures.percent}%`}</span>
              <BandBadge
                figure={figures.combined}
                label={ADHERENCE_BAND_LABELS[figures.combined.band]}
                withPercent={false}
              />
              <span className="block text-xs text-muted">
                {figures.strength.done} of {figures.strength.planned} sets · {figures.runs.done} of{" "}
                {figures.runs.planned} runs
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
