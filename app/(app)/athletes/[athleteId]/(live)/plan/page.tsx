import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { athleteBasePath } from "@/components/athlete/paths";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { serverCaller } from "@/server/trpc/server";
import { loadAthlete } from "@/app/(app)/athletes/[athleteId]/load-athlete";

export const metadata: Metadata = { title: "Athlete's plan" };

/** The athlete's active plan, or the way to make one for them. */
export default async function AthletePlanPage({ params }: { params: Promise<{ athleteId: string }> }) {
  const { athleteId } = await params;
  const athlete = await loadAthlete(athleteId);
  const plans = await (await serverCaller()).plans.list({ athleteId });
  const active = plans.find((plan) => plan.status === "active");
  const base = athleteBasePath(athleteId);
  if (active) redirect(`${base}/plans/${active.id}`);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{athlete.name}&apos;s plan</h1>
      <Notice tone="info" title="No active strength plan">
        Make one for {athlete.name}: it is placed around their run calendar.
      </Notice>
      <ButtonLink href={`${base}/plans/new`}>Create a plan for {athlete.name}</ButtonLink>
    </div>
  );
}
