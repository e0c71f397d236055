import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RecentAdherenceCard } from "@/components/checkoff/recent-adherence-card";
import { AthleteList } from "@/components/coaching/athlete-list";
import { InvitationsWaiting } from "@/components/coaching/invitations-waiting";
import { GettingStarted } from "@/components/dashboard/getting-started";
import { serverCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const caller = await serverCaller();
  const [profile, plans, athletes, invitations] = await Promise.all([
    caller.profile.get(),
    caller.plans.list({}),
    caller.coaching.athletes(),
    caller.coaching.invitationsWaiting(),
  ]);
  const inBlock = plans.some((plan) => plan.status === "active");
  const waiting = invitations.length > 0;
  // During a block the week is the home screen; a coach's home is the athlete list (their own
  // training stays a link away), and an invitation waiting for an answer is shown first.
  if (inBlock && athletes.length === 0 && !waiting) redirect("/week");
  const coaching = (
    <>
      <InvitationsWaiting invitations={invitations} />
      {athletes.length > 0 ? <AthleteList athletes={athletes} /> : null}
      {inBlock ? <OwnTrainingLink /> : null}
    </>
  );
  if (inBlock) return <div className="space-y-6">{coaching}</div>;
  // Between blocks the figures of the last one stay in view (during a block the week shows them).
  const recent = plans.length > 0 ? await caller.adherence.recent({}) : null;
  return (
    <div className="space-y-6">
      {coaching}
      {recent ? <RecentAdherenceCard recent={recent} /> : null}
      <GettingStarted
        name={profile.name}
        steps={[
          {
            title: "Check your settings",
            detail: `Your week starts on ${profile.weekStart === "monday" ? "Monday" : "Sunday"}, distances are in ${profile.units}, and days follow ${profile.timeZone}.`,
            href: "/profile",
            action: "Review settings",
          },
          {
            title: "Add your run calendar",
            detail:
              "Import the .ics export of your marathon plan, start from a published plan, or sketch your own week.",
            href: "/runs/start",
            action: "Import or choose a plan",
          },
          {
            title: "Get your strength plan",
            detail:
              "We place two or three sessions a week away from your long run and hard days, from bodyweight to heavy.",
            href: "/plans/new",
            action: "Create your plan",
          },
        ]}
      />
    </div>
  );
}

function OwnTrainingLink() {
  return (
    <p className="text-sm">
      Your own training:{" "}
      <Link href="/week" className="font-semibold text-brand-strong underline underline-offset-4">
        open your week
      </Link>
    </p>
  );
}
