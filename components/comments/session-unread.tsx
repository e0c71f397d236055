"use client";

import { useQuery } from "@tanstack/react-query";
import { useAthleteScope } from "@/components/athlete/scope";
import { useTRPC } from "@/components/trpc/client";

/** "2 new comments" on a week's session card; one shared query per athlete for the whole week. */
export function SessionUnreadBadge({ sessionId }: { sessionId: string }) {
  const count = useUnreadCount(`session:${sessionId}`);
  if (count === 0) return null;
  return (
    <span className="rounded-md bg-brand px-1.5 py-0.5 text-xs font-semibold text-on-brand">
      {count} new comment{count === 1 ? "" : "s"}
    </span>
  );
}

export function useUnreadCount(subject: string): number {
  const trpc = useTRPC();
  const { athleteId } = useAthleteScope();
  const { data } = useQuery({ ...trpc.comments.unread.queryOptions({ athleteId }), refetchInterval: 60_000 });
  return data?.threads.find((thread) => thread.subject === subject)?.count ?? 0;
}
