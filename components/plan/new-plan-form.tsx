"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { planSettingsSchema } from "@/server/schemas/plans";
import { PlanPreview } from "./plan-preview";
import { PlanSettingsFields, type SettingsDraft } from "./plan-settings-fields";
import { useAthleteScope } from "@/components/athlete/scope";

function settingsOf(draft: SettingsDraft) {
  const { hasRace, ...rest } = draft;
  return planSettingsSchema.safeParse({
    ...rest,
    raceDate: hasRace ? draft.raceDate : undefined,
    startDate: hasRace ? undefined : draft.startDate,
  });
}

/** The new-plan flow: settings on one side, the planner's live answer on the other, then save. */
export function NewPlanForm({ initial }: { initial: SettingsDraft }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { athleteId, basePath } = useAthleteScope();
  const [draft, setDraft] = useState(initial);
  const preview = useMutation(trpc.plans.preview.mutationOptions());
  const create = useMutation(
    trpc.plans.create.mutationOptions({ onSuccess: ({ planId }) => router.push(`${basePath}/plans/${planId}`) }),
  );
  const parsed = settingsOf(draft);
  const settingsKey = JSON.stringify(parsed.success ? parsed.data : null);

  const { mutate: runPreview } = preview;
  useEffect(() => {
    if (settingsKey === "null") return;
    // Wait for the runner to stop clicking before asking the planner again.
    const timer = setTimeout(() => runPreview({ athleteId, settings: JSON.parse(settingsKey) }), 250);
    return () => clearTimeout(timer);
  }, [settingsKey, runPreview, athleteId]);

  const plan = preview.data;
  const runs = useQuery({
    ...trpc.runs.list.queryOptions({
      athleteId,
      from: plan?.startDate ?? "2000-01-01",
      to: plan?.endDate ?? "2000-01-01",
    }),
    enabled: Boolean(plan),
  });

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <Card>
        <PlanSettingsFields draft={draft} onChange={setDraft} />
      </Card>
      <section aria-labelledby="preview-heading" className="space-y-4 lg:sticky lg:top-20 lg:self-start">
        <h2 id="preview-heading" className="text-lg font-semibold">
          Your plan
        </h2>
        {!parsed.success ? <Notice tone="info">{parsed.error.issues[0]?.message}</Notice> : null}
        {preview.error ? <Notice tone="error">{preview.error.message}</Notice> : null}
        {plan && runs.data ? <RunCalendarStatus count={runs.data.length} /> : null}
        {plan ? (
          <PlanPreview plan={plan} />
        ) : parsed.success && !preview.error ? (
          <p className="text-muted">Laying out your weeks…</p>
        ) : null}
        {create.error ? <Notice tone="error">{create.error.message}</Notice> : null}
        <Button
          className="w-full"
          disabled={!parsed.success || !plan || create.isPending}
          onClick={() => parsed.success && create.mutate({ athleteId, settings: parsed.data })}
        >
          {create.isPending ? "Saving your plan…" : "Save this plan"}
        </Button>
      </section>
    </div>
  );
}

function RunCalendarStatus({ count }: { count: number }) {
  if (count === 0) {
    return (
      <Notice tone="warning" title="No runs in these weeks yet">
        The plan can only work around runs it knows about.{" "}
        <Link className="font-semibold underline" href="/runs/import">
          Import your calendar
        </Link>{" "}
        or{" "}
        <Link className="font-semibold underline" href="/runs/templates">
          start from a published plan
        </Link>
        .
      </Notice>
    );
  }
  return (
    <Notice tone="success">
      Planned around the {count} runs in your calendar for these weeks.{" "}
      <Link className="font-semibold underline" href="/runs">
        Edit runs
      </Link>
    </Notice>
  );
}
