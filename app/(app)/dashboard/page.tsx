import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { GettingStarted } from "@/components/dashboard/getting-started";
import { serverCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const caller = await serverCaller();
  const [profile, plans] = await Promise.all([caller.profile.get(), caller.plans.list({})]);
  // During a block the week is the home screen; the dashboard is for getting started.
  if (plans.some((plan) => plan.status === "active")) redirect("/week");
  return (
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
          detail: "Import the .ics export of your marathon plan, start from a published plan, or sketch your own week.",
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
  );
}
