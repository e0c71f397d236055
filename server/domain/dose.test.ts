import { describe, expect, it } from "vitest";
import { formatDose } from "./dose";

describe("formatDose: one wording on every screen and in the feed", () => {
  it.each([
    [{ sets: 3, reps: 10, perSide: true }, "3 × 10 each side"],
    [{ sets: 3, reps: 8, seconds: null, metres: null, perSide: false }, "3 × 8"],
    [{ sets: 2, reps: null, seconds: 30 }, "2 × 30 s"],
    [{ sets: 3, metres: 20 }, "3 × 20 m"],
    [{ sets: 1 }, "1 set"],
    [{ sets: 2, perSide: true }, "2 sets each side"],
  ])("%j reads %s", (dose, words) => {
    expect(formatDose(dose)).toBe(words);
  });
});
