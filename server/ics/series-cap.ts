import type { RawComponent } from "./content-lines";
import { eventLabel } from "./labels";
import type { ReadEvent } from "./set-aside";

/**
 * A runner's calendar holds tens or hundreds of repeating events; a file with thousands of them
 * is a generated or hostile one. Each repeating event costs ical.js a parse and the set-up of its
 * expansion whether or not it has an occurrence in range, which the expansion budget does not
 * bound, so past MAX_REPEATING_EVENTS per calendar the ones that start furthest from the import
 * window are left out before ical.js reads them, and a warning names them. Their overrides go
 * with them: an override without its series would stand alone on the wrong terms.
 */

/**
 * The expansion budget (rule-expansion.ts) already runs out at about this many series with a few
 * occurrences each in range, so reading more would only cost time for occurrences never kept.
 */
export const MAX_REPEATING_EVENTS = 1000;
const NAMED = 3;

interface Series {
  components: RawComponent[];
  label: string;
  distance: number;
  order: number;
}

/** Days from the start to the window; a start that cannot be read sorts last. */
function distanceOf(day: number | undefined, window: { fromDay: number; toDay: number }): number {
  if (day === undefined) return Infinity;
  return day < window.fromDay ? window.fromDay - day : day > window.toDay ? day - window.toDay : 0;
}

function seriesOf(read: ReadEvent[], window: { fromDay: number; toDay: number }): Series[] {
  const repeating = new Set(
    read.filter(({ event }) => event.repeats).map(({ event, component }) => event.uid ?? component),
  );
  const byKey = new Map<string | RawComponent, Series>();
  for (const { component, event } of read) {
    const key = event.uid ?? component;
    if (!repeating.has(key)) continue;
    const series = byKey.get(key) ?? { components: [], label: "", distance: Infinity, order: byKey.size };
    series.components.push(component);
    if (event.repeats) {
      series.label ||= eventLabel(event.title, event.uid);
      series.distance = Math.min(series.distance, distanceOf(event.writtenDay, window));
    }
    byKey.set(key, series);
  }
  return [...byKey.values()];
}

/** The components of the repeating events left out, and the warning that says so (none when under the cap). */
export function capRepeatingEvents(
  read: ReadEvent[],
  window: { fromDay: number; toDay: number },
): { left: RawComponent[]; warning?: string } {
  const series = seriesOf(read, window);
  if (series.length <= MAX_REPEATING_EVENTS) return { left: [] };
  const dropped = series
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(MAX_REPEATING_EVENTS)
    .sort((a, b) => a.order - b.order);
  const named = dropped
    .slice(0, NAMED)
    .map((s) => s.label)
    .join(", ");
  const more = dropped.length > NAMED ? ` and ${dropped.length - NAMED} more` : "";
  const warning = `The file holds ${series.length} repeating events, more than the ${MAX_REPEATING_EVENTS} the importer reads; the ${dropped.length} that start furthest from the date range were left out: ${named}${more}.`;
  return { left: dropped.flatMap((s) => s.components), warning };
}
