import { Suspense } from "react";
import { WeekComments } from "@/components/comments/week-comments";
import { HydrateClient, getQueryClient, trpc } from "@/server/trpc/server";
import { WeekBoard } from "./week-board";

/**
 * The week view as a page: the week's runs and sessions, prefetched on the server, and the
 * week's comment thread. The athlete's /week and a coach's /athletes/[id]/week both render it.
 */
export async function WeekPage({ title, date, athleteId }: { title: string; date?: string; athleteId?: string }) {
  await getQueryClient().prefetchQuery(trpc.plans.week.queryOptions({ date, athleteId }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
      <HydrateClient>
        <Suspense fallback={<p className="text-muted">Loading the week…</p>}>
          <WeekBoard date={date} />
        </Suspense>
        <WeekComments date={date} />
      </HydrateClient>
    </div>
  );
}
