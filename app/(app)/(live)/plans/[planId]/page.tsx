import type { Metadata } from "next";
import { PlanOverviewPage } from "@/components/plan/plan-overview-page";

export const metadata: Metadata = { title: "Plan" };

export default async function PlanPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  return <PlanOverviewPage planId={planId} />;
}
