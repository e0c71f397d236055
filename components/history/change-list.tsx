"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Card } from "@/components/ui/card";

const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" });

/**
 * The session's changes, newest first: "Moved from Tue 1 Dec to Thu 3 Dec by Casey (coach), 3 Dec".
 * Opening it counts as looking: the week view stops marking the session for this reader.
 */
export function ChangeList({ sessionId }: { sessionId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: changes, isError, refetch } = useQuery(trpc.history.forSession.queryOptions({ sessionId }));
  // Any change made on this page (move, swap, dose) reloads the session: read the history again then.
  const { dataUpdatedAt } = useQuery(trpc.plans.session.queryOptions({ sessionId }));
  useEffect(() => {
    if (dataUpdatedAt) void refetch();
  }, [dataUpdatedAt, refetch]);
  const { mutate: markSeen } = useMutation(
    trpc.history.markSeen.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.history.changedSince.pathKey() }),
    }),
  );
  const newest = changes?.[0]?.id;
  useEffect(() => {
    if (newest) markSeen({ sessionId });
  }, [newest, markSeen, sessionId]);

  if (isError) return null;
  return (
    <Card>
      <h2 className="font-semibold">Changes</h2>
      {!changes ? (
        <p className="mt-2 text-sm text-muted">Loading the changes…</p>
      ) : changes.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Nobody has changed this session since the plan was made.</p>
      ) : (
        <ul className="mt-2 space-y-1.5 text-sm" data-testid="change-list">
          {changes.map((change) => (
            <li key={change.id}>
              {change.summary} by {change.actor.isYou ? "you" : `${change.actor.name} (${change.actor.role})`},{" "}
              <time dateTime={change.at.toISOString()}>{dayMonth.format(change.at)}</time>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
