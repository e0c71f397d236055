import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { athleteBasePath } from "@/components/athlete/paths";
import { PhaseTimeline } from "@/components/plan/phase-timeline";
import { PlanWeeks } from "@/components/plan/plan-weeks";
import { ReplanPanel } from "@/components/plan/replan-panel";
import { VolumeChart } from "@/components/plan/volume-chart";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDay } from "@/components/ui/dates";
import { Notice } from "@/components/ui/notice";
import { loadOrNotFound } from "@/server/trpc/load";
import { serverCaller } from "@/server/trpc/server";
import { loadAthlete } from "../../load-athlete";

export const metadata: Metadata = { title: "Athlete's plan" };

/** The plan overview as the athlete sees it, for their coach: re-plan, weeks and sessions. */
export default async function AthletePlanOverviewPage({
  params,
}: {
  params: Promise<{ athleteId: string; planId: string }>;
}) {
  const { athleteId, planId } = await params;
  const athlete = await loadAthlete(athleteId);
  const caller = await serverCaller();
  const overview = await loadOrNotFound(() => caller.plans.overview({ planId }));
  if (!overview || overview.plan.athleteId !== athleteId) notFound();
  const { plan, weeks } = overview;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm font-semibold text-brand">{plan.status === "active" ? "Active plan" : "Past block"}</p>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{plan.name}</h1>
          <p className="mt-1 text-muted">
            {formatDay(plan.startDate, "d MMM yyyy")} – {formatDay(plan.endDate, "d MMM yyyy")}
            {plan.raceDate ? ` · race on ${formatDay(plan.raceDate, "EEEE d MMM")}` : ""} ·{" "}
            {plan.settings.sessionsPerWeek} sessions a week
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {plan.status === "active" ? (
            <ButtonLink href={`${athleteBasePath(athleteId)}/week`}>This week</ButtonLink>
          ) : null}
          <ButtonLink href={`${athleteBasePath(athleteId)}/plans/new`} variant="secondary">
            New plan
          </ButtonLink>
        </div>
      </div>
      <PhaseTimeline weeks={weeks} hasRace={Boolean(plan.raceDate)} />
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Load and running, week by week</h2>
        <VolumeChart weeks={weeks} units={athlete.units} />
      </Card>
      {plan.warnings.length > 0 ? (
        <Notice tone="warning" title="Where the plan had to compromise">
          <ul className="list-disc space-y-1 pl-4">
            {plan.warnings.map((warning, index) => (
              <li key={`${warning.rule}-${warning.date ?? ""}-${index}`}>
                {warning.date ? <strong>{formatDay(warning.date)}: </strong> : null}
                {warning.text}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {plan.status === "active" ? <ReplanPanel planId={plan.id} calendarChanged={plan.calendarChanged} /> : null}
      <section aria-labelledby="weeks-heading" className="space-y-3">
        <h2 id="weeks-heading" className="text-lg font-semibold">
          Weeks
        </h2>
        <PlanWeeks weeks={weeks} basePath={athleteBasePath(athleteId)} />
      </section>
    </div>
  );
}
