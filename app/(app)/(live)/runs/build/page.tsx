import type { Metadata } from "next";
import { RunsPageHeader } from "@/components/runs/runs-page-header";
import { OwnWeekBuilder } from "@/components/runs/templates/own-week-builder";
import { serverCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Build your own week" };

export default async function BuildWeekPage() {
  const day = await (await serverCaller()).profile.today({});
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <RunsPageHeader title="Build your own week">
        Tell us your usual week and how far the long run should grow. We lay out every week to race day, with step-back
        weeks and a taper, and you look at them before saving.
      </RunsPageHeader>
      <OwnWeekBuilder units={day.units} defaultRaceDate={day.defaults.ownWeekRaceDate} />
    </div>
  );
}
