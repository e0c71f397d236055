import type { Metadata } from "next";
import { RunWeek } from "@/components/calendar/run-week";
import { ButtonLink } from "@/components/ui/button";
import { isIsoDate } from "@/server/domain/dates";
import { HydrateClient } from "@/components/trpc/hydrate-client";
import { getQueryClient, serverCaller, trpc } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Run calendar" };

export default async function RunsPage({ searchParams }: { searchParams: Promise<{ week?: string | string[] }> }) {
  const { week } = await searchParams;
  const day = await (
    await serverCaller()
  ).profile.today({ date: typeof week === "string" && isIsoDate(week) ? week : undefined });
  const { weekStart } = day;
  await getQueryClient().prefetchQuery(trpc.runs.list.queryOptions({ from: weekStart, to: day.weekEnd }));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-3">
        <div className="mr-auto">
          <h1 className="text-2xl font-bold tracking-tight">Run calendar</h1>
          <p className="mt-1 text-muted">Your runs, week by week. Strength sessions are planned around them.</p>
        </div>
        <ButtonLink variant="secondary" href="/runs/import">
          Import calendar
        </ButtonLink>
        <ButtonLink variant="secondary" href="/runs/start">
          Other ways
        </ButtonLink>
      </div>
      <HydrateClient>
        <RunWeek
          key={weekStart}
          weekStart={weekStart}
          today={day.today}
          units={day.units}
          weekStartsOn={day.weekStartsOn}
        />
      </HydrateClient>
    </div>
  );
}
