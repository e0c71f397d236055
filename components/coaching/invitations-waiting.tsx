import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import type { AppRouter } from "@/server/trpc/routers";

type Invitation = inferRouterOutputs<AppRouter>["coaching"]["invitationsWaiting"][number];

/** Invitations sent to your email, waiting for your answer: shown where you land after signing in. */
export function InvitationsWaiting({ invitations }: { invitations: Invitation[] }) {
  if (invitations.length === 0) return null;
  return (
    <Notice
      tone="info"
      title={invitations.length === 1 ? "An invitation is waiting for you" : "Invitations are waiting for you"}
    >
      <ul className="space-y-1">
        {invitations.map((invitation) => (
          <li key={invitation.id}>
            {invitation.yourRole === "athlete"
              ? `${invitation.inviterName} would like to coach you.`
              : `${invitation.inviterName} would like you to coach them.`}
          </li>
        ))}
      </ul>
      <Link href="/profile#coaching" className="mt-2 inline-block font-semibold underline underline-offset-4">
        Answer in your profile
      </Link>
    </Notice>
  );
}
