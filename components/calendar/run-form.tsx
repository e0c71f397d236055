"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { RUN_TYPES, runTypeLabel, type RunType } from "@/components/runs/run-types";
import { distanceValue, parseDistance, parseDuration, type DistanceUnit } from "@/components/runs/units";
import { runFieldSchemas } from "@/server/domain/plan";

export interface RunDraft {
  date: string;
  type: RunType;
  distanceKm: number | null;
  durationMin: number | null;
  title: string;
}

/** What the form hands back: distanceKm is left out when the athlete did not touch it. */
export type RunFormValues = Omit<RunDraft, "distanceKm"> & { distanceKm?: number | null };

interface Props {
  initial: RunDraft;
  units: DistanceUnit;
  submitLabel: string;
  pending: boolean;
  serverError: string | null;
  onSubmit: (values: RunFormValues) => void;
  onCancel: () => void;
}

/**
 * The fields of one run, distances in the athlete's unit. An unchanged distance is not sent
 * back, so opening and saving a run never nudges its stored kilometres by a rounding.
 */
export function RunForm({ initial, units, submitLabel, pending, serverError, onSubmit, onCancel }: Props) {
  const initialDistance = initial.distanceKm === null ? "" : distanceValue(initial.distanceKm, units);
  const [errors, setErrors] = useState<Partial<Record<"date" | "distance" | "duration" | "title", string>>>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const date = String(form.get("date") ?? "");
    const type = String(form.get("type") ?? "easy") as RunType;
    const distanceText = String(form.get("distance") ?? "");
    const distance = parseDistance(distanceText, units);
    const duration = parseDuration(String(form.get("duration") ?? ""));
    const title = String(form.get("title") ?? "").trim();
    const next: typeof errors = {};
    if ("error" in distance) next.distance = distance.error;
    if ("error" in duration) next.duration = duration.error;
    // The date and title by the schema the server checks with (server/schemas/runs.ts).
    const fields = runFieldSchemas.date.safeParse(date);
    if (!fields.success) next.date = fields.error.issues[0]?.message ?? "Choose a day.";
    const titled = runFieldSchemas.title.safeParse(title);
    if (!titled.success) next.title = titled.error.issues[0]?.message ?? "Check the title.";
    setErrors(next);
    if (Object.keys(next).length > 0 || "error" in distance || "error" in duration) return;
    onSubmit({
      date,
      type,
      durationMin: duration.minutes,
      title,
      ...(distanceText.trim() !== initialDistance && { distanceKm: distance.km }),
    });
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {serverError ? <Notice tone="error">{serverError}</Notice> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Day"
          name="date"
          type="date"
          defaultValue={initial.date}
          required
          error={errors.date}
          hint="Change it to move the run."
        />
        <SelectField label="Type" name="type" defaultValue={initial.type}>
          {RUN_TYPES.map((type) => (
            <option key={type} value={type}>
              {runTypeLabel(type)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={`Distance (${units})`}
          name="distance"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={initialDistance}
          error={errors.distance}
        />
        <TextField
          label="Duration (minutes)"
          name="duration"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={initial.durationMin ?? ""}
          error={errors.duration}
        />
      </div>
      <TextField
        label="Title"
        name="title"
        defaultValue={initial.title}
        maxLength={200}
        placeholder="e.g. 6 x 800 m"
        error={errors.title}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
