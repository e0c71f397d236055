import type { Metadata } from "next";
import { Suspense } from "react";
import { WeekComments } from "@/components/comments/week-comments";
import { WeekBoard } from "@/components/week/week-board";
import { isIsoDate } from "@/server/domain/dates";
import { HydrateClient, getQueryClient, trpc } from "@/server/trpc/server";

export const metadata: Metadata = { title: "This week" };

export default async function WeekPage({ searchParams }: { searchParams: Promise<{ date?: string | string[] }> }) {
  const { date: raw } = await searchParams;
  const date = typeof raw === "string" && isIsoDate(raw) ? raw : undefined;
  await getQueryClient().prefetchQuery(trpc.plans.week.queryOptions({ date }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Your week</h1>
      <HydrateClient>
        <Suspense fallback={<p className="text-muted">Loading your week…</p>}>
          <WeekBoard date={date} />
        </Suspense>
        <WeekComments date={date} />
      </HydrateClient>
    </div>
  );
}
