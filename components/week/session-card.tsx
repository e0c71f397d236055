"use client";

import Link from "next/link";
import type { WeekSessionData } from "@/components/trpc/types";
import { cx } from "@/components/ui/cx";
import { formatDay } from "@/components/ui/dates";
import { MenuItem, MenuLabel, PopoverMenu } from "@/components/ui/popover-menu";
import { LOAD_BADGE, LOAD_LABEL } from "@/components/plan/labels";
import { SessionMarksIsland } from "@/components/history/islands";
import { SessionCheckOff } from "@/components/checkoff/session-check-off";
import { useAthleteScope } from "@/components/athlete/scope";
import type { DragHandle } from "./week-dnd";

export type WeekSession = WeekSessionData;

/** A strength session in the week: drag it to another day, or use "Move to…" from the keyboard. */
export function SessionCard({
  session,
  days,
  dragRef,
  drag,
  onMove,
}: {
  session: WeekSession;
  days: string[];
  /** From drag-and-drop (week-dnd.tsx). */
  dragRef: DragHandle["setNode"];
  drag: Omit<DragHandle, "setNode">;
  onMove: (date: string) => void;
}) {
  const { basePath } = useAthleteScope();
  const movable = session.checkOff.status === "planned";
  const { isDragging } = drag;
  return (
    <div
      ref={dragRef}
      style={drag.style}
      className={cx(
        "rounded-xl border border-brand/40 bg-brand-soft p-2.5 text-sm shadow-sm",
        movable && "cursor-grab touch-none active:cursor-grabbing",
        isDragging && "relative z-20 shadow-lg ring-2 ring-brand",
      )}
      data-testid="session-card"
      {...drag.props}
      // dnd-kit marks an unmovable card aria-disabled, which would disable its link and check-off for assistive tech.
      aria-disabled={undefined}
      tabIndex={-1}
      role="group"
      aria-roledescription="strength session"
      aria-label={`Strength session, ${LOAD_LABEL[session.load]}, ${session.focus}`}
    >
      <div className="flex items-start justify-between gap-2">
        <Link
          href={`${basePath}/sessions/${session.id}`}
          className="min-w-0 text-brand-strong underline-offset-2 hover:underline"
        >
          <span className="block font-semibold">{session.optional ? "Travel session" : "Strength"}</span>
          <span className="block text-xs first-letter:uppercase">{session.focus}</span>
        </Link>
        {movable ? (
          <PopoverMenu
            label={`Move the ${formatDay(session.date, "EEEE")} session`}
            triggerClassName="-mr-1 -mt-1 inline-flex size-8 shrink-0 items-center justify-center rounded-md text-muted hover:bg-surface"
            trigger={
              <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
                <circle cx="4" cy="10" r="1.6" fill="currentColor" />
                <circle cx="10" cy="10" r="1.6" fill="currentColor" />
                <circle cx="16" cy="10" r="1.6" fill="currentColor" />
              </svg>
            }
          >
            {(close) => (
              <>
                <MenuLabel>Move to…</MenuLabel>
                {days.map((day) => (
                  <MenuItem
                    key={day}
                    disabled={day === session.date}
                    onSelect={() => {
                      close();
                      onMove(day);
                    }}
                  >
                    {formatDay(day, "EEEE d MMM")}
                  </MenuItem>
                ))}
              </>
            )}
          </PopoverMenu>
        ) : null}
      </div>
      <div className="mt-1.5 flex flex-wrap items-center gap-1.5">
        <span className={cx("rounded-md px-1.5 py-0.5 text-xs font-semibold", LOAD_BADGE[session.load])}>
          {LOAD_LABEL[session.load]}
        </span>
        <span className="text-xs text-muted">
          {session.exerciseCount} exercises · {session.sets} sets
          {session.minutes ? ` · about ${session.minutes} min` : ""}
        </span>
        {session.optional ? (
          <span className="rounded-md bg-raised px-1.5 py-0.5 text-xs text-muted">Optional: travel</span>
        ) : null}
        {session.movedByHand ? <span className="text-xs text-muted">moved by you</span> : null}
        <SessionMarksIsland sessionId={session.id} date={session.date} />
      </div>
      <div className="mt-2">
        <SessionCheckOff sessionId={session.id} date={session.date} checkOff={session.checkOff} compact />
      </div>
    </div>
  );
}
