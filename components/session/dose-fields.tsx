"use client";

import { useState, type FormEvent } from "react";
import { FormFooter } from "@/components/ui/form-footer";
import { TextField } from "@/components/ui/field";

export type Unit = "reps" | "seconds" | "metres";
export interface DoseValue {
  sets: number;
  amount: number;
  intensity: string;
}

const AMOUNT_LABEL: Record<Unit, string> = {
  reps: "Reps per set",
  seconds: "Seconds per set",
  metres: "Metres per set",
};

/** The dose as the procedures take it: sets, one measure in the exercise's unit, load guidance. */
export function toDoseInput(unit: Unit, value: DoseValue) {
  return { sets: value.sets, [unit]: value.amount, intensity: value.intensity.trim() };
}

/** Sets, reps or time, and load guidance: plain number and text fields, usable from the keyboard. */
export function DoseForm({
  unit,
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  unit: Unit;
  initial: DoseValue;
  submitLabel: string;
  pending: boolean;
  error?: string;
  onSubmit: (value: DoseValue) => void;
  onCancel?: () => void;
}) {
  const [sets, setSets] = useState(String(initial.sets));
  const [amount, setAmount] = useState(String(initial.amount));
  const [intensity, setIntensity] = useState(initial.intensity);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ sets: Number(sets), amount: Number(amount), intensity });
  };
  return (
    <form onSubmit={submit} className="space-y-3" onKeyDown={(event) => event.key === "Escape" && onCancel?.()}>
      <div className="grid grid-cols-2 gap-3">
        <TextField
          label="Sets"
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          required
          value={sets}
          onChange={(e) => setSets(e.target.value)}
        />
        <TextField
          label={AMOUNT_LABEL[unit]}
          type="number"
          inputMode="numeric"
          min={1}
          required
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
        />
      </div>
      <TextField
        label="Load guidance"
        hint="For example “RPE 7 (about 70% of your best)” or “light band”."
        maxLength={120}
        required
        value={intensity}
        onChange={(e) => setIntensity(e.target.value)}
      />
      <FormFooter
        error={error}
        pending={pending}
        submitLabel={submitLabel}
        pendingLabel="Saving…"
        onCancel={onCancel}
      />
    </form>
  );
}
