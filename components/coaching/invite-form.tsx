"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { errorMessage } from "@/components/runs/error-message";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { InvitationDirection } from "@/server/domain/coaching";
import { INVITATION_DAYS } from "@/server/domain/coaching";
import { useOrigin } from "./use-origin";

type Made = { link: string; email?: string; emailSent: boolean };

/** Make an invitation: to coach someone, or to be coached. An email address is optional. */
export function InviteForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const origin = useOrigin();
  const [direction, setDirection] = useState<InvitationDirection>("coach-invites-athlete");
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<Made | null>(null);
  const [copied, setCopied] = useState(false);
  const invite = useMutation(trpc.coaching.invite.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    setError(null);
    setMade(null);
    setCopied(false);
    try {
      const result = await invite.mutateAsync({ direction, email: email || undefined });
      setMade({ link: `${origin}${result.path}`, email: email || undefined, emailSent: result.emailSent });
      await queryClient.invalidateQueries({ queryKey: trpc.coaching.listLinks.queryKey() });
    } catch (failure) {
      setError(errorMessage(failure, "The invitation could not be made. Try again."));
    }
  }

  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setError("Copying did not work here: select the link and copy it by hand.");
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-labelledby="invite-heading">
      <h3 id="invite-heading" className="font-semibold">
        Invite someone
      </h3>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">I want to</legend>
        {(
          [
            ["coach-invites-athlete", "Coach an athlete"],
            ["athlete-invites-coach", "Be coached by someone"],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="radio"
              name="direction"
              value={value}
              className="size-5 accent-brand"
              checked={direction === value}
              onChange={() => setDirection(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <TextField
        label="Their email (optional)"
        name="email"
        type="email"
        autoComplete="off"
        hint="We email them the link; without an address you get a link to send yourself."
      />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Button type="submit" disabled={invite.isPending}>
        {invite.isPending ? "Making the invitation…" : "Create invitation"}
      </Button>
      {made ? (
        <Notice tone="success" title={made.emailSent ? `Invitation emailed to ${made.email}` : "Invitation ready"}>
          <p>
            {made.emailSent
              ? "You can also pass on this link yourself."
              : made.email
                ? "The email could not be sent from here: send them this link yourself."
                : "Send them this link."}{" "}
            It works once, for {INVITATION_DAYS} days, and is shown only now.
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <input
              readOnly
              aria-label="Invitation link"
              value={made.link}
              onFocus={(event) => event.currentTarget.select()}
              className="min-h-11 w-full flex-1 rounded-lg border border-line bg-surface px-3 font-mono text-xs text-fg"
            />
            <Button variant="secondary" onClick={() => void copy(made.link)}>
              {copied ? "Copied" : "Copy link"}
            </Button>
          </div>
        </Notice>
      ) : null}
    </form>
  );
}
