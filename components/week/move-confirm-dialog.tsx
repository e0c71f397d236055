"use client";

import type { Reason } from "@/server/planner/types";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { formatDay } from "@/components/ui/dates";

export interface PendingMove {
  sessionId: string;
  fromDate: string;
  toDate: string;
  warnings: Reason[];
}

/** A move that breaks a placement rule happens only after the runner has read which rule. */
export function MoveConfirmDialog({
  move,
  onConfirm,
  onCancel,
}: {
  move: PendingMove | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ConfirmDialog
      open={move !== null}
      title={`Move to ${move ? formatDay(move.toDate, "EEEE d MMM") : ""}?`}
      confirmLabel="Move anyway"
      cancelLabel={`Keep it on ${move ? formatDay(move.fromDate, "EEEE") : ""}`}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p className="text-muted">That day goes against how the plan keeps your running safe:</p>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        {move?.warnings.map((warning) => (
          <li key={`${warning.rule}-${warning.text}`}>{warning.text}</li>
        ))}
      </ul>
    </ConfirmDialog>
  );
}
