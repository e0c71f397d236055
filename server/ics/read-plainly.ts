import { toDayNumber } from "../domain/dates";
import type { RawCalendar, RawComponent } from "./content-lines";
import { type Import, classifyOnce } from "./import-state";
import { type OneOffRead, oneOffContext, readOneOff } from "./one-off-runs";
import { problemNotes, repairEvent } from "./repair";
import { importedRun } from "./run-dates";
import { capRepeatingEvents } from "./series-cap";
import { type OneOffEvent, oneOffEvents, readEvents, setAsideNonRuns } from "./set-aside";

/** A one-off event read from its lines (one-off-runs.ts): sorted as sortInto (parse.ts) sorts an occurrence. */
export function takeOneOff(run: Import, event: OneOffEvent, { date, minutes }: OneOffRead): void {
  if (date === undefined || date < run.options.from || date > run.options.to) return;
  run.inRange++;
  const found = classifyOnce(run.classified, event.title, event.description);
  if (found.type === null) {
    run.result.skipped++;
    return;
  }
  const facts = { uid: event.uid, title: event.title, description: event.description, minutes: () => minutes };
  (found.confidence === "sure" ? run.result.runs : run.result.review).push(
    importedRun(facts, date, { ...found, type: found.type }),
  );
}

/** One-off events read from their lines, taken once the file's notes are in (warnings keep file order). */
export interface ReadPlainly {
  events: { event: OneOffEvent; read: OneOffRead }[];
  warnings: string[];
}

/**
 * Importing runs only counts the events that are not runs, reads one-off runs from their lines,
 * and leaves out repeating events past the cap (series-cap.ts): all three leave ical.js out. The
 * events handled here, with the notes of their repairs, are returned so ical.js never parses them.
 */
export function readWithoutIcal(raw: RawCalendar, run: Import, plainly: ReadPlainly): Map<RawComponent, string[]> {
  const { from, to, timeZone } = run.options;
  const read = readEvents(raw);
  const events = oneOffEvents(read);
  const isRun = (title: string, description: string | undefined) =>
    classifyOnce(run.classified, title, description).type !== null;
  const window = { fromDay: toDayNumber(from), toDay: toDayNumber(to) };
  const aside = new Map<RawComponent, string[]>();
  const capped = capRepeatingEvents(read, window);
  for (const component of capped.left) aside.set(component, []);
  if (capped.warning) run.warnings.lead(capped.warning);
  for (const component of setAsideNonRuns(events, window, isRun, (inside) => inside && countSkipped(run))) {
    aside.set(component, problemNotes(component.lines, repairEvent(component.lines)));
  }
  const warn = (message: string) => plainly.warnings.push(message);
  const context = oneOffContext(raw, { timeZone, warn }, run.expander.budget.window);
  for (const event of events) {
    const read = aside.has(event.component) ? undefined : readOneOff(event, context);
    if (!read) continue;
    aside.set(event.component, read.notes);
    plainly.events.push({ event, read });
  }
  return aside;
}

function countSkipped(run: Import): void {
  run.result.skipped++;
  run.inRange++;
}
