import type { Plan } from "@/server/planner/types";
import { cx } from "@/components/ui/cx";
import { formatDay } from "@/components/ui/dates";
import { Notice } from "@/components/ui/notice";
import { LOAD_BADGE, LOAD_LABEL, PHASE_COLOUR, PHASE_LABEL } from "./labels";

/** The planner's answer before saving: week by week, which days and how heavy, and any warnings. */
export function PlanPreview({ plan }: { plan: Plan }) {
  const sessions = plan.weeks.reduce((sum, week) => sum + week.sessions.length, 0);
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">
        {plan.weeks.length} weeks from {formatDay(plan.startDate, "d MMM yyyy")} to{" "}
        {formatDay(plan.endDate, "d MMM yyyy")}, {sessions} sessions.
      </p>
      {plan.warnings.length > 0 ? (
        <Notice
          tone="warning"
          title={`${plan.warnings.length} compromise${plan.warnings.length === 1 ? "" : "s"} to know about`}
        >
          <ul className="list-disc space-y-1 pl-4">
            {plan.warnings.slice(0, 5).map((warning, index) => (
              <li key={`${warning.rule}-${warning.date ?? index}`}>{warning.text}</li>
            ))}
          </ul>
          {plan.warnings.length > 5 ? (
            <p className="mt-1">…and {plan.warnings.length - 5} more on the plan page.</p>
          ) : null}
        </Notice>
      ) : null}
      <ol className="space-y-2">
        {plan.weeks.map((week) => (
          <li
            key={week.index}
            className="flex flex-wrap items-center gap-2 rounded-xl border border-line bg-surface px-3 py-2"
          >
            <span className="w-16 shrink-0 whitespace-nowrap text-sm font-semibold">Week {week.index}</span>
            <span className={cx("rounded-full px-2 py-0.5 text-xs font-semibold", PHASE_COLOUR[week.phase])}>
              {PHASE_LABEL[week.phase]}
            </span>
            {week.deload ? (
              <span className="rounded-full bg-raised px-2 py-0.5 text-xs font-semibold">Deload</span>
            ) : null}
            <span className="ml-auto flex flex-wrap gap-1.5">
              {week.sessions.length === 0 ? <span className="text-sm text-muted">rest from strength</span> : null}
              {week.sessions.map((session) => (
                <span
                  key={session.date}
                  className={cx("rounded-md px-2 py-0.5 text-xs font-medium", LOAD_BADGE[session.load])}
                >
                  {formatDay(session.date, "EEE d")} · {LOAD_LABEL[session.load]}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
