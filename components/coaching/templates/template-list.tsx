"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { EQUIPMENT_CHOICES, RUNNING_LEVEL } from "@/components/plan/labels";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ApplyTemplate } from "./apply-template";
import { EMPTY_TEMPLATE, TemplateForm, type TemplateDraft } from "./template-form";

/** The coach's templates: create, change, delete, and apply one to several athletes. */
export function TemplateList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: templates } = useSuspenseQuery(trpc.coachTemplates.list.queryOptions());
  const [editing, setEditing] = useState<TemplateDraft | null>(null);
  const [applying, setApplying] = useState<string | null>(null);
  const remove = useMutation(
    trpc.coachTemplates.remove.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.coachTemplates.list.queryKey() }),
    }),
  );

  return (
    <div className="space-y-4">
      {editing ? (
        <Card>
          <h2 className="mb-3 font-semibold">{editing.templateId ? `Change “${editing.name}”` : "New template"}</h2>
          <TemplateForm initial={editing} onDone={() => setEditing(null)} />
        </Card>
      ) : (
        <Button onClick={() => setEditing(EMPTY_TEMPLATE)}>New template</Button>
      )}
      {templates.length === 0 ? <p className="text-muted">No templates yet: save the settings you use most.</p> : null}
      <ul className="space-y-3">
        {templates.map((template) => (
          <li key={template.id}>
            <Card className="space-y-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <h2 className="text-lg font-semibold">{template.name}</h2>
                  <p className="text-sm text-muted">
                    {RUNNING_LEVEL[template.settings.level].label} · {template.settings.sessionsPerWeek} sessions a week
                    ·{" "}
                    {template.settings.equipment
                      .map((id) => EQUIPMENT_CHOICES.find((c) => c.id === id)?.label ?? id)
                      .join(", ") || "no equipment"}
                    {template.settings.allowRestDays ? " · rest days allowed" : ""}
                  </p>
                </div>
                <div className="flex gap-1">
                  <Button
                    variant="secondary"
                    onClick={() => setApplying(applying === template.id ? null : template.id)}
                    aria-expanded={applying === template.id}
                  >
                    Apply<span className="sr-only"> {template.name}</span>
                  </Button>
                  <Button
                    variant="ghost"
                    onClick={() =>
                      setEditing({ templateId: template.id, name: template.name, settings: template.settings })
                    }
                  >
                    Change<span className="sr-only"> {template.name}</span>
                  </Button>
                  <Button variant="ghost" onClick={() => remove.mutate({ templateId: template.id })}>
                    Delete<span className="sr-only"> {template.name}</span>
                  </Button>
                </div>
              </div>
              {applying === template.id ? <ApplyTemplate templateId={template.id} name={template.name} /> : null}
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
