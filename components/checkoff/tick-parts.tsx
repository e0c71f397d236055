"use client";

import type { ReactNode } from "react";
import type { SkipReason } from "@/server/domain/checkoff-words";
import { cx } from "@/components/ui/cx";
import { formatDay } from "@/components/ui/dates";
import { Icon, type IconName } from "./icons";
import { useCheckOffWords } from "./words";

/**
 * One of the check-off choices. It stays where it is once pressed (and pressing it again does
 * nothing), so a double tap on "Done" can never land on something else such as the undo.
 */
export function TickButton({
  icon,
  label,
  pressed,
  disabled,
  compact,
  describedBy,
  onTick,
}: {
  icon: IconName;
  label: string;
  pressed: boolean;
  disabled?: boolean;
  compact?: boolean;
  describedBy?: string;
  onTick: () => void;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      disabled={disabled}
      aria-describedby={describedBy}
      title={compact ? label : undefined}
      onClick={() => (pressed ? undefined : onTick())}
      onPointerDown={(event) => event.stopPropagation()}
      className={cx(
        "inline-flex min-h-10 flex-1 items-center justify-center gap-1 rounded-lg border px-2 text-sm font-semibold transition-colors",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand",
        "disabled:cursor-not-allowed disabled:opacity-50",
        compact && "md:min-w-8 md:px-1",
        pressed ? "border-brand bg-brand text-on-brand" : "border-line bg-surface text-fg hover:bg-raised",
      )}
    >
      <Icon name={icon} />
      <span className={compact ? "md:sr-only" : undefined}>{label}</span>
    </button>
  );
}

/** The optional follow-up after a skip: why, in one tap, never a dialog in the way. */
export function SkipReasonChoice({
  reason,
  onChoose,
  itemLabel,
}: {
  reason: SkipReason | null;
  onChoose: (reason: SkipReason) => void;
  itemLabel: string;
}) {
  const words = useCheckOffWords();
  return (
    <div role="group" aria-label={`Why was ${itemLabel} skipped? (optional)`} className="flex flex-wrap gap-1">
      <span className="self-center pr-1 text-xs text-muted" aria-hidden="true">
        Why?
      </span>
      {words.skipReasons.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={reason === option.value}
          onClick={() => (reason === option.value ? undefined : onChoose(option.value))}
          onPointerDown={(event) => event.stopPropagation()}
          className={cx(
            "min-h-8 rounded-full border px-2.5 text-xs font-medium",
            reason === option.value ? "border-fg bg-fg text-canvas" : "border-line bg-surface hover:bg-raised",
          )}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

export function WaitingToSync({ children = "Waiting to sync" }: { children?: ReactNode }) {
  return (
    <span className="inline-flex items-center gap-1 text-xs font-medium text-warn">
      <Icon name="cloud" className="size-3.5" />
      {children}
    </span>
  );
}

export function UndoButton({ onUndo, label }: { onUndo: () => void; label: string }) {
  return (
    <button
      type="button"
      onClick={onUndo}
      onPointerDown={(event) => event.stopPropagation()}
      aria-label={label}
      className="inline-flex min-h-8 items-center gap-1 rounded-md px-1.5 text-xs font-semibold text-muted underline-offset-2 hover:bg-raised hover:underline"
    >
      <Icon name="undo" className="size-3.5" />
      Undo
    </button>
  );
}

/** Why Done is greyed out on an item after today; the buttons point at it by id. */
export function NotDueYet({ due, id, date }: { due: boolean; id: string; date: string }) {
  if (due) return null;
  return (
    <p id={id} className="text-xs text-muted">
      Can be ticked done from {formatDay(date, "EEE d MMM")}.
    </p>
  );
}
