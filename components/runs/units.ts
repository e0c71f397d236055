/**
 * Distances are stored in kilometres and shown in the athlete's unit. Pure helpers, shared by
 * the calendar editor, the import review and the template preview.
 */

import { KM_PER_MILE } from "@/server/domain/enums";
import type { DistanceUnit } from "@/server/domain/vocabulary";

export type { DistanceUnit };

/** A stored distance in the athlete's unit, not rounded. */
export function kmToUnit(km: number, unit: DistanceUnit): number {
  return unit === "mi" ? km / KM_PER_MILE : km;
}

/** A distance the athlete typed, in kilometres rounded to 10 m (what the database keeps). */
export function unitToKm(value: number, unit: DistanceUnit): number {
  const km = unit === "mi" ? value * KM_PER_MILE : value;
  return Math.round(km * 100) / 100;
}

/** The number alone, at most one decimal: "16.1", "10". For form fields. */
export function distanceValue(km: number, unit: DistanceUnit): string {
  const value = Math.round(kmToUnit(km, unit) * 10) / 10;
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** "16.1 km", "10 mi", or "" when there is no distance. */
export function formatDistance(km: number | null | undefined, unit: DistanceUnit): string {
  if (km === null || km === undefined) return "";
  return `${distanceValue(km, unit)} ${unit}`;
}

/** "45 min", "1 h 30 min", "2 h", or "" when there is no duration. */
export function formatDuration(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return "";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * Reads a distance field in the athlete's unit: a number (comma or point as the decimal mark)
 * or empty. Returns kilometres, null for empty, or an error message.
 */
export function parseDistance(text: string, unit: DistanceUnit): { km: number | null } | { error: string } {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "") return { km: null };
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value <= 0)
    return { error: `Distance must be a number of ${unit === "mi" ? "miles" : "kilometres"} above zero.` };
  return { km: unitToKm(value, unit) };
}

/** Reads a duration field in whole minutes, or empty. */
export function parseDuration(text: string): { minutes: number | null } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === "") return { minutes: null };
  const value = Number(trimmed);
  if (!Number.isInteger(value) || value <= 0)
    return { error: "Duration must be a whole number of minutes above zero." };
  return { minutes: value };
}
