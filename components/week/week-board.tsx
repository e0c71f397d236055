"use client";

import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import { WeekCheckOffSummary } from "@/components/checkoff/week-check-off-summary";
import type { Week } from "@/components/checkoff/types";
import { errorMessage } from "@/components/runs/error-message";
import { useServerRefresh } from "@/components/trpc/server-refresh";
import { loadDataLayer, onWriteLanded } from "@/components/trpc/write-store";
import { cx } from "@/components/ui/cx";
import { formatDay } from "@/components/ui/dates";
import { Notice } from "@/components/ui/notice";
import type { PendingMove } from "./move-confirm-dialog";
import { SessionCard } from "./session-card";
import { Draggable, Droppable, WeekDragContext, type DropTarget } from "./week-dnd";

// Asked only when a move breaks a placement rule, so fetched with the first move, not the page.
const loadConfirmDialog = () => import("./move-confirm-dialog").then((m) => ({ default: m.MoveConfirmDialog }));
const MoveConfirmDialog = lazy(loadConfirmDialog);

/** The week: seven days of runs and strength sessions, where sessions can be moved. */
export function WeekBoard({ week, runs }: { week: Week; runs: Record<string, ReactNode[]> }) {
  const refresh = useServerRefresh();
  useEffect(() => onWriteLanded(refresh), [refresh]);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  const requestMove = async (sessionId: string, toDate: string, confirm = false) => {
    setMessage(null);
    void loadConfirmDialog();
    const layer = await loadDataLayer().catch(() => null);
    if (!layer) return setMessage({ tone: "error", text: "No connection: the session was not moved. Try again." });
    const { trpcClient, queryClient } = layer.dataLayer();
    try {
      const result = await trpcClient.plans.moveSession.mutate({ sessionId, date: toDate, confirm });
      if (!result.moved) {
        const fromDate = week.days.flatMap((day) => day.sessions).find((s) => s.id === sessionId)?.date ?? toDate;
        setPending({ sessionId, fromDate, toDate, warnings: result.warnings });
        return;
      }
      setPending(null);
      setMessage({ tone: "success", text: `Moved to ${formatDay(toDate, "EEEE d MMM")}.` });
      // The week reloads from the server; other pages' cached queries are stale now too.
      await Promise.all([refresh(), queryClient.invalidateQueries()]);
    } catch (error) {
      setMessage({ tone: "error", text: errorMessage(error, "The session was not moved. Try again.") });
    }
  };
  const onDrop = (sessionId: string, toDate: string) => {
    const session = week.days.flatMap((day) => day.sessions).find((s) => s.id === sessionId);
    if (session && session.date !== toDate) void requestMove(session.id, toDate);
  };

  const dates = week.days.map((day) => day.date);
  const hasPlan = week.days.some((day) => day.sessions.length > 0);
  return (
    <div className="space-y-4">
      <div aria-live="polite">{message ? <Notice tone={message.tone}>{message.text}</Notice> : null}</div>
      {hasPlan ? <WeekCheckOffSummary week={week} /> : null}
      <WeekDragContext onDrop={onDrop}>
        <ol className="grid gap-2 md:grid-cols-7">
          {week.days.map((day) => (
            <Droppable key={day.date} date={day.date}>
              {({ setNode, isOver }) => (
                <DayColumn date={day.date} isToday={day.isToday} dropRef={setNode} isOver={isOver}>
                  {runs[day.date]}
                  {day.sessions.map((session) => (
                    <Draggable key={session.id} id={session.id} disabled={session.checkOff.status !== "planned"}>
                      {({ setNode, ...drag }) => (
                        <SessionCard
                          session={session}
                          days={dates}
                          dragRef={setNode}
                          drag={drag}
                          onMove={(toDate) => void requestMove(session.id, toDate)}
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
      {pending ? (
        <Suspense fallback={null}>
          <MoveConfirmDialog
            move={pending}
            onCancel={() => setPending(null)}
            onConfirm={() => void requestMove(pending.sessionId, pending.toDate, true)}
          />
        </Suspense>
      ) : null}
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
