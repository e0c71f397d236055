"use client";

import { useQuery } from "@tanstack/react-query";
import { useAthleteScope } from "@/components/athlete/scope";
import { SessionUnreadBadge } from "@/components/comments/session-unread";
import { useTRPC } from "@/components/trpc/client";
import { startOfWeekOf } from "./week";

/** The marks a week card carries for this reader: changed by someone else, new comments. */
export function SessionMarks({ sessionId, date }: { sessionId: string; date: string }) {
  return (
    <>
      <ChangedBadge sessionId={sessionId} date={date} />
      <SessionUnreadBadge sessionId={sessionId} />
    </>
  );
}

/**
 * "Changed" on a session someone else (a coach, or the athlete for a coach) changed since this
 * reader last opened it. Every card of a week shares one query, so the week costs one request.
 */
export function ChangedBadge({ sessionId, date }: { sessionId: string; date: string }) {
  const trpc = useTRPC();
  const { athleteId } = useAthleteScope();
  const range = startOfWeekOf(date);
  const { data } = useQuery({
    ...trpc.history.changedSince.queryOptions({ athleteId, ...range }),
    staleTime: 30_000,
  });
  if (!data?.sessionIds.includes(sessionId)) return null;
  return (
    <span
      className="rounded-md bg-warn-soft px-1.5 py-0.5 text-xs font-semibold text-warn"
      title="Changed since you last looked"
    >
      Changed
    </span>
  );
}
