import type { Metadata } from "next";
import { RunsPageHeader } from "@/components/runs/runs-page-header";
import Link from "next/link";
import { TemplatePicker } from "@/components/runs/templates/template-picker";
import { serverCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Start from a published plan" };

export default async function TemplatesPage() {
  const caller = await serverCaller();
  const [day, templates] = await Promise.all([caller.profile.today({}), caller.templates.list()]);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <RunsPageHeader title="Start from a published plan">
        Marathon plans in the style of well-known coaches, counted back from your race day. Look at the weeks before you
        save; saving again with another plan replaces this one and keeps runs you imported or added by hand. Prefer your
        own rhythm?{" "}
        <Link href="/runs/build" className="font-semibold text-brand underline-offset-4 hover:underline">
          Build your own week
        </Link>
        .
      </RunsPageHeader>
      <TemplatePicker templates={templates} units={day.units} defaultRaceDate={day.defaults.templateRaceDate} />
    </div>
  );
}
