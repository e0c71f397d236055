import type { Metadata } from "next";
import Link from "next/link";
import { OwnWeekBuilder } from "@/components/runs/templates/own-week-builder";
import { sundayAtLeastWeeksAfter } from "@/components/calendar/dates";
import { todayIn } from "@/server/services/clock";
import { serverCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Build your own week" };

export default async function BuildWeekPage() {
  const profile = await (await serverCaller()).profile.get();
  const today = todayIn(profile.timeZone, new Date());
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/runs/start" className="text-muted underline-offset-4 hover:underline">
            <span aria-hidden="true">←</span> Other ways to add runs
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold tracking-tight">Build your own week</h1>
        <p className="mt-1 max-w-prose text-muted">
          Tell us your usual week and how far the long run should grow. We lay out every week to race day, with step-back weeks and a
          taper, and you look at them before saving.
        </p>
      </div>
      <OwnWeekBuilder units={profile.units} defaultRaceDate={sundayAtLeastWeeksAfter(today, 16)} />
    </div>
  );
}
