import { COMMON_PASSWORDS } from "./common-passwords";

export const PASSWORD_MIN_CHARACTERS = 10;

/** Characters that count towards the length: spaces padding out "a1" are not a password. */
export function countedCharacters(password: string): number {
  return password.replace(/\s/gu, "").length;
}

/**
 * True for a listed common password, also with a few digits or symbols around it
 * ("Password1!", "sunshine2024"): attackers try those variants right after the word itself.
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.trim().toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return true;
  const word = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  return word.length >= 3 && lower.length - word.length <= 6 && COMMON_PASSWORDS.has(word);
}

/** The first reason a password is too weak, in plain words, or null when it is fine. */
export function passwordWeakness(password: string): string | null {
  if (countedCharacters(password) < PASSWORD_MIN_CHARACTERS)
    return `Use at least ${PASSWORD_MIN_CHARACTERS} characters; spaces don't count.`;
  if (!/\p{L}/u.test(password) || !/[^\p{L}]/u.test(password))
    return "Try mixing letters with numbers or symbols: letters alone, or digits alone, are guessed quickly.";
  if (isCommonPassword(password))
    return "That is one of the most common passwords, the first ones attackers try. Choose another.";
  return null;
}
