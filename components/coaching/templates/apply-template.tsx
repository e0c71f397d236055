"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { errorMessage } from "@/components/runs/error-message";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { formatDay } from "@/components/ui/dates";
import { Notice } from "@/components/ui/notice";
import type { AppRouter } from "@/server/trpc/routers";

type Result = inferRouterOutputs<AppRouter>["coachTemplates"]["preview"][number];

/**
 * Pick athletes, give each a race date (left empty: their current plan's), preview what each
 * would get around their own runs, then save a plan for each.
 */
export function ApplyTemplate({ templateId, name }: { templateId: string; name: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: athletes } = useQuery(trpc.coaching.athletes.queryOptions());
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const targets = Object.entries(chosen).map(([athleteId, raceDate]) => ({
    athleteId,
    ...(raceDate ? { raceDate } : {}),
  }));
  const preview = useMutation(trpc.coachTemplates.preview.mutationOptions());
  const apply = useMutation(
    trpc.coachTemplates.applyToAthletes.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.coaching.athletes.queryKey() }),
    }),
  );
  const toggle = (athleteId: string, on: boolean) => {
    const next = { ...chosen };
    if (on) next[athleteId] = "";
    else delete next[athleteId];
    setChosen(next);
    preview.reset();
    apply.reset();
  };

  if (!athletes) return <p className="text-sm text-muted">Loading your athletes…</p>;
  if (athletes.length === 0)
    return <p className="text-sm text-muted">Link an athlete first: invite them from your profile.</p>;
  return (
    <div className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Apply “{name}” to</legend>
        {athletes.map((athlete) => (
          <div key={athlete.athleteId} className="flex flex-wrap items-center gap-3">
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={athlete.athleteId in chosen}
                onChange={(e) => toggle(athlete.athleteId, e.target.checked)}
              />
              {athlete.name}
            </label>
            {athlete.athleteId in chosen ? (
              <label className="flex items-center gap-2 text-sm text-muted">
                Race date
                <input
                  type="date"
                  className="min-h-11 rounded-lg border border-line bg-surface px-2 text-fg"
                  value={chosen[athlete.athleteId]}
                  onChange={(e) => setChosen({ ...chosen, [athlete.athleteId]: e.target.value })}
                  aria-label={`Race date for ${athlete.name} (empty: their current plan's)`}
                />
              </label>
            ) : null}
          </div>
        ))}
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={targets.length === 0 || preview.isPending}
          onClick={() => preview.mutate({ templateId, athletes: targets })}
        >
          {preview.isPending ? "Previewing…" : "Preview"}
        </Button>
        <Button
          disabled={!preview.data || apply.isPending || preview.data.every((r) => !r.ok)}
          onClick={() => apply.mutate({ templateId, athletes: targets })}
        >
          {apply.isPending ? "Saving plans…" : "Save a plan for each"}
        </Button>
      </div>
      {preview.error ? <Notice tone="error">{errorMessage(preview.error, "The preview failed.")}</Notice> : null}
      {apply.error ? <Notice tone="error">{errorMessage(apply.error, "The plans were not saved.")}</Notice> : null}
      {apply.data ? (
        <Notice tone="success" title="Plans saved">
          <Results results={apply.data} done />
        </Notice>
      ) : preview.data ? (
        <Results results={preview.data} />
      ) : null}
    </div>
  );
}

function Results({
  results,
  done = false,
}: {
  results: (Result | { athleteId: string; name: string; ok: boolean; message?: string })[];
  done?: boolean;
}) {
  return (
    <ul className="space-y-2 text-sm" data-testid="template-results">
      {results.map((result) => (
        <li key={result.athleteId}>
          <span className="font-medium">{result.name}: </span>
          {!result.ok && "message" in result
            ? result.message
            : done
              ? "new plan saved (the previous one is archived)."
              : "weeks" in result
                ? `${result.weeks} weeks, ${result.sessions} sessions, ${formatDay(result.startDate)} to ${formatDay(result.endDate)}${result.warnings.length ? ` · ${result.warnings.join(" ")}` : ""}`
                : null}
        </li>
      ))}
    </ul>
  );
}
