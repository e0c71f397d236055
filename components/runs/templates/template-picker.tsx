"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { isIsoDate } from "@/server/domain/dates";
import { weekdaySlotName } from "@/server/domain/enums";
import type { RouterOutputs } from "@/components/trpc/types";
import type { DistanceUnit } from "../units";
import { TemplateOutcome, useTemplatePreview, type TemplateChoice } from "./template-preview";

type Published = Extract<TemplateChoice, { kind: "published" }>;

export type TemplateSummary = RouterOutputs["templates"]["list"][number];

const choiceCard =
  "flex h-full cursor-pointer gap-3 rounded-xl border border-line bg-surface p-4 has-[:checked]:border-brand has-[:checked]:bg-brand-soft has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand/40";

/** Pick a published-style plan and a race date, look at its weeks, then save it. */
export function TemplatePicker({
  templates,
  units,
  defaultRaceDate,
}: {
  templates: readonly TemplateSummary[];
  units: DistanceUnit;
  defaultRaceDate: string;
}) {
  const [templateId, setTemplateId] = useState<Published["templateId"] | null>(null);
  const [raceDate, setRaceDate] = useState(defaultRaceDate);
  const state = useTemplatePreview();

  function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!templateId) return void state.show("Choose one of the plans first.");
    if (!isIsoDate(raceDate)) return void state.show("Choose your race day.");
    void state.show({ kind: "published", templateId, raceDate });
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onPreview} className="space-y-5" noValidate>
        <fieldset>
          <legend className="mb-3 text-sm font-medium">Plan</legend>
          <ul className="grid gap-3 sm:grid-cols-2">
            {templates.map((template) => (
              <li key={template.id}>
                <label className={choiceCard}>
                  <input
                    type="radio"
                    name="template"
                    value={template.id}
                    checked={templateId === template.id}
                    onChange={() => {
                      setTemplateId(template.id);
                      state.clear();
                    }}
                    className="mt-1 size-4 accent-brand"
                  />
                  <span className="space-y-1">
                    <span className="block font-semibold">{template.name}</span>
                    <span className="block text-sm text-muted">{template.description}</span>
                    <span className="block text-xs text-muted">
                      {template.weeks} weeks · long run on {weekdaySlotName(template.longRunDay)} for a Sunday race
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <Card className="flex flex-col gap-4 sm:flex-row sm:items-end">
          <div className="sm:w-64">
            <TextField
              label="Race day"
              type="date"
              value={raceDate}
              required
              onChange={(event) => {
                setRaceDate(event.currentTarget.value);
                state.clear();
              }}
              hint="The plan counts back from this day."
            />
          </div>
          <Button
            type="submit"
            variant={state.preview ? "secondary" : "primary"}
            disabled={state.previewPending}
            className="sm:mb-7"
          >
            {state.previewPending ? "Laying out the weeks…" : "Preview the weeks"}
          </Button>
        </Card>
      </form>
      <TemplateOutcome state={state} units={units} />
    </div>
  );
}
