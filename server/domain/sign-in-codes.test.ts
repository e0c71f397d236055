import { expect, it } from "vitest";
import { retryAfterFromCode, TOO_MANY_ATTEMPTS_CODE } from "./sign-in-codes";
import { tooManyAttemptsMessage } from "./wait";

it("reads the wait from a throttled sign-in's code and nothing else", () => {
  expect(retryAfterFromCode(`${TOO_MANY_ATTEMPTS_CODE}95`)).toBe(95);
  expect(retryAfterFromCode("credentials")).toBeNull();
  expect(retryAfterFromCode(`${TOO_MANY_ATTEMPTS_CODE}soon`)).toBeNull();
  expect(retryAfterFromCode(undefined)).toBeNull();
  expect(tooManyAttemptsMessage(95)).toBe("Too many attempts. Try again in 2 minutes.");
  expect(tooManyAttemptsMessage(1)).toBe("Too many attempts. Try again in 1 second.");
});
