"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { errorMessage } from "@/components/runs/error-message";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Notice } from "@/components/ui/notice";
import type { AppRouter } from "@/server/trpc/routers";
import { InviteForm } from "./invite-form";
import { instantDay } from "./instant";

type Links = inferRouterOutputs<AppRouter>["coaching"]["listLinks"];
type Link = Links["links"][number];
type Invitation = Links["invitations"][number];

const STATUS_WORDS: Record<Invitation["status"], string> = {
  pending: "Waiting for an answer",
  accepted: "Accepted",
  declined: "Declined",
  revoked: "Withdrawn",
  expired: "Expired",
};

/**
 * The Coaching section of the profile: invitations waiting for you, your links (who you coach,
 * who coaches you; active and ended), the invitations you sent, and a form to invite someone.
 * Either side ends a link here.
 */
export function CoachingSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const links = useQuery(trpc.coaching.listLinks.queryOptions());
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [ending, setEnding] = useState<Link | null>(null);
  const refresh = async (message: string | null) => {
    await queryClient.invalidateQueries({ queryKey: trpc.coaching.listLinks.queryKey() });
    setNotice(message);
  };
  const fail = (failure: unknown) => setError(errorMessage(failure, "That did not work. Try again."));
  const accept = useMutation(
    trpc.coaching.accept.mutationOptions({
      onSuccess: (made) =>
        refresh(made.yourRole === "coach" ? `You now coach ${made.otherName}.` : `${made.otherName} now coaches you.`),
      onError: fail,
    }),
  );
  const decline = useMutation(
    trpc.coaching.decline.mutationOptions({ onSuccess: () => refresh("Invitation declined."), onError: fail }),
  );
  const withdraw = useMutation(
    trpc.coaching.withdraw.mutationOptions({ onSuccess: () => refresh("Invitation withdrawn."), onError: fail }),
  );
  const end = useMutation(
    trpc.coaching.endLink.mutationOptions({
      onSuccess: () => {
        setEnding(null);
        return refresh("Link ended.");
      },
      onError: fail,
    }),
  );
  const act = (run: () => void) => {
    setError(null);
    setNotice(null);
    run();
  };

  if (links.isPending) return <p className="text-muted">Loading your coaching links…</p>;
  if (links.isError)
    return <Notice tone="error">{errorMessage(links.error, "Your coaching links could not be loaded.")}</Notice>;

  const forYou = links.data.invitations.filter((i) => i.yourSide === "invitee" && i.status === "pending");
  const sent = links.data.invitations.filter((i) => i.yourSide === "inviter");
  const active = links.data.links.filter((l) => l.state === "active");
  const ended = links.data.links.filter((l) => l.state === "ended");

  return (
    <section aria-labelledby="coaching-heading" className="space-y-6">
      <div>
        <h2 id="coaching-heading" className="text-lg font-semibold">
          Coaching
        </h2>
        <p className="mt-1 text-sm text-muted">
          A coach sees and changes your runs and strength plan, and comments on your sessions. You may have more than
          one coach; either side can end a link at any time.
        </p>
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {notice ? <Notice tone="success">{notice}</Notice> : null}

      {forYou.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold">Invitations for you</h3>
          <ul className="space-y-2">
            {forYou.map((invitation) => (
              <li key={invitation.id} className="rounded-lg border border-line p-3">
                <p className="text-sm">
                  {invitation.yourRole === "athlete"
                    ? `${invitation.inviterName} would like to coach you.`
                    : `${invitation.inviterName} would like you to coach them.`}
                </p>
                <div className="mt-2 flex flex-wrap gap-2">
                  <Button onClick={() => act(() => accept.mutate({ invitationId: invitation.id }))}>Accept</Button>
                  <Button
                    variant="secondary"
                    onClick={() => act(() => decline.mutate({ invitationId: invitation.id }))}
                  >
                    Decline
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <LinkList title="Your links" links={active} empty="No active links yet." onEnd={setEnding} />
      {ended.length > 0 ? <LinkList title="Ended links" links={ended} /> : null}

      {sent.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold">Invitations you sent</h3>
          <ul className="divide-y divide-line rounded-lg border border-line">
            {sent.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
                <span>
                  {invitation.yourRole === "coach" ? "To coach " : "To be coached by "}
                  {invitation.responderName ?? invitation.inviteeEmail ?? "whoever opens the link"}
                  <span className="block text-muted">
                    {STATUS_WORDS[invitation.status]} · sent {instantDay(invitation.createdAt)}
                  </span>
                </span>
                {invitation.status === "pending" ? (
                  <Button variant="ghost" onClick={() => act(() => withdraw.mutate({ invitationId: invitation.id }))}>
                    Withdraw
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <InviteForm />

      <ConfirmDialog
        open={ending !== null}
        title={ending ? `End the link with ${ending.otherName}?` : "End the link?"}
        confirmLabel="End link"
        cancelLabel="Keep it"
        onCancel={() => setEnding(null)}
        onConfirm={() => ending && act(() => end.mutate({ athleteId: ending.athleteId, coachId: ending.coachId }))}
      >
        {ending?.yourRole === "coach"
          ? "You will no longer see or change their plan. They can invite you again."
          : "They will no longer see or change your plan, and a calendar feed they saw gets a new address."}
      </ConfirmDialog>
    </section>
  );
}

function LinkList({
  title,
  links,
  empty,
  onEnd,
}: {
  title: string;
  links: Link[];
  empty?: string;
  onEnd?: (link: Link) => void;
}) {
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">{title}</h3>
      {links.length === 0 ? (
        <p className="text-sm text-muted">{empty}</p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line">
          {links.map((link) => (
            <li
              key={`${link.athleteId}:${link.coachId}`}
              className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm"
            >
              <span>
                {link.yourRole === "coach" ? `You coach ${link.otherName}` : `${link.otherName} coaches you`}
                <span className="block text-muted">
                  {link.state === "active"
                    ? `Since ${instantDay(link.since)}`
                    : `Ended ${link.endedAt ? instantDay(link.endedAt) : ""} by ${link.endedByYou ? "you" : link.otherName}`}
                </span>
              </span>
              {onEnd ? (
                <Button variant="secondary" onClick={() => onEnd(link)}>
                  End link
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
