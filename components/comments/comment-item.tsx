"use client";

import { useMutation } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { errorMessage } from "@/components/runs/error-message";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { AppRouter } from "@/server/trpc/routers";
import { CommentBody } from "./comment-body";
import { CommentForm } from "./comment-form";

type Comment = inferRouterOutputs<AppRouter>["comments"]["list"]["comments"][number];

const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/** One comment: who, when, the text; the author may edit it for 10 minutes and delete it. */
export function CommentItem({ comment, onChanged }: { comment: Comment; onChanged: () => unknown }) {
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const edit = useMutation(trpc.comments.edit.mutationOptions({ onSuccess: onChanged }));
  const remove = useMutation(trpc.comments.remove.mutationOptions({ onSuccess: onChanged }));

  if (comment.deleted) {
    return <li className="text-sm italic text-muted">{comment.author.name} deleted a comment.</li>;
  }
  return (
    <li className="space-y-1 rounded-lg bg-raised px-3 py-2">
      <p className="text-xs text-muted">
        <span className="font-semibold text-fg">{comment.author.isYou ? "You" : comment.author.name}</span> (
        {comment.author.role}) ·{" "}
        <time dateTime={comment.createdAt.toISOString()}>{when.format(comment.createdAt)}</time>
        {comment.editedAt ? " · edited" : null}
      </p>
      {editing ? (
        <CommentForm
          label="Edit your comment"
          submitLabel="Save"
          initial={comment.body}
          pending={edit.isPending}
          error={edit.error ? errorMessage(edit.error, "The change was not saved.") : undefined}
          onSubmit={(body) => edit.mutate({ commentId: comment.id, body }, { onSuccess: () => setEditing(false) })}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <CommentBody body={comment.body} />
      )}
      {remove.error ? (
        <p role="alert" className="text-sm text-danger">
          {errorMessage(remove.error, "The comment was not deleted.")}
        </p>
      ) : null}
      {!editing && (comment.canEdit || comment.canDelete) ? (
        <div className="flex gap-1">
          {comment.canEdit ? (
            <Button variant="ghost" className="min-h-9 px-2 text-xs" onClick={() => setEditing(true)}>
              Edit
            </Button>
          ) : null}
          {comment.canDelete ? (
            <Button variant="ghost" className="min-h-9 px-2 text-xs" onClick={() => setConfirming(true)}>
              Delete
            </Button>
          ) : null}
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title="Delete this comment?"
        confirmLabel="Delete"
        cancelLabel="Keep it"
        onConfirm={() => {
          setConfirming(false);
          remove.mutate({ commentId: comment.id });
        }}
        onCancel={() => setConfirming(false)}
      >
        <p>Everyone in the thread will see that a comment was deleted.</p>
      </ConfirmDialog>
    </li>
  );
}
