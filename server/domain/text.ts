import { z } from "zod";

/**
 * Text a person types: trimmed, at most `max` characters, and free of control characters.
 * PostgreSQL cannot store U+0000 at all, and the other control characters only ever arrive by
 * accident or on purpose, so they are refused with a message instead of failing deep in SQL.
 * Tabs and line breaks stay allowed (notes and comments have paragraphs).
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

export function plainText(max: number, tooLong: string) {
  return z
    .string({ error: "This must be text." })
    .trim()
    .max(max, tooLong)
    .refine((value) => !hasControlCharacters(value), "Remove the invisible control characters from this text.");
}
