import type { Metadata } from "next";
import { InvitationAnswer } from "@/components/coaching/invitation-answer";
import { instantDay } from "@/components/coaching/instant";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { invitationTokenSchema } from "@/server/domain/coaching";
import { currentUser } from "@/server/auth";
import { loadOrNotFound } from "@/server/trpc/load";
import { serverCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Invitation", robots: { index: false } };

const CLOSED: Record<string, string> = {
  accepted: "This invitation has already been used.",
  declined: "This invitation was declined.",
  revoked: "This invitation was withdrawn.",
  expired: "This invitation has expired: ask for a new one.",
};

/**
 * Where an invitation link lands. Signed out, the visitor signs up (or in) and comes back here;
 * signed in, they accept or decline. The token in the address is the credential.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const parsed = invitationTokenSchema.safeParse(token);
  const caller = await serverCaller();
  const invitation = parsed.success
    ? await loadOrNotFound(() => caller.coaching.invitationByToken({ token: parsed.data }))
    : undefined;
  const user = await currentUser();
  const here = `/invitations/${token}`;

  return (
    <Card>
      <h1 className="text-2xl font-bold tracking-tight">
        {invitation
          ? invitation.inviteeRole === "athlete"
            ? `${invitation.inviterName} invites you to train with them`
            : `${invitation.inviterName} asks you to be their coach`
          : "Invitation not found"}
      </h1>
      <div className="mt-4 space-y-4 text-sm">
        {!invitation ? (
          <Notice tone="error">This invitation link is not valid. Ask for a new one.</Notice>
        ) : invitation.status !== "pending" ? (
          <Notice tone="warning">{CLOSED[invitation.status]}</Notice>
        ) : (
          <>
            <p>
              {invitation.inviteeRole === "athlete"
                ? "As your coach they would see and change your runs and strength plan, and comment on your sessions."
                : "As their coach you would see and change their runs and strength plan, and comment on their sessions."}{" "}
              Either of you can end the link at any time from the profile page.
            </p>
            <p className="text-muted">The link works once, until {instantDay(invitation.expiresAt)}.</p>
            {user ? (
              user.id === invitation.inviterId ? (
                <Notice tone="info">This is your own invitation: send the link to the person you invite.</Notice>
              ) : (
                <InvitationAnswer token={token} inviterName={invitation.inviterName} />
              )
            ) : (
              <div className="flex flex-wrap gap-2">
                <ButtonLink href={`/sign-up?next=${encodeURIComponent(here)}`}>Create an account</ButtonLink>
                <ButtonLink href={`/sign-in?next=${encodeURIComponent(here)}`} variant="secondary">
                  Sign in
                </ButtonLink>
              </div>
            )}
          </>
        )}
      </div>
    </Card>
  );
}
