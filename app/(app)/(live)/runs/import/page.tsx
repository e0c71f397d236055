import type { Metadata } from "next";
import { RunsPageHeader } from "@/components/runs/runs-page-header";
import { RunImport } from "@/components/runs/import/run-import";
import { serverCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Import your run calendar" };

export default async function ImportRunsPage() {
  const day = await (await serverCaller()).profile.today({});
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <RunsPageHeader title="Import your run calendar">
        Export your training calendar as an .ics file (Google Calendar: Settings, Import and export; Apple Calendar:
        File, Export; Outlook: Save calendar). We read it and show you the runs first: nothing is saved until you
        confirm. Importing an updated export later moves, adds and removes runs to match it.
      </RunsPageHeader>
      <RunImport units={day.units} defaultFrom={day.defaults.importFrom} defaultTo={day.defaults.importTo} />
    </div>
  );
}
