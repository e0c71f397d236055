import { describe, expect, it } from "vitest";
import { isPinned } from "./plan-tree";

const TODAY = "2027-03-10";
const open = { date: "2027-03-12", status: "planned" as const, loggedSets: 0, movedByHand: false, hasComments: false };

describe("isPinned: what a re-plan leaves where it is", () => {
  it.each([
    ["an untouched session from today on moves", open, false],
    ["a session today that nobody touched moves", { ...open, date: TODAY }, false],
    ["a past session stays", { ...open, date: "2027-03-09" }, true],
    ["a ticked session stays", { ...open, status: "done" as const }, true],
    ["a skipped session stays", { ...open, status: "skipped" as const }, true],
    ["a session with logged sets stays, even unticked", { ...open, loggedSets: 3 }, true],
    ["a session moved by hand stays", { ...open, movedByHand: true }, true],
    ["a session someone commented on stays, with its thread", { ...open, hasComments: true }, true],
  ])("%s", (_label, session, pinned) => {
    expect(isPinned(session, TODAY)).toBe(pinned);
  });
});
