"use client";

import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { COMMENT_MAX_CHARS } from "@/server/domain/limits";
import { FormFooter } from "@/components/ui/form-footer";

/** A plain-text box with a send button; Ctrl or Cmd + Enter sends too. */
export function CommentForm({
  label,
  submitLabel,
  initial = "",
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  initial?: string;
  pending: boolean;
  error?: string;
  onSubmit: (body: string, reset: () => void) => void;
  onCancel?: () => void;
}) {
  const id = useId();
  const [body, setBody] = useState(initial);
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    onSubmit(body, () => setBody(""));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) submit();
    if (event.key === "Escape" && onCancel) onCancel();
  };
  return (
    <form onSubmit={submit} className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={onKeyDown}
        rows={3}
        maxLength={COMMENT_MAX_CHARS}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-lg border border-line bg-surface px-3 py-2 text-base text-fg placeholder:text-muted focus:border-brand focus:outline-none focus:ring-2 focus:ring-brand/30 aria-[invalid=true]:border-danger"
      />
      <FormFooter
        error={error}
        errorId={`${id}-error`}
        pending={pending}
        submitLabel={submitLabel}
        pendingLabel="Sending…"
        onCancel={onCancel}
      />
    </form>
  );
}
