"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/client";
import { BandBadge } from "./band-badge";
import { useCheckOffWords } from "./words";

/** The dashboard's 7, 30 and 90 days, on the home screen of a block (the week). */
export function RecentFigures({ athleteId }: { athleteId: string }) {
  const trpc = useTRPC();
  const words = useCheckOffWords();
  const recent = useQuery(trpc.adherence.recent.queryOptions({ athleteId }));
  if (recent.isPending) return <p className="text-xs text-muted">Loading the last 90 days…</p>;
  if (recent.isError) return <p className="text-xs text-muted">The last 90 days could not be loaded.</p>;
  const periods = [
    ["7 days", recent.data.last7],
    ["30 days", recent.data.last30],
    ["90 days", recent.data.last90],
  ] as const;
  return (
    // One "Last N days" and its badge per line on a phone, side by side where they fit: a lone
    // "Last" before three periods split from its words when the row wrapped.
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted" data-testid="recent-adherence">
      {periods.map(([term, figure]) => (
        <li key={term} className="inline-flex items-center gap-1.5">
          Last {term}
          <BandBadge figure={figure} label={words.bands[figure.band]} />
        </li>
      ))}
    </ul>
  );
}
