import type { Metadata } from "next";
import { RunsPageHeader } from "@/components/runs/runs-page-header";
import { RunImport } from "@/components/runs/import/run-import";
import { addDays } from "@/server/domain/dates";
import { todayIn } from "@/server/services/clock";
import { serverCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Import your run calendar" };

export default async function ImportRunsPage() {
  const profile = await (await serverCaller()).profile.get();
  const today = todayIn(profile.timeZone, new Date());
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <RunsPageHeader title="Import your run calendar">
        Export your training calendar as an .ics file (Google Calendar: Settings, Import and export; Apple Calendar:
        File, Export; Outlook: Save calendar). We read it and show you the runs first: nothing is saved until you
        confirm. Importing an updated export later moves, adds and removes runs to match it.
      </RunsPageHeader>
      <RunImport units={profile.units} defaultFrom={today} defaultTo={addDays(today, 24 * 7)} />
    </div>
  );
}
