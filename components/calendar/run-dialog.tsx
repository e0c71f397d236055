"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Dialog } from "radix-ui";
import { useState, type ReactNode } from "react";
import { errorMessage } from "@/components/runs/error-message";
import type { DistanceUnit } from "@/components/runs/units";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { formatLongDay } from "@/components/ui/dates";
import { RunForm, type RunDraft, type RunFormValues } from "./run-form";
import { useAthleteScope } from "@/components/athlete/scope";

export type StoredRun = RunDraft & { id: string };

type Props = {
  units: DistanceUnit;
  trigger: ReactNode;
  /** Told where a run went, so the week can say so when it left this week. */
  onSaved: (date: string) => void;
} & ({ mode: "add"; date: string } | { mode: "edit"; run: StoredRun });

/** Adds or edits one run in a dialog (focus stays inside; Escape closes; focus goes back). */
export function RunDialog(props: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { athleteId } = useAthleteScope();
  const [open, setOpen] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const done = async (date: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.runs.pathKey() });
    setOpen(false);
    props.onSaved(date);
  };
  const fail = (failure: unknown) => setError(errorMessage(failure, "That did not work. Try again."));
  const create = useMutation(trpc.runs.create.mutationOptions({ onSuccess: (run) => done(run.date), onError: fail }));
  const update = useMutation(trpc.runs.update.mutationOptions({ onSuccess: (run) => done(run.date), onError: fail }));
  const remove = useMutation(trpc.runs.delete.mutationOptions({ onSuccess: () => done(""), onError: fail }));

  function openChange(next: boolean) {
    setOpen(next);
    setError(null);
    setConfirmDelete(false);
  }

  function submit(values: RunFormValues) {
    setError(null);
    if (props.mode === "add") create.mutate({ ...values, athleteId, distanceKm: values.distanceKm ?? null });
    else update.mutate({ runId: props.run.id, ...values });
  }

  const initial: RunDraft =
    props.mode === "add"
      ? { date: props.date, type: "easy", distanceKm: null, durationMin: null, title: "" }
      : props.run;
  const pending = create.isPending || update.isPending || remove.isPending;
  const title = props.mode === "add" ? `Add a run on ${formatLongDay(props.date)}` : "Edit run";
  return (
    <Dialog.Root open={open} onOpenChange={openChange}>
      <Dialog.Trigger asChild>{props.trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <Dialog.Content className="fixed inset-x-0 bottom-0 z-50 max-h-[90dvh] overflow-y-auto rounded-t-2xl border border-line bg-surface p-5 shadow-xl sm:inset-auto sm:left-1/2 sm:top-1/2 sm:w-full sm:max-w-lg sm:-translate-x-1/2 sm:-translate-y-1/2 sm:rounded-2xl sm:p-6">
          <Dialog.Title className="text-lg font-semibold">{title}</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-muted">
            {props.mode === "add"
              ? "Leave distance or duration empty if you don't plan by them."
              : "Change the day to move it."}
          </Dialog.Description>
          <div className="mt-4">
            <RunForm
              initial={initial}
              units={props.units}
              submitLabel={props.mode === "add" ? "Add run" : "Save run"}
              pending={pending}
              serverError={error}
              onSubmit={submit}
              onCancel={() => openChange(false)}
            />
          </div>
          {props.mode === "edit" ? (
            <div className="mt-5 border-t border-line pt-4">
              {confirmDelete ? (
                <div className="flex flex-wrap items-center gap-2">
                  <p className="w-full text-sm font-medium">Delete this run from your calendar?</p>
                  <Button variant="danger" onClick={() => remove.mutate({ runId: props.run.id })} disabled={pending}>
                    {remove.isPending ? "Deleting…" : "Yes, delete it"}
                  </Button>
                  <Button variant="secondary" onClick={() => setConfirmDelete(false)} disabled={pending}>
                    Keep it
                  </Button>
                </div>
              ) : (
                <Button
                  variant="ghost"
                  className="text-danger!"
                  onClick={() => setConfirmDelete(true)}
                  disabled={pending}
                >
                  Delete run
                </Button>
              )}
            </div>
          ) : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
