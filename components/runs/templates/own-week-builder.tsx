"use client";

import { useState, type FormEvent } from "react";
import { templateChoiceSchema } from "@/server/schemas/run-templates";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { distanceValue, parseDistance, type DistanceUnit } from "../units";
import { TemplateOutcome, useTemplatePreview, type TemplateChoice } from "./template-preview";

type OwnWeek = Extract<TemplateChoice, { kind: "own-week" }>["week"];
type Day = keyof OwnWeek["days"];
type Role = OwnWeek["days"][Day];

const DAYS: { day: Day; name: string }[] = [
  { day: "mon", name: "Monday" },
  { day: "tue", name: "Tuesday" },
  { day: "wed", name: "Wednesday" },
  { day: "thu", name: "Thursday" },
  { day: "fri", name: "Friday" },
  { day: "sat", name: "Saturday" },
  { day: "sun", name: "Sunday" },
];

const ROLES: { role: Role; label: string }[] = [
  { role: "long", label: "Long run" },
  { role: "quality", label: "Quality" },
  { role: "easy", label: "Easy run" },
  { role: "rest", label: "Rest" },
];

const START_DAYS: OwnWeek["days"] = {
  mon: "rest",
  tue: "quality",
  wed: "easy",
  thu: "quality",
  fri: "rest",
  sat: "easy",
  sun: "long",
};

/** The athlete's own week: a role per weekday and how the long run grows, laid out to race day. */
export function OwnWeekBuilder({ units, defaultRaceDate }: { units: DistanceUnit; defaultRaceDate: string }) {
  const [days, setDays] = useState(START_DAYS);
  const [raceDate, setRaceDate] = useState(defaultRaceDate);
  const [weeks, setWeeks] = useState("16");
  const [startDistance, setStartDistance] = useState(distanceValue(units === "mi" ? 16.09 : 16, units));
  const [peakDistance, setPeakDistance] = useState(distanceValue(units === "mi" ? 32.19 : 32, units));
  const [stepBackEvery, setStepBackEvery] = useState<"3" | "4">("4");
  const state = useTemplatePreview();
  const edited = () => state.clear();

  /** The form as a template choice, checked by the same schema the server uses; or its first problem. */
  function choice(): TemplateChoice | string {
    const start = parseDistance(startDistance, units);
    const peak = parseDistance(peakDistance, units);
    if ("error" in start || start.km === null) return "Give the first long run's distance.";
    if ("error" in peak || peak.km === null) return "Give the longest run's distance.";
    const parsed = templateChoiceSchema.safeParse({
      kind: "own-week",
      raceDate,
      week: {
        weeks: Number(weeks),
        days,
        longRunStartKm: start.km,
        longRunPeakKm: peak.km,
        stepBackEvery: stepBackEvery === "3" ? 3 : 4,
      },
    });
    return parsed.success ? parsed.data : (parsed.error.issues[0]?.message ?? "Check the form.");
  }

  function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void state.show(choice());
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onPreview} onChange={edited} className="space-y-5" noValidate>
        <Card className="space-y-4">
          <div>
            <h2 className="font-semibold">Your week</h2>
            <p className="mt-1 text-sm text-muted">
              Quality days alternate tempo runs and intervals from week to week; easy runs grow with the long run.
            </p>
          </div>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {DAYS.map(({ day, name }) => (
              <SelectField
                key={day}
                label={name}
                value={days[day]}
                onChange={(event) => setDays({ ...days, [day]: event.currentTarget.value as Role })}
              >
                {ROLES.map(({ role, label }) => (
                  <option key={role} value={role}>
                    {label}
                  </option>
                ))}
              </SelectField>
            ))}
          </div>
        </Card>
        <Card className="space-y-4">
          <h2 className="font-semibold">The long run and the block</h2>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label={`First long run (${units})`}
              inputMode="decimal"
              value={startDistance}
              onChange={(event) => setStartDistance(event.currentTarget.value)}
            />
            <TextField
              label={`Longest run (${units})`}
              inputMode="decimal"
              value={peakDistance}
              onChange={(event) => setPeakDistance(event.currentTarget.value)}
              hint="Reached in the last week before the taper."
            />
            <SelectField
              label="Step back"
              value={stepBackEvery}
              onChange={(event) => setStepBackEvery(event.currentTarget.value === "3" ? "3" : "4")}
              hint="A lighter week to absorb the training."
            >
              <option value="3">Every 3rd week</option>
              <option value="4">Every 4th week</option>
            </SelectField>
            <TextField
              label="Weeks, race week included"
              type="number"
              min={6}
              max={30}
              value={weeks}
              onChange={(event) => setWeeks(event.currentTarget.value)}
            />
            <TextField
              label="Race day"
              type="date"
              value={raceDate}
              required
              onChange={(event) => setRaceDate(event.currentTarget.value)}
            />
          </div>
          <Button type="submit" variant={state.preview ? "secondary" : "primary"} disabled={state.previewPending}>
            {state.previewPending ? "Laying out the weeks…" : "Preview the weeks"}
          </Button>
        </Card>
      </form>
      <TemplateOutcome state={state} units={units} />
    </div>
  );
}
