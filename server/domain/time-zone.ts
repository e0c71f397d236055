import { z } from "zod";

const known = new Map<string, boolean>();

/**
 * True for a time zone name this runtime knows (IANA, e.g. "Europe/Paris"). Answers are kept
 * (up to 1000 names): a calendar file asks about the same few zones thousands of times.
 */
export function isTimeZone(value: string): boolean {
  let valid = known.get(value);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: value });
      valid = true;
    } catch {
      valid = false;
    }
    if (known.size < 1000) known.set(value, valid);
  }
  return valid;
}

export const timeZoneSchema = z.string().min(1).max(64).refine(isTimeZone, "Choose a time zone from the list.");
