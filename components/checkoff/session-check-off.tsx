"use client";

import { useId } from "react";
import type { SessionStatus, SkipReason } from "@/server/domain/checkoff-words";
import { cx } from "@/components/ui/cx";
import { formatDay } from "@/components/ui/dates";
import { Icon } from "./icons";
import { NotDueYet, SkipReasonChoice, TickButton, UndoButton, WaitingToSync } from "./tick-parts";
import { useSessionCheckOff } from "./writes";
import { skipReasonLabel, useCheckOffWords } from "./words";

const STATUS_WORD: Record<Exclude<SessionStatus, "planned">, string> = {
  done: "Done",
  partial: "Partly done",
  skipped: "Skipped",
};

/**
 * Done, partly done or skipped in one tap each, with undo (a write of "planned"). A session after
 * today can be skipped ahead of time but not marked done: those buttons say why they are off.
 */
export function SessionCheckOff({
  sessionId,
  date,
  checkOff,
  compact = false,
}: {
  sessionId: string;
  date: string;
  checkOff: { status: SessionStatus; reason: SkipReason | null; due: boolean };
  compact?: boolean;
}) {
  const words = useCheckOffWords();
  const reasonId = useId();
  const state = useSessionCheckOff(sessionId, checkOff);
  const dayName = formatDay(date, "EEEE");
  const itemLabel = `the ${dayName} session`;
  const ticked = state.status !== "planned";
  const reason = skipReasonLabel(words, state.reason);
  return (
    <div role="group" aria-label={`Check off ${itemLabel}`} className="space-y-1.5" data-testid="session-check-off">
      <div className="flex min-h-5 flex-wrap items-center gap-x-2 gap-y-1 text-xs">
        {ticked ? (
          <span
            className="inline-flex items-center gap-1 font-semibold text-brand-strong"
            data-testid="check-off-state"
          >
            <Icon name={state.status === "skipped" ? "skip" : state.status === "partial" ? "half" : "check"} />
            {STATUS_WORD[state.status as Exclude<SessionStatus, "planned">]}
            {reason ? <span className="font-normal text-muted">{` · ${reason}`}</span> : null}
          </span>
        ) : checkOff.due ? (
          <span className="font-semibold text-warn" data-testid="check-off-state">
            To check off
          </span>
        ) : null}
        {ticked ? (
          <UndoButton label={`Undo the check-off of ${itemLabel}`} onUndo={() => state.tick("planned")} />
        ) : null}
        {state.waiting ? <WaitingToSync /> : null}
      </div>
      <div className={cx("flex flex-wrap", compact ? "gap-1 md:gap-0.5" : "gap-2")}>
        <TickButton
          icon="check"
          label="Done"
          compact={compact}
          pressed={state.status === "done"}
          disabled={!checkOff.due}
          describedBy={checkOff.due ? undefined : reasonId}
          onTick={() => state.tick("done")}
        />
        <TickButton
          icon="half"
          label="Partly done"
          compact={compact}
          pressed={state.status === "partial"}
          disabled={!checkOff.due}
          describedBy={checkOff.due ? undefined : reasonId}
          onTick={() => state.tick("partial")}
        />
        <TickButton
          icon="skip"
          label="Skipped"
          compact={compact}
          pressed={state.status === "skipped"}
          onTick={() => state.tick("skipped")}
        />
      </div>
      <NotDueYet due={checkOff.due} id={reasonId} date={date} />
      {state.status === "skipped" ? (
        <SkipReasonChoice
          itemLabel={itemLabel}
          reason={state.reason}
          onChoose={(choice) => state.tick("skipped", choice)}
        />
      ) : null}
      {state.error ? (
        <p role="alert" className="text-xs text-danger">
          {state.error}
        </p>
      ) : null}
    </div>
  );
}
