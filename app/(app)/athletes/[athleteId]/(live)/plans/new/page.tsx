import type { Metadata } from "next";
import { NewPlanForm } from "@/components/plan/new-plan-form";
import { serverCaller } from "@/server/trpc/server";
import { loadAthlete } from "@/app/(app)/athletes/[athleteId]/load-athlete";

export const metadata: Metadata = { title: "New plan for an athlete" };

export default async function AthleteNewPlanPage({ params }: { params: Promise<{ athleteId: string }> }) {
  const { athleteId } = await params;
  const athlete = await loadAthlete(athleteId);
  const day = await (await serverCaller()).profile.today({ athleteId });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">New strength plan for {athlete.name}</h1>
        <p className="mt-1 max-w-prose text-muted">
          Placed around {athlete.name}&apos;s run calendar. Saving it replaces their active plan.
        </p>
      </div>
      <NewPlanForm initial={{ hasRace: true, ...day.defaults.plan }} />
    </div>
  );
}
