import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { formatDay } from "@/components/ui/dates";
import { Notice } from "@/components/ui/notice";

const link =
  "inline-flex min-h-10 items-center rounded-lg border border-line bg-surface px-3 text-sm font-medium hover:bg-raised";

/** Previous, this and next week, with the week shown; `basePath` keeps a coach inside the athlete's pages. */
export function WeekNavigation({
  basePath,
  weekStart,
  previous,
  next,
  today,
}: {
  basePath: string;
  weekStart: string;
  previous: string;
  next: string;
  today: string;
}) {
  return (
    <nav aria-label="Weeks" className="flex flex-wrap items-center gap-2">
      <Link href={`${basePath}/week?date=${previous}`} className={link}>
        <span aria-hidden="true">←</span>&nbsp;Previous week
      </Link>
      <Link href={`${basePath}/week?date=${today}`} className={link}>
        Today
      </Link>
      <Link href={`${basePath}/week?date=${next}`} className={link}>
        Next week&nbsp;<span aria-hidden="true">→</span>
      </Link>
      <span className="ml-auto text-sm text-muted">Week of {formatDay(weekStart, "d MMMM yyyy")}</span>
    </nav>
  );
}

export function NoSessionsNotice({ basePath }: { basePath: string }) {
  return (
    <Notice tone="info" title="No strength sessions this week">
      Either this week is outside your plan, or you have no plan yet.{" "}
      <ButtonLink href={`${basePath}/plans/new`} variant="ghost" className="min-h-0 px-1 underline">
        Create a plan
      </ButtonLink>
    </Notice>
  );
}
