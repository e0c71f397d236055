/** Distance units shared by the calendar importer and the plan templates. */

import { KM_PER_MILE } from "../domain/vocabulary";

export { KM_PER_MILE };
export const MARATHON_KM = 42.195;
export const HALF_MARATHON_KM = 21.0975;

/** Kilometres rounded to 10 m: enough for a plan, and stable when stored as JSON. */
export function roundKm(km: number): number {
  return Math.round(km * 100) / 100;
}

export function milesToKm(miles: number): number {
  return roundKm(miles * KM_PER_MILE);
}
