import type { Metadata } from "next";
import { Suspense } from "react";
import { WeekBoard } from "@/components/week/week-board";
import { isIsoDate } from "@/server/domain/dates";
import { HydrateClient, getQueryClient, trpc } from "@/server/trpc/server";
import { loadAthlete } from "../load-athlete";

export const metadata: Metadata = { title: "Athlete's week" };

export default async function AthleteWeekPage({
  params,
  searchParams,
}: {
  params: Promise<{ athleteId: string }>;
  searchParams: Promise<{ date?: string | string[] }>;
}) {
  const [{ athleteId }, { date: raw }] = await Promise.all([params, searchParams]);
  const date = typeof raw === "string" && isIsoDate(raw) ? raw : undefined;
  const athlete = await loadAthlete(athleteId);
  await getQueryClient().prefetchQuery(trpc.plans.week.queryOptions({ date, athleteId }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{athlete.name}&apos;s week</h1>
      <HydrateClient>
        <Suspense fallback={<p className="text-muted">Loading the week…</p>}>
          <WeekBoard date={date} />
        </Suspense>
      </HydrateClient>
    </div>
  );
}
