import { RUN_TYPES } from "@/server/domain/enums";
import type { RunType } from "@/server/domain/vocabulary";

export { RUN_TYPES, type RunType };

/** How each kind of run is named and coloured everywhere in the app (light and dark). */
export const RUN_TYPE_META: Record<RunType, { label: string; badge: string }> = {
  easy: { label: "Easy", badge: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200" },
  recovery: { label: "Recovery", badge: "bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200" },
  long: { label: "Long run", badge: "bg-indigo-100 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-200" },
  tempo: { label: "Tempo", badge: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200" },
  intervals: { label: "Intervals", badge: "bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200" },
  hills: { label: "Hills", badge: "bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-200" },
  race: { label: "Race", badge: "bg-fuchsia-100 text-fuchsia-900 dark:bg-fuchsia-950 dark:text-fuchsia-200" },
  cross: { label: "Cross-training", badge: "bg-teal-100 text-teal-900 dark:bg-teal-950 dark:text-teal-200" },
  rest: { label: "Rest", badge: "bg-stone-100 text-stone-700 dark:bg-stone-800 dark:text-stone-300" },
};

export function runTypeLabel(type: RunType): string {
  return RUN_TYPE_META[type].label;
}
