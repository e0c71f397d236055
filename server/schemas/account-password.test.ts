import { expect, it } from "vitest";
import { COMMON_PASSWORDS } from "../domain/common-passwords";
import { passwordSchema } from "./account";

function refusal(password: string): string | null {
  const result = passwordSchema.safeParse(password);
  return result.success ? null : (result.error.issues[0]?.message ?? "refused");
}

it.each([
  ["password12", /most common passwords/],
  ["Password1!", /most common passwords/],
  ["PASSWORD123", /most common passwords/],
  ["sunshine2024!", /most common passwords/],
  ["1qaz2wsx3edc", /most common passwords/],
  ["qwertyuiop1", /most common passwords/],
  ["          a1", /at least 10 characters; spaces don't count/],
  ["          ", /at least 10 characters/],
  ["a1        b", /at least 10 characters/],
  ["\t\t\t\t\t\t\t\t\t\tx9", /at least 10 characters/],
  ["short1", /at least 10 characters/],
  ["onlyletterspassword", /mixing letters with numbers or symbols/],
  ["12345678901", /mixing letters/],
])("refuses %j and says why", (password, reason) => {
  expect(refusal(password)).toMatch(reason);
});

it.each(["correct-horse-9", "tempo-tuesday-4", "hill-repeats-8x", "demo-athlete-2026", "long run sunday"])(
  "accepts %j",
  (password) => {
    expect(refusal(password)).toBeNull();
  },
);

it("ships a list of several hundred common passwords, lower-cased", () => {
  expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(500);
  for (const password of ["123456", "password", "qwerty", "iloveyou", "password12", "password1!"])
    expect(COMMON_PASSWORDS.has(password)).toBe(true);
  for (const password of COMMON_PASSWORDS) expect(password).toBe(password.toLowerCase());
});
