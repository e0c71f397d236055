"use client";

import { useAthleteScope } from "@/components/athlete/scope";
import { CommentThread } from "./comment-thread";
import { useUnreadCount } from "./session-unread";

/** The week's thread under the week view, with its unread count. */
export function WeekComments({ weekStart }: { weekStart: string }) {
  const { athleteId } = useAthleteScope();
  const unread = useUnreadCount(`week:${weekStart}`);
  return (
    <CommentThread
      key={weekStart}
      subject={{ athleteId, weekOf: weekStart }}
      title={unread > 0 ? `Comments on this week (${unread} new)` : "Comments on this week"}
    />
  );
}
