"use client";

import { AlertDialog } from "radix-ui";
import type { Reason } from "@/server/planner/types";
import { buttonClass } from "@/components/ui/button";
import { formatDay } from "@/components/ui/dates";

export interface PendingMove {
  sessionId: string;
  fromDate: string;
  toDate: string;
  warnings: Reason[];
}

/** A move that breaks a placement rule happens only after the runner has read which rule. */
export function MoveConfirmDialog({ move, onConfirm, onCancel }: { move: PendingMove | null; onConfirm: () => void; onCancel: () => void }) {
  return (
    <AlertDialog.Root open={move !== null} onOpenChange={(open) => (open ? undefined : onCancel())}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-2xl border border-line bg-surface p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">Move to {move ? formatDay(move.toDate, "EEEE d MMM") : ""}?</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-muted">That day goes against how the plan keeps your running safe:</AlertDialog.Description>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
            {move?.warnings.map((warning) => (
              <li key={`${warning.rule}-${warning.text}`}>{warning.text}</li>
            ))}
          </ul>
          <div className="mt-6 flex flex-wrap justify-end gap-2">
            <AlertDialog.Cancel className={buttonClass("secondary")}>Keep it on {move ? formatDay(move.fromDate, "EEEE") : ""}</AlertDialog.Cancel>
            <AlertDialog.Action className={buttonClass("danger")} onClick={onConfirm}>
              Move anyway
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
