import { z } from "zod";

/** True for a time zone name this runtime knows (IANA, e.g. "Europe/Paris"). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z.string().min(1).max(64).refine(isTimeZone, "Choose a time zone from the list.");
