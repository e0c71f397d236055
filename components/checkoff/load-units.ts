import type { DistanceUnit } from "@/components/runs/units";

/**
 * Loads are stored in kilograms and shown in the athlete's unit: kilograms with kilometres,
 * pounds with miles (one setting, as runners who think in miles lift in pounds).
 */
export type LoadUnit = "kg" | "lb";

export const KG_PER_LB = 0.45359237;

export function loadUnitFor(units: DistanceUnit): LoadUnit {
  return units === "mi" ? "lb" : "kg";
}

/** A stored load in the athlete's unit, to one decimal, as a field shows it ("22.5", "50"). */
export function loadValue(kg: number, unit: LoadUnit): string {
  const value = Math.round((unit === "lb" ? kg / KG_PER_LB : kg) * 10) / 10;
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** "20 kg", "45 lb", or "bodyweight" when nothing was added. */
export function formatLoad(kg: number | null | undefined, unit: LoadUnit): string {
  return kg === null || kg === undefined || kg === 0 ? "bodyweight" : `${loadValue(kg, unit)} ${unit}`;
}

/**
 * Reads a load field in the athlete's unit (comma or point as the decimal mark): empty means
 * bodyweight; returns kilograms rounded to 10 g, or an error message.
 */
export function parseLoad(text: string, unit: LoadUnit): { kg: number | null } | { error: string } {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "") return { kg: null };
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value < 0) return { error: `Load is a number of ${unit}, or empty for bodyweight.` };
  const kg = unit === "lb" ? value * KG_PER_LB : value;
  if (kg > 1000) return { error: "That load is more than 1000 kg." };
  return { kg: Math.round(kg * 100) / 100 };
}
