"use client";

import { useQuery } from "@tanstack/react-query";
import { useAthleteScope } from "@/components/athlete/scope";
import { useTRPC } from "@/components/trpc/client";
import { CommentThread } from "./comment-thread";
import { useUnreadCount } from "./session-unread";

/** The week's thread under the week view, with its unread count; reads the week the board shows. */
export function WeekComments({ date }: { date?: string }) {
  const trpc = useTRPC();
  const { athleteId } = useAthleteScope();
  const { data: week } = useQuery(trpc.plans.week.queryOptions({ athleteId, date }));
  const weekStart = week?.weekStart;
  const unread = useUnreadCount(`week:${weekStart ?? ""}`);
  if (!weekStart) return null;
  return (
    <CommentThread
      key={weekStart}
      subject={{ athleteId, weekOf: weekStart }}
      title={unread > 0 ? `Comments on this week (${unread} new)` : "Comments on this week"}
    />
  );
}
