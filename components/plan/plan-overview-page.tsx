import { notFound } from "next/navigation";
import { athleteBasePath } from "@/components/athlete/paths";
import { AdherenceChart } from "@/components/checkoff/adherence-chart";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDay } from "@/components/ui/dates";
import { Notice } from "@/components/ui/notice";
import { loadOrNotFound } from "@/server/trpc/load";
import { serverCaller } from "@/server/trpc/server";
import { PhaseTimeline } from "./phase-timeline";
import { PlanWeeks } from "./plan-weeks";
import { ReplanPanel } from "./replan-panel";
import { VolumeChart } from "./volume-chart";

/**
 * The plan overview as a page: phases, load and running, adherence, compromises, re-plan and
 * the weeks. The athlete's /plans/[id] and a coach's /athletes/[id]/plans/[id] both render it;
 * `athleteId` set means a coach is looking, so links stay under the athlete's pages.
 */
export async function PlanOverviewPage({ planId, athleteId }: { planId: string; athleteId?: string }) {
  const caller = await serverCaller();
  const overview = await loadOrNotFound(() => caller.plans.overview({ planId }));
  if (!overview || (athleteId && overview.plan.athleteId !== athleteId)) notFound();
  const { plan, weeks } = overview;
  const [day, adherence] = await Promise.all([
    caller.profile.today({ athleteId: plan.athleteId }),
    caller.adherence.summary({ athleteId: plan.athleteId, from: plan.startDate, to: plan.endDate }),
  ]);
  const basePath = athleteId ? athleteBasePath(athleteId) : "";
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
        <div className="flex flex-wrap gap-2 print:hidden">
          {plan.status === "active" ? <ButtonLink href={`${basePath}/week`}>This week</ButtonLink> : null}
          {athleteId ? (
            <ButtonLink href={`${basePath}/plans/new`} variant="secondary">
              New plan
            </ButtonLink>
          ) : (
            <>
              <ButtonLink href={`/plans/${plan.id}/print`} variant="secondary">
                Print
              </ButtonLink>
              <ButtonLink href="/profile#calendar-feed" variant="secondary">
                Calendar feed
              </ButtonLink>
            </>
          )}
        </div>
      </div>

      <PhaseTimeline weeks={weeks} hasRace={Boolean(plan.raceDate)} />

      <Card>
        <h2 className="mb-3 text-lg font-semibold">Load and running, week by week</h2>
        <VolumeChart weeks={weeks} units={day.units} />
      </Card>

      <Card>
        <h2 className="mb-3 text-lg font-semibold">Adherence, week by week</h2>
        <AdherenceChart planned={weeks} adherence={adherence.weeks} />
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
        <PlanWeeks weeks={weeks} basePath={basePath} />
      </section>
    </div>
  );
}
