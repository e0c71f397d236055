/** Distance units shared by the calendar importer and the plan templates. */

export const KM_PER_MILE = 1.609344;
export const MARATHON_KM = 42.195;
export const HALF_MARATHON_KM = 21.0975;

/** Kilometres rounded to 10 m: enough for a plan, and stable when stored as JSON. */
export function roundKm(km: number): number {
  return Math.round(km * 100) / 100;
}

export function milesToKm(miles: number): number {
  return roundKm(miles * KM_PER_MILE);
}
