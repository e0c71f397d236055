"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { WeekCheckOffSummary } from "@/components/checkoff/week-check-off-summary";
import { WeekRun } from "@/components/checkoff/week-run";
import { useTRPC } from "@/components/trpc/client";
import { ButtonLink } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { formatDay } from "@/components/ui/dates";
import { Notice } from "@/components/ui/notice";
import { MoveConfirmDialog, type PendingMove } from "./move-confirm-dialog";
import { SessionCard } from "./session-card";
import { Draggable, Droppable, WeekDragContext, type DropTarget } from "./week-dnd";
import { useAthleteScope } from "@/components/athlete/scope";

/** The week: seven days of runs and strength sessions, where sessions can be moved. */
export function WeekBoard({ date }: { date?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { athleteId } = useAthleteScope();
  const weekQuery = trpc.plans.week.queryOptions({ date, athleteId });
  const { data: week } = useSuspenseQuery(weekQuery);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  const move = useMutation(
    trpc.plans.moveSession.mutationOptions({
      onSuccess: async (result, variables) => {
        if (!result.moved) {
          const fromDate =
            week.days.flatMap((day) => day.sessions).find((s) => s.id === variables.sessionId)?.date ?? variables.date;
          setPending({ sessionId: variables.sessionId, fromDate, toDate: variables.date, warnings: result.warnings });
          return;
        }
        setPending(null);
        setMessage({ tone: "success", text: `Moved to ${formatDay(variables.date, "EEEE d MMM")}.` });
        await queryClient.invalidateQueries({ queryKey: trpc.plans.week.queryKey() });
      },
      onError: (error) => setMessage({ tone: "error", text: error.message }),
    }),
  );

  const requestMove = (sessionId: string, toDate: string, confirm = false) => {
    setMessage(null);
    move.mutate({ sessionId, date: toDate, confirm });
  };
  const onDrop = (sessionId: string, toDate: string) => {
    const session = week.days.flatMap((day) => day.sessions).find((s) => s.id === sessionId);
    if (session && session.date !== toDate) requestMove(session.id, toDate);
  };

  const dates = week.days.map((day) => day.date);
  const hasPlan = week.days.some((day) => day.sessions.length > 0);
  return (
    <div className="space-y-4">
      <WeekNavigation weekStart={week.weekStart} previous={week.previousWeek} next={week.nextWeek} today={week.today} />
      <div aria-live="polite">{message ? <Notice tone={message.tone}>{message.text}</Notice> : null}</div>
      {!hasPlan ? <NoSessionsNotice /> : null}
      {hasPlan ? <WeekCheckOffSummary week={week} /> : null}
      <WeekDragContext onDrop={onDrop}>
        <ol className="grid gap-2 md:grid-cols-7">
          {week.days.map((day) => (
            <Droppable key={day.date} date={day.date}>
              {({ setNode, isOver }) => (
                <DayColumn date={day.date} isToday={day.isToday} dropRef={setNode} isOver={isOver}>
                  {day.runs.map((run) => (
                    <WeekRun key={run.id} run={run} units={week.athlete.units} />
                  ))}
                  {day.sessions.map((session) => (
                    <Draggable key={session.id} id={session.id} disabled={session.checkOff.status !== "planned"}>
                      {({ setNode, ...drag }) => (
                        <SessionCard
                          session={session}
                          days={dates}
                          dragRef={setNode}
                          drag={drag}
                          onMove={(toDate) => requestMove(session.id, toDate)}
                        />
                      )}
                    </Draggable>
                  ))}
                  {day.runs.length === 0 && day.sessions.length === 0 ? (
                    <p className="text-sm text-muted">Rest</p>
                  ) : null}
                </DayColumn>
              )}
            </Droppable>
          ))}
        </ol>
      </WeekDragContext>
      <MoveConfirmDialog
        move={pending}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && requestMove(pending.sessionId, pending.toDate, true)}
      />
    </div>
  );
}

function DayColumn(props: {
  date: string;
  isToday: boolean;
  dropRef: DropTarget["setNode"];
  isOver: boolean;
  children: ReactNode;
}) {
  const { date, isToday, dropRef, isOver, children } = props;
  return (
    <li
      ref={dropRef}
      aria-current={isToday ? "date" : undefined}
      className={cx(
        "flex min-h-24 flex-col gap-2 rounded-2xl border bg-surface p-3 md:min-h-64",
        isToday ? "border-brand ring-1 ring-brand" : "border-line",
        isOver && "bg-brand-soft",
      )}
    >
      <h2 className="flex flex-wrap items-baseline justify-between gap-x-2 text-sm">
        <span className="font-semibold">
          <span className="md:hidden">{formatDay(date, "EEEE")}</span>
          <span className="hidden md:inline">{formatDay(date, "EEE")}</span>
        </span>
        <span className="text-muted">
          {formatDay(date, "d MMM")}
          {isToday ? <span className="ml-1 font-semibold text-brand">· Today</span> : null}
        </span>
      </h2>
      {children}
    </li>
  );
}

function WeekNavigation({
  weekStart,
  previous,
  next,
  today,
}: {
  weekStart: string;
  previous: string;
  next: string;
  today: string;
}) {
  const { basePath } = useAthleteScope();
  const link =
    "inline-flex min-h-10 items-center rounded-lg border border-line bg-surface px-3 text-sm font-medium hover:bg-raised";
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

function NoSessionsNotice() {
  const { basePath } = useAthleteScope();
  return (
    <Notice tone="info" title="No strength sessions this week">
      Either this week is outside your plan, or you have no plan yet.{" "}
      <ButtonLink href={`${basePath}/plans/new`} variant="ghost" className="min-h-0 px-1 underline">
        Create a plan
      </ButtonLink>
    </Notice>
  );
}
