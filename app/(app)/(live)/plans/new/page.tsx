import type { Metadata } from "next";
import { NewPlanForm } from "@/components/plan/new-plan-form";
import { serverCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "New strength plan" };

export default async function NewPlanPage() {
  const day = await (await serverCaller()).profile.today({});
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">New strength plan</h1>
        <p className="mt-1 max-w-prose text-muted">
          Tell us the race and what you have to lift with. The plan on the right updates as you go.
        </p>
      </div>
      <NewPlanForm initial={{ hasRace: true, ...day.defaults.plan }} />
    </div>
  );
}
