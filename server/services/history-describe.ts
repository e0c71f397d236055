import { weekday } from "../domain/dates";
import type { HistoryAction } from "../domain/history";
import { exerciseById } from "../planner";
import { formatDose } from "../domain/dose";

/** Turns a recorded change into the sentence the session page shows ("Moved from Tue 1 Dec to Thu 3 Dec"). */

type Facts = Record<string, unknown> | null;

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const text = (facts: Facts, key: string): string => {
  const value = facts?.[key];
  return typeof value === "string" ? value : "";
};
const count = (facts: Facts, key: string): number => {
  const value = facts?.[key];
  return typeof value === "number" ? value : 0;
};
const optionalNumber = (facts: Facts, key: string): number | null => {
  const value = facts?.[key];
  return typeof value === "number" ? value : null;
};

function day(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const [, month, dayOfMonth] = date.split("-").map(Number);
  return `${DAYS[weekday(date)]} ${dayOfMonth} ${MONTHS[(month ?? 1) - 1]}`;
}

function exerciseName(facts: Facts): string {
  const id = text(facts, "exerciseId");
  return exerciseById(id)?.name ?? (id || "an exercise");
}

/** "3 × 8", "2 × 30 s", "3 × 20 m", in the one dose wording (server/domain/dose.ts). */
export function doseText(facts: Facts): string {
  return formatDose({
    sets: count(facts, "sets"),
    reps: optionalNumber(facts, "reps"),
    seconds: optionalNumber(facts, "seconds"),
    metres: optionalNumber(facts, "metres"),
  });
}

function doseChange(before: Facts, after: Facts): string {
  const parts: string[] = [];
  if (doseText(before) !== doseText(after)) parts.push(`${doseText(before)} → ${doseText(after)}`);
  if (text(before, "intensity") !== text(after, "intensity"))
    parts.push(`load “${text(before, "intensity")}” → “${text(after, "intensity")}”`);
  return `Changed ${exerciseName(after)}: ${parts.join(", ") || "no visible change"}`;
}

function runText(facts: Facts): string {
  return `${text(facts, "type") || "a"} run on ${day(text(facts, "date"))}`;
}

export function describeChange(action: string, before: Facts, after: Facts): string {
  switch (action as HistoryAction) {
    case "moved":
      return `Moved from ${day(text(before, "date"))} to ${day(text(after, "date"))}`;
    case "swapped":
      return `Swapped ${exerciseName(before)} for ${exerciseName(after)}`;
    case "dose-changed":
      return doseChange(before, after);
    case "exercise-added":
      return `Added ${exerciseName(after)} (${doseText(after)})`;
    case "exercise-removed":
      return `Removed ${exerciseName(before)}`;
    case "created":
      return `Created the plan “${text(after, "name")}”`;
    case "archived":
      return `Archived the plan “${text(before, "name")}”`;
    case "replanned":
      return `Re-planned from ${day(text(after, "from"))}: ${count(after, "moved")} moved, ${count(after, "added")} added, ${count(after, "removed")} removed`;
    case "run-added":
      return `Added the ${runText(after)}`;
    case "run-changed":
      return `Changed the ${runText(after)}`;
    case "run-deleted":
      return `Deleted the ${runText(before)}`;
    case "runs-imported":
      return `Imported runs: ${count(after, "added")} added, ${count(after, "moved")} moved, ${count(after, "removed")} removed`;
    case "run-template-applied":
      return `Applied the run plan “${text(after, "name")}” (${count(after, "added")} runs)`;
    default:
      return "Changed";
  }
}
