"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { errorMessage } from "@/components/runs/error-message";
import type { DistanceUnit } from "@/components/runs/units";
import { useTRPC } from "@/components/trpc/client";
import { Button, ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { formatLongDay, formatWeekRange } from "@/components/ui/dates";
import { addDays, startOfWeek } from "@/server/domain/dates";
import { DayCard } from "./day-card";
import { weekRunSummary } from "./week-summary";
import { useAthleteScope } from "@/components/athlete/scope";

interface Props {
  weekStart: string;
  today: string;
  units: DistanceUnit;
  weekStartsOn: 0 | 1;
}

/**
 * The run calendar one week at a time: seven days from the athlete's week start, each with its
 * runs. A vertical list on phones, seven columns from laptop width up.
 */
export function RunWeek({ weekStart, today, units, weekStartsOn }: Props) {
  const trpc = useTRPC();
  const { athleteId, basePath } = useAthleteScope();
  const weekEnd = addDays(weekStart, 6);
  const runs = useQuery(trpc.runs.list.queryOptions({ athleteId, from: weekStart, to: weekEnd }));
  const [movedTo, setMovedTo] = useState<string | null>(null);
  const thisWeek = startOfWeek(today, weekStartsOn);
  const days = Array.from({ length: 7 }, (_, offset) => addDays(weekStart, offset));

  function saved(date: string) {
    setMovedTo(date && (date < weekStart || date > weekEnd) ? date : null);
  }

  return (
    <section aria-labelledby="week-heading" className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <div className="mr-auto">
          <h2 id="week-heading" className="text-lg font-semibold">
            {formatWeekRange(weekStart, weekEnd)}
          </h2>
          {runs.data && runs.data.length > 0 ? (
            <p className="text-sm text-muted">{weekRunSummary(runs.data, units)}</p>
          ) : null}
        </div>
        <nav aria-label="Weeks" className="grid w-full grid-cols-3 gap-2 sm:flex sm:w-auto">
          <ButtonLink
            variant="secondary"
            href={`${basePath}/runs?week=${addDays(weekStart, -7)}`}
            scroll={false}
            className="whitespace-nowrap px-3"
          >
            <span aria-hidden="true">←</span>
            <span>
              Previous<span className="sr-only sm:not-sr-only"> week</span>
            </span>
          </ButtonLink>
          {weekStart !== thisWeek ? (
            <ButtonLink variant="ghost" href={`${basePath}/runs`} scroll={false} className="whitespace-nowrap px-3">
              This week
            </ButtonLink>
          ) : (
            <span aria-hidden="true" className="sm:hidden" />
          )}
          <ButtonLink
            variant="secondary"
            href={`${basePath}/runs?week=${addDays(weekStart, 7)}`}
            scroll={false}
            className="whitespace-nowrap px-3"
          >
            <span>
              Next<span className="sr-only sm:not-sr-only"> week</span>
            </span>
            <span aria-hidden="true">→</span>
          </ButtonLink>
        </nav>
      </div>

      {movedTo ? (
        <Notice tone="success">
          Moved to {formatLongDay(movedTo)}.{" "}
          <Link href={`${basePath}/runs?week=${movedTo}`} className="font-semibold underline underline-offset-4">
            Show that week
          </Link>
        </Notice>
      ) : null}

      {runs.isError ? (
        <div className="space-y-3">
          <Notice tone="error" title="Your runs could not be loaded.">
            {errorMessage(runs.error, "Check your connection and try again.")}
          </Notice>
          <Button variant="secondary" onClick={() => void runs.refetch()}>
            Try again
          </Button>
        </div>
      ) : runs.isPending ? (
        <div role="status" aria-label="Loading your runs" className="grid gap-3 lg:grid-cols-7">
          {days.map((day) => (
            <div key={day} className="h-32 animate-pulse rounded-xl bg-raised" />
          ))}
        </div>
      ) : (
        <>
          {runs.data.length === 0 ? (
            <Notice tone="info" title="No runs this week.">
              Add them day by day below,{" "}
              <Link href="/runs/import" className="font-semibold underline underline-offset-4">
                import your calendar
              </Link>
              , or{" "}
              <Link href="/runs/templates" className="font-semibold underline underline-offset-4">
                start from a plan
              </Link>
              .
            </Notice>
          ) : null}
          <ol className="grid gap-3 lg:grid-cols-7">
            {days.map((date) => (
              <DayCard
                key={date}
                date={date}
                isToday={date === today}
                units={units}
                onSaved={saved}
                runs={runs.data.filter((run) => run.date === date)}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
