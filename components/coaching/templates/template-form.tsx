"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { EQUIPMENT_CHOICES, RUNNING_LEVEL } from "@/components/plan/labels";
import { errorMessage } from "@/components/runs/error-message";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import type { TemplateSettings } from "@/server/domain/coach-templates";

export interface TemplateDraft {
  templateId?: string;
  name: string;
  settings: TemplateSettings;
}

export const EMPTY_TEMPLATE: TemplateDraft = {
  name: "",
  settings: { level: "beginner", sessionsPerWeek: 2, equipment: ["mat"], allowRestDays: false },
};

/** Name and plan settings of a template: level, sessions a week, equipment, rest days, block length. */
export function TemplateForm({ initial, onDone }: { initial: TemplateDraft; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const save = useMutation(
    trpc.coachTemplates.save.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.coachTemplates.list.queryKey() });
        onDone();
      },
    }),
  );
  const set = (patch: Partial<TemplateSettings>) => setDraft({ ...draft, settings: { ...draft.settings, ...patch } });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(draft);
  };
  return (
    <form onSubmit={submit} className="space-y-4">
      <TextField
        label="Template name"
        required
        maxLength={80}
        value={draft.name}
        onChange={(e) => setDraft({ ...draft, name: e.target.value })}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Running level"
          value={draft.settings.level}
          onChange={(e) => set({ level: e.target.value as TemplateSettings["level"] })}
        >
          {(Object.keys(RUNNING_LEVEL) as (keyof typeof RUNNING_LEVEL)[]).map((level) => (
            <option key={level} value={level}>
              {RUNNING_LEVEL[level].label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Sessions a week"
          value={String(draft.settings.sessionsPerWeek)}
          onChange={(e) => set({ sessionsPerWeek: e.target.value === "3" ? 3 : 2 })}
        >
          <option value="2">2 sessions</option>
          <option value="3">3 sessions</option>
        </SelectField>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Equipment</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {EQUIPMENT_CHOICES.map((item) => (
            <label key={item.id} className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={draft.settings.equipment.includes(item.id)}
                onChange={(e) =>
                  set({
                    equipment: e.target.checked
                      ? [...draft.settings.equipment, item.id]
                      : draft.settings.equipment.filter((id) => id !== item.id),
                  })
                }
              />
              {item.label}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex min-h-11 items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={draft.settings.allowRestDays}
          onChange={(e) => set({ allowRestDays: e.target.checked })}
        />
        Sessions may fall on rest days (no run that day)
      </label>
      {save.error ? (
        <p role="alert" className="text-sm text-danger">
          {errorMessage(save.error, "The template was not saved.")}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : draft.templateId ? "Save changes" : "Save template"}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
