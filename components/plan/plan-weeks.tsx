import Link from "next/link";
import type { OverviewWeekData } from "@/components/trpc/types";
import { cx } from "@/components/ui/cx";
import { formatDay } from "@/components/ui/dates";
import { LOAD_BADGE, LOAD_LABEL, PHASE_COLOUR, PHASE_LABEL } from "./labels";

export type OverviewWeek = OverviewWeekData;

/** Every week of the plan with its sessions; each session links to its page. */
/** `basePath`: "/athletes/<id>" when a coach looks at an athlete's plan, so links stay under it. */
export function PlanWeeks({ weeks, basePath = "" }: { weeks: OverviewWeek[]; basePath?: string }) {
  return (
    <ol className="grid gap-3 sm:grid-cols-2 print:grid-cols-2 print:gap-2">
      {weeks.map((week) => (
        <li
          key={week.index}
          className="break-inside-avoid rounded-2xl border border-line bg-surface p-4 print:rounded-none print:p-2"
        >
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-semibold">Week {week.index}</h3>
            <span className="text-sm text-muted">from {formatDay(week.startDate, "d MMM")}</span>
            <span className={cx("rounded-full px-2 py-0.5 text-xs font-semibold", PHASE_COLOUR[week.phase])}>
              {PHASE_LABEL[week.phase]}
            </span>
            {week.deload ? (
              <span className="rounded-full bg-raised px-2 py-0.5 text-xs font-semibold">Deload</span>
            ) : null}
            {week.stepBack ? (
              <span className="rounded-full bg-run-soft px-2 py-0.5 text-xs font-semibold text-run">Run step-back</span>
            ) : null}
          </div>
          <ul className="mt-3 space-y-2">
            {week.sessions.length === 0 ? <li className="text-sm text-muted">No strength this week.</li> : null}
            {week.sessions.map((session) => (
              <li key={session.id}>
                <Link
                  href={`${basePath}/sessions/${session.id}`}
                  className="flex items-center gap-2 rounded-lg px-2 py-1.5 hover:bg-raised"
                >
                  <span className="w-24 shrink-0 text-sm font-medium">{formatDay(session.date)}</span>
                  <span className={cx("rounded-md px-2 py-0.5 text-xs font-semibold", LOAD_BADGE[session.load])}>
                    {LOAD_LABEL[session.load]}
                  </span>
                  <span className="truncate text-sm text-muted">{session.focus}</span>
                  {session.status === "done" ? (
                    <span className="ml-auto text-xs font-semibold text-brand">Done</span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
