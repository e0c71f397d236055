import type { Metadata } from "next";
import { PlanOverviewPage } from "@/components/plan/plan-overview-page";
import { loadAthlete } from "@/app/(app)/athletes/[athleteId]/load-athlete";

export const metadata: Metadata = { title: "Athlete's plan" };

/** The plan overview as the athlete sees it, for their coach: adherence, re-plan, weeks and sessions. */
export default async function AthletePlanOverviewPage({
  params,
}: {
  params: Promise<{ athleteId: string; planId: string }>;
}) {
  const { athleteId, planId } = await params;
  await loadAthlete(athleteId);
  return <PlanOverviewPage planId={planId} athleteId={athleteId} />;
}
