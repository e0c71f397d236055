"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDay } from "@/components/ui/dates";
import { Notice } from "@/components/ui/notice";
import { LOAD_LABEL } from "./labels";

const KIND_TEXT = { added: "New", removed: "Dropped", moved: "Moved", changed: "Changed" } as const;

/** Re-plan from today: first show what would change, then apply it on confirmation. */
export function ReplanPanel({ planId, calendarChanged }: { planId: string; calendarChanged: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const preview = useMutation(trpc.plans.replan.mutationOptions());
  const apply = useMutation(
    trpc.plans.replan.mutationOptions({
      onSuccess: () => {
        preview.reset();
        router.refresh();
      },
    }),
  );
  const result = preview.data;

  return (
    <Card className="space-y-4">
      <div>
        <h2 className="text-lg font-semibold">Runs changed?</h2>
        <p className="text-sm text-muted">
          Re-plan places the sessions after today around your current run calendar and what your training log says.
          Sessions up to today, sessions you checked off and sessions you moved by hand stay put.
        </p>
      </div>
      {calendarChanged && !apply.data ? (
        <Notice tone="warning" title="Your run calendar has changed since these sessions were placed">
          Re-plan to move the coming sessions around your new runs.
        </Notice>
      ) : null}
      {apply.data?.applied ? (
        <Notice tone="success">
          {apply.data.changes.length === 0
            ? "The plan already fitted your runs."
            : `Re-planned: ${apply.data.changes.length} change${apply.data.changes.length === 1 ? "" : "s"} applied.`}
        </Notice>
      ) : null}
      {(preview.error ?? apply.error) ? <Notice tone="error">{(preview.error ?? apply.error)?.message}</Notice> : null}
      {result && result.adjustments.length > 0 ? (
        <div className="space-y-2">
          <p className="text-sm font-medium">From your training log:</p>
          <ul className="space-y-1 text-sm" aria-label="What your training log changes">
            {result.adjustments.map((adjustment, index) => (
              <li key={`${adjustment.rule}-${index}`}>{adjustment.text}</li>
            ))}
          </ul>
          {result.adjustments.some((adjustment) => adjustment.rule === "log-injured") ? (
            <Button
              variant="secondary"
              onClick={() => preview.mutate({ planId, injuryFine: true })}
              disabled={preview.isPending}
            >
              My injury is fine now
            </Button>
          ) : null}
        </div>
      ) : null}
      {result && result.changes.length === 0 ? (
        <Notice tone="info">
          Nothing to change: the plan already fits your runs.{" "}
          {calendarChanged ? (
            <button
              type="button"
              className="font-semibold underline"
              onClick={() =>
                apply.mutate({ planId, confirm: true, injuryFine: preview.variables?.injuryFine ?? false })
              }
            >
              Mark it as up to date
            </button>
          ) : null}
        </Notice>
      ) : null}
      {result && result.changes.length > 0 ? (
        <div className="space-y-3">
          <p className="text-sm font-medium">
            {result.changes.length} change{result.changes.length === 1 ? "" : "s"}, {result.kept} session
            {result.kept === 1 ? "" : "s"} kept as they are:
          </p>
          <ul className="max-h-72 space-y-1 overflow-auto text-sm" aria-label="Changes re-planning would make">
            {result.changes.map((change, index) => (
              <li key={`${change.kind}-${change.date}-${index}`} className="flex flex-wrap gap-x-2">
                <span className="font-semibold">{KIND_TEXT[change.kind]}</span>
                <span>
                  {change.fromDate ? `${formatDay(change.fromDate)} → ` : ""}
                  {formatDay(change.date)}
                </span>
                <span className="text-muted">
                  {LOAD_LABEL[change.load]} · {change.focus}
                </span>
              </li>
            ))}
          </ul>
          <div className="flex flex-wrap gap-2">
            <Button
              onClick={() =>
                apply.mutate({ planId, confirm: true, injuryFine: preview.variables?.injuryFine ?? false })
              }
              disabled={apply.isPending}
            >
              {apply.isPending ? "Applying…" : "Apply these changes"}
            </Button>
            <Button variant="secondary" onClick={() => preview.reset()}>
              Keep the plan as it is
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => preview.mutate({ planId })} disabled={preview.isPending}>
          {preview.isPending ? "Checking your runs…" : "Re-plan from today"}
        </Button>
      )}
    </Card>
  );
}
