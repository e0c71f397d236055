"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { profileSchema } from "@/server/schemas/account";

export function ProfileForm({ timeZones }: { timeZones: string[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: profile } = useSuspenseQuery(trpc.profile.get.queryOptions());
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const update = useMutation(
    trpc.profile.update.mutationOptions({
      onSuccess: (next) => {
        queryClient.setQueryData(trpc.profile.get.queryKey(), next);
        setSaved(true);
      },
      onError: (failure) => setError(failure.message),
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    setError(null);
    const form = new FormData(event.currentTarget);
    const parsed = profileSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) {
      setError(parsed.error.issues.map((issue) => issue.message).join(" "));
      return;
    }
    update.mutate(parsed.data);
  }

  const zones = timeZones.includes(profile.timeZone) ? timeZones : [profile.timeZone, ...timeZones];
  return (
    <form onSubmit={onSubmit} className="space-y-5" onChange={() => setSaved(false)}>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {saved ? <Notice tone="success">Saved. Your plan and calendar use these settings.</Notice> : null}
      <TextField label="Display name" name="name" defaultValue={profile.name} autoComplete="name" required />
      <SelectField
        label="Time zone"
        name="timeZone"
        defaultValue={profile.timeZone}
        hint="Run and session dates are read in this zone."
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll("_", " ")}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField label="Distances in" name="units" defaultValue={profile.units}>
          <option value="km">Kilometres (km)</option>
          <option value="mi">Miles (mi)</option>
        </SelectField>
        <SelectField label="Week starts on" name="weekStart" defaultValue={profile.weekStart}>
          <option value="monday">Monday</option>
          <option value="sunday">Sunday</option>
        </SelectField>
      </div>
      <Button type="submit" disabled={update.isPending}>
        {update.isPending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
