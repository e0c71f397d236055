"use client";

import { liftingExperienceSchema, type AthleteLevel, type LiftingExperience } from "@/server/domain/vocabulary";
import type { Equipment } from "@/server/planner/types";
import type { PlanSettings } from "@/server/schemas/plans";
import { cx } from "@/components/ui/cx";
import { TextField } from "@/components/ui/field";
import { EQUIPMENT_CHOICES, RUNNING_LEVEL } from "./labels";

export type SettingsDraft = PlanSettings & { hasRace: boolean };

const LEVELS = (Object.keys(RUNNING_LEVEL) as AthleteLevel[]).map((id) => ({ id, ...RUNNING_LEVEL[id] }));

/** Asked apart from the running level: a fast runner may never have lifted. */
const LIFTING: Record<LiftingExperience, { label: string; hint: string }> = {
  new: { label: "New to lifting", hint: "never lifted, or not for years: starts with bodyweight and technique" },
  some: { label: "Some lifting", hint: "has lifted now and then" },
  regular: { label: "Lifts regularly", hint: "lifts most weeks and knows heavy work" },
};

const choice =
  "flex cursor-pointer items-start gap-3 rounded-xl border border-line bg-surface p-3 has-[:checked]:border-brand has-[:checked]:bg-brand-soft has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand";

export function PlanSettingsFields({
  draft,
  onChange,
}: {
  draft: SettingsDraft;
  onChange: (next: SettingsDraft) => void;
}) {
  const set = (patch: Partial<SettingsDraft>) => onChange({ ...draft, ...patch });
  const toggleEquipment = (id: Equipment, on: boolean) =>
    set({ equipment: on ? [...draft.equipment, id] : draft.equipment.filter((item) => item !== id) });

  return (
    <div className="space-y-8">
      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">What are you training for?</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          <label className={choice}>
            <input
              type="radio"
              name="goal"
              className="mt-1 accent-[var(--brand)]"
              checked={draft.hasRace}
              onChange={() => set({ hasRace: true })}
            />
            <span>
              <span className="block font-medium">A race</span>
              <span className="text-sm text-muted">The block ends in race week with a taper.</span>
            </span>
          </label>
          <label className={choice}>
            <input
              type="radio"
              name="goal"
              className="mt-1 accent-[var(--brand)]"
              checked={!draft.hasRace}
              onChange={() => set({ hasRace: false })}
            />
            <span>
              <span className="block font-medium">No race</span>
              <span className="text-sm text-muted">The block starts on a date you choose.</span>
            </span>
          </label>
        </div>
        {draft.hasRace ? (
          <TextField
            label="Race date"
            type="date"
            value={draft.raceDate ?? ""}
            onChange={(event) => set({ raceDate: event.target.value || undefined })}
            required
          />
        ) : (
          <TextField
            label="Start date"
            type="date"
            value={draft.startDate ?? ""}
            onChange={(event) => set({ startDate: event.target.value || undefined })}
            required
          />
        )}
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">Your running level</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {LEVELS.map((level) => (
            <label key={level.id} className={choice}>
              <input
                type="radio"
                name="level"
                className="mt-1 accent-[var(--brand)]"
                checked={draft.level === level.id}
                onChange={() => set({ level: level.id })}
              />
              <span>
                <span className="block font-medium">{level.label}</span>
                <span className="text-sm text-muted">{level.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">Your lifting experience</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {liftingExperienceSchema.options.map((id) => (
            <label key={id} className={choice}>
              <input
                type="radio"
                name="liftingExperience"
                className="mt-1 accent-[var(--brand)]"
                checked={draft.liftingExperience === id}
                onChange={() => set({ liftingExperience: id })}
              />
              <span>
                <span className="block font-medium">{LIFTING[id].label}</span>
                <span className="text-sm text-muted">{LIFTING[id].hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">Strength sessions a week</legend>
        <div
          className="inline-flex rounded-xl border border-line bg-surface p-1"
          role="radiogroup"
          aria-label="Sessions a week"
        >
          {([2, 3] as const).map((count) => (
            <label
              key={count}
              className={cx(
                "cursor-pointer rounded-lg px-5 py-2 text-sm font-semibold has-[:checked]:bg-brand has-[:checked]:text-on-brand has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand",
              )}
            >
              <input
                type="radio"
                name="sessions"
                className="sr-only"
                checked={draft.sessionsPerWeek === count}
                onChange={() => set({ sessionsPerWeek: count })}
              />
              {count} a week
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">Equipment you can use</legend>
        <p className="text-sm text-muted">
          Bodyweight work is always included. Each exercise is chosen along its ladder from what you tick.
        </p>
        <div className="grid gap-2 sm:grid-cols-2">
          {EQUIPMENT_CHOICES.map((item) => (
            <label key={item.id} className={choice}>
              <input
                type="checkbox"
                className="mt-1 accent-[var(--brand)]"
                checked={draft.equipment.includes(item.id)}
                onChange={(event) => toggleEquipment(item.id, event.target.checked)}
              />
              <span>
                <span className="block font-medium">{item.label}</span>
                <span className="text-sm text-muted">{item.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">Days off</legend>
        <label className={choice}>
          <input
            type="checkbox"
            className="mt-1 accent-[var(--brand)]"
            checked={draft.allowRestDays}
            onChange={(event) => set({ allowRestDays: event.target.checked })}
          />
          <span>
            <span className="block font-medium">Strength may go on rest days</span>
            <span className="text-sm text-muted">Otherwise days without a run stay free.</span>
          </span>
        </label>
        <BlockedDates dates={draft.blockedDates} onChange={(blockedDates) => set({ blockedDates })} />
      </fieldset>
    </div>
  );
}

function BlockedDates({ dates, onChange }: { dates: string[]; onChange: (dates: string[]) => void }) {
  return (
    <div className="space-y-2">
      <TextField
        label="Dates you can't train (travel, holidays)"
        type="date"
        value=""
        onChange={(event) => {
          const date = event.target.value;
          if (date && !dates.includes(date)) onChange([...dates, date].sort());
        }}
      />
      {dates.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label="Blocked dates">
          {dates.map((date) => (
            <li key={date}>
              <button
                type="button"
                onClick={() => onChange(dates.filter((d) => d !== date))}
                className="inline-flex min-h-9 items-center gap-2 rounded-full bg-raised px-3 text-sm"
                aria-label={`Remove blocked date ${date}`}
              >
                {date} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
