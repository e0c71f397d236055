"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { useState } from "react";
import { formatLongDay, formatShortDay, formatWeekRange } from "@/components/ui/dates";
import { addDays } from "@/server/domain/dates";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { Notice } from "@/components/ui/notice";
import type { AppRouter } from "@/server/trpc/routers";
import { errorMessage } from "../error-message";
import { RunTypeBadge } from "../run-type-badge";
import { formatDistance, formatDuration, type DistanceUnit } from "../units";

export type TemplateChoice = inferRouterInputs<AppRouter>["templates"]["preview"]["choice"];
type Preview = inferRouterOutputs<AppRouter>["templates"]["preview"];
type Saved = inferRouterOutputs<AppRouter>["templates"]["save"];

/**
 * Preview and save for a template or an own week. The parent hands in a way to build the
 * choice (or an error sentence when its fields are not valid yet) and a key that changes
 * whenever the athlete edits a field, which hides a preview that no longer matches.
 */
export function useTemplatePreview() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [preview, setPreview] = useState<{ choice: TemplateChoice; data: Preview } | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [error, setError] = useState<string | null>(null);
  const previewing = useMutation(trpc.templates.preview.mutationOptions());
  const saving = useMutation(trpc.templates.save.mutationOptions());

  async function show(choice: TemplateChoice | string) {
    setError(null);
    setSaved(null);
    if (typeof choice === "string") return setError(choice);
    try {
      setPreview({ choice, data: await previewing.mutateAsync({ choice }) });
    } catch (failure) {
      setPreview(null);
      setError(errorMessage(failure, "The plan could not be laid out. Try again."));
    }
  }

  async function save() {
    if (!preview) return;
    setError(null);
    try {
      setSaved(await saving.mutateAsync({ choice: preview.choice }));
      setPreview(null);
      await queryClient.invalidateQueries({ queryKey: trpc.runs.pathKey() });
    } catch (failure) {
      setError(errorMessage(failure, "Nothing was saved. Try again."));
    }
  }

  return {
    preview: preview?.data ?? null,
    saved,
    error,
    previewPending: previewing.isPending,
    savePending: saving.isPending,
    show,
    save,
    clear: () => setPreview(null),
  };
}

export function TemplateOutcome({
  state,
  units,
}: {
  state: ReturnType<typeof useTemplatePreview>;
  units: DistanceUnit;
}) {
  return (
    <div className="space-y-4">
      {state.error ? <Notice tone="error">{state.error}</Notice> : null}
      {state.saved ? (
        <Notice tone="success" title="Your run calendar is saved.">
          <p>
            {state.saved.added} runs added
            {state.saved.removed > 0 ? `, replacing the ${state.saved.removed} runs of your earlier plan` : ""}. Race
            day: {formatLongDay(state.saved.raceDate)}.
          </p>
          <p className="mt-2">
            <Link href={`/runs?week=${state.saved.firstDate}`} className="font-semibold underline underline-offset-4">
              See the first week in your calendar
            </Link>
          </p>
        </Notice>
      ) : null}
      {state.preview ? (
        <PreviewWeeks
          preview={state.preview}
          units={units}
          onSave={() => void state.save()}
          saving={state.savePending}
        />
      ) : null}
    </div>
  );
}

function PreviewWeeks({
  preview,
  units,
  onSave,
  saving,
}: {
  preview: Preview;
  units: DistanceUnit;
  onSave: () => void;
  saving: boolean;
}) {
  return (
    <section aria-labelledby="template-preview-heading" className="space-y-4">
      <div>
        <h2 id="template-preview-heading" className="text-lg font-semibold">
          {preview.name}: {preview.runCount} runs
        </h2>
        <p className="mt-1 text-sm text-muted">
          {preview.weeks.length} weeks from {formatLongDay(preview.firstDate)} to race day,{" "}
          {formatLongDay(preview.raceDate)}. Open a week to see its runs.
        </p>
      </div>
      {preview.replaces > 0 ? (
        <Notice tone="warning">Saving replaces the {preview.replaces} runs of the plan you chose before.</Notice>
      ) : null}
      {preview.keeps > 0 ? (
        <Notice tone="info">
          {preview.keeps} imported or hand-added {preview.keeps === 1 ? "run stays" : "runs stay"} in these weeks,
          beside the plan&apos;s runs.
        </Notice>
      ) : null}
      <Card className="p-2 sm:p-3">
        <ol className="divide-y divide-line">
          {preview.weeks.map((week, index) => (
            <li key={week.start}>
              <details className="group">
                <summary className="flex min-h-11 cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 rounded-lg px-2 py-2 hover:bg-raised [&::-webkit-details-marker]:hidden">
                  <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-90">
                    ›
                  </span>
                  <span className="w-20 whitespace-nowrap font-semibold">Week {index + 1}</span>
                  <span className="text-sm text-muted">{formatWeekRange(week.start, addDays(week.start, 6))}</span>
                  <span className="ml-auto flex items-center gap-3 text-sm tabular-nums">
                    {week.lighter ? (
                      <span className="rounded-full bg-brand-soft px-2 py-0.5 text-xs font-semibold text-brand-strong">
                        step back
                      </span>
                    ) : null}
                    <span>{formatDistance(week.runKm, units) || "–"}</span>
                    <span className={cx("w-28 text-right text-muted", week.longRunKm === null && "invisible")}>
                      long {formatDistance(week.longRunKm, units)}
                    </span>
                  </span>
                </summary>
                <ul className="space-y-2 px-2 pb-3 text-sm sm:pl-8">
                  {week.runs.map((run) => (
                    <li
                      key={`${run.date}-${run.type}-${run.title}`}
                      className="flex flex-wrap items-center gap-x-2 gap-y-0.5"
                    >
                      <span className="w-24 shrink-0 text-muted">{formatShortDay(run.date)}</span>
                      <RunTypeBadge type={run.type} />
                      <span className="ml-auto tabular-nums text-muted sm:order-last">
                        {formatDistance(run.distanceKm, units) || formatDuration(run.durationMin)}
                      </span>
                      <span className="min-w-0 basis-full sm:flex-1 sm:basis-auto">{run.title}</span>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ol>
      </Card>
      <Button onClick={onSave} disabled={saving}>
        {saving ? "Saving…" : `Save these ${preview.runCount} runs`}
      </Button>
    </section>
  );
}
