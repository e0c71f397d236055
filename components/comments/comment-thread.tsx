"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterInputs } from "@trpc/server";
import { useEffect } from "react";
import { errorMessage } from "@/components/runs/error-message";
import { useTRPC } from "@/components/trpc/client";
import { Card } from "@/components/ui/card";
import type { AppRouter } from "@/server/trpc/routers";
import { CommentForm } from "./comment-form";
import { CommentItem } from "./comment-item";

export type CommentSubject = inferRouterInputs<AppRouter>["comments"]["list"];

/**
 * The thread on a session or a week, for the athlete and their coaches. Reading it marks it
 * read for this reader; new replies arrive every 30 seconds while it is open.
 */
export function CommentThread({ subject, title }: { subject: CommentSubject; title: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listKey = trpc.comments.list.queryKey(subject);
  const { data, error: loadError } = useQuery({
    ...trpc.comments.list.queryOptions(subject),
    refetchInterval: 30_000,
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: listKey }),
      queryClient.invalidateQueries({ queryKey: trpc.comments.unread.pathKey() }),
    ]);
  const { mutate: markRead } = useMutation(
    trpc.comments.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.comments.unread.pathKey() }),
    }),
  );
  const add = useMutation(trpc.comments.add.mutationOptions({ onSuccess: refresh }));

  const newest = data?.comments.at(-1)?.id;
  const subjectJson = JSON.stringify(subject);
  useEffect(() => {
    if (newest) markRead(JSON.parse(subjectJson) as CommentSubject);
  }, [newest, markRead, subjectJson]);

  const headingId = `comments-${subjectJson.replace(/[^a-z0-9]/gi, "")}`;
  return (
    <Card>
      <section aria-labelledby={headingId} className="space-y-4">
        <h2 id={headingId} className="font-semibold">
          {title}
        </h2>
        {loadError ? (
          <p className="text-sm text-danger">{errorMessage(loadError, "The comments could not load.")}</p>
        ) : null}
        {data && data.comments.length === 0 ? <p className="text-sm text-muted">No comments yet.</p> : null}
        {data && data.comments.length > 0 ? (
          <ol className="space-y-3" data-testid="comment-list">
            {data.comments.map((comment) => (
              <CommentItem key={comment.id} comment={comment} onChanged={refresh} />
            ))}
          </ol>
        ) : null}
        <CommentForm
          label="Add a comment"
          submitLabel="Send"
          pending={add.isPending}
          error={add.error ? errorMessage(add.error, "The comment was not sent. Try again.") : undefined}
          onSubmit={(body, reset) => add.mutate({ subject, body }, { onSuccess: reset })}
        />
      </section>
    </Card>
  );
}
