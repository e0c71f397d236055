"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";
import { athleteBasePath } from "./paths";

/** Jump to another of your athletes, on the same page kind (week, plan, runs). */
export function AthleteSwitcher({
  current,
  athletes,
  section,
}: {
  current: string;
  athletes: { id: string; name: string }[];
  section: string;
}) {
  const router = useRouter();
  const id = useId();
  if (athletes.length < 2) return null;
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="font-medium">
        Athlete
      </label>
      <select
        id={id}
        value={current}
        onChange={(event) => router.push(`${athleteBasePath(event.currentTarget.value)}/${section}`)}
        className="min-h-11 rounded-lg border border-line bg-surface px-3 text-base text-fg"
      >
        {athletes.map((athlete) => (
          <option key={athlete.id} value={athlete.id}>
            {athlete.name}
          </option>
        ))}
      </select>
    </div>
  );
}
