import type { Metadata } from "next";
import { NewPlanForm } from "@/components/plan/new-plan-form";
import { addDays, startOfWeek } from "@/server/domain/dates";
import { todayIn } from "@/server/services/clock";
import { serverCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "New strength plan" };

export default async function NewPlanPage() {
  const caller = await serverCaller();
  const profile = await caller.profile.get();
  const today = todayIn(profile.timeZone, new Date());
  // A sensible first guess: a race 16 weeks out, on a Sunday.
  const raceDate = addDays(startOfWeek(addDays(today, 16 * 7), 1), 6);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">New strength plan</h1>
        <p className="mt-1 max-w-prose text-muted">
          Tell us the race and what you have to lift with. The plan on the right updates as you go.
        </p>
      </div>
      <NewPlanForm
        initial={{
          hasRace: true,
          raceDate,
          startDate: startOfWeek(addDays(today, 7), 1),
          sessionsPerWeek: 2,
          level: "beginner",
          equipment: ["mat", "band"],
          allowRestDays: false,
          blockedDates: [],
        }}
      />
    </div>
  );
}
