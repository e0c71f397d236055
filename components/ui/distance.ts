const KM_PER_MILE = 1.609344;

export type Units = "km" | "mi";

/** A distance stored in km, shown in the athlete's unit with one decimal (and no ".0"). */
export function formatDistance(km: number | null | undefined, units: Units): string {
  if (km === null || km === undefined) return "";
  const value = units === "mi" ? km / KM_PER_MILE : km;
  return `${Number(value.toFixed(1))} ${units}`;
}
