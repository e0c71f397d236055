import type { Metadata } from "next";
import { RunWeek } from "@/components/calendar/run-week";
import { isIsoDate } from "@/server/domain/dates";
import { HydrateClient } from "@/components/trpc/hydrate-client";
import { getQueryClient, serverCaller, trpc } from "@/server/trpc/server";
import { loadAthlete } from "@/app/(app)/athletes/[athleteId]/load-athlete";

export const metadata: Metadata = { title: "Athlete's run calendar" };

/** The athlete's run calendar, week by week, in their time zone and units. */
export default async function AthleteRunsPage({
  params,
  searchParams,
}: {
  params: Promise<{ athleteId: string }>;
  searchParams: Promise<{ week?: string | string[] }>;
}) {
  const [{ athleteId }, { week }] = await Promise.all([params, searchParams]);
  const athlete = await loadAthlete(athleteId);
  const day = await (
    await serverCaller()
  ).profile.today({ athleteId, date: typeof week === "string" && isIsoDate(week) ? week : undefined });
  await getQueryClient().prefetchQuery(
    trpc.runs.list.queryOptions({ athleteId, from: day.weekStart, to: day.weekEnd }),
  );
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{athlete.name}&apos;s run calendar</h1>
        <p className="mt-1 text-muted">Their runs, week by week. Strength sessions are planned around them.</p>
      </div>
      <HydrateClient>
        <RunWeek
          key={day.weekStart}
          weekStart={day.weekStart}
          today={day.today}
          units={day.units}
          weekStartsOn={day.weekStartsOn}
        />
      </HydrateClient>
    </div>
  );
}
