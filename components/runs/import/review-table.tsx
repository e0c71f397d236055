"use client";

import { formatShortDay } from "@/components/ui/dates";
import { cx } from "@/components/ui/cx";
import { RUN_TYPES, runTypeLabel, type RunType } from "../run-types";
import { formatDistance, formatDuration, type DistanceUnit } from "../units";
import type { ReviewRow } from "./review-rows";

interface Props {
  rows: ReviewRow[];
  units: DistanceUnit;
  onChange: (uid: string, changes: Partial<Pick<ReviewRow, "type" | "include">>) => void;
  disabled: boolean;
}

const cell = "block px-2 md:table-cell md:px-3 md:py-2 md:align-middle";

/**
 * The runs found in the calendar, one per row: keep or drop each and correct its type. On a
 * phone each row is a small card; from tablet width up it is a table.
 */
export function ReviewTable({ rows, units, onChange, disabled }: Props) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Runs found in your calendar</caption>
      <thead className="sr-only md:not-sr-only md:table-header-group">
        <tr className="border-b border-line text-left text-xs uppercase tracking-wide text-muted">
          <th scope="col" className="px-3 py-2 font-semibold">
            Include
          </th>
          <th scope="col" className="px-3 py-2 font-semibold">
            Date
          </th>
          <th scope="col" className="px-3 py-2 font-semibold">
            Title
          </th>
          <th scope="col" className="px-3 py-2 font-semibold">
            Type
          </th>
          <th scope="col" className="px-3 py-2 text-right font-semibold">
            Distance
          </th>
          <th scope="col" className="px-3 py-2 text-right font-semibold">
            Duration
          </th>
        </tr>
      </thead>
      <tbody className="block space-y-2 md:table-row-group md:space-y-0">
        {rows.map((row) => {
          const name = row.title || runTypeLabel(row.type);
          const day = formatShortDay(row.date);
          return (
            <tr
              key={row.uid}
              data-testid="review-row"
              className={cx(
                "grid grid-cols-[auto_minmax(0,1fr)_auto_auto] items-center gap-y-1 rounded-lg border py-2 md:table-row md:rounded-none md:border-0 md:border-b md:py-0",
                row.check ? "border-warn/40 bg-warn-soft" : "border-line",
                !row.include && "opacity-60",
              )}
            >
              <td className={cx(cell, "col-start-1 row-span-3 row-start-1 self-start pt-0.5")}>
                <input
                  type="checkbox"
                  checked={row.include}
                  disabled={disabled}
                  onChange={(event) => onChange(row.uid, { include: event.currentTarget.checked })}
                  aria-label={`Include ${name} on ${day}`}
                  className="size-5 accent-brand"
                />
              </td>
              <td className={cx(cell, "col-start-2 row-start-1 whitespace-nowrap font-medium")}>{day}</td>
              <td className={cx(cell, "col-span-3 col-start-2 row-start-2 min-w-0")}>
                <span className="break-words">{row.title || <span className="text-muted">(no title)</span>}</span>
                {row.check ? (
                  <span className="ml-2 inline-block rounded-full bg-surface px-2 py-0.5 text-xs font-semibold text-warn">
                    Check the type
                  </span>
                ) : null}
              </td>
              <td className={cx(cell, "col-span-3 col-start-2 row-start-3")}>
                <select
                  value={row.type}
                  disabled={disabled || !row.include}
                  onChange={(event) => onChange(row.uid, { type: event.currentTarget.value as RunType })}
                  aria-label={`Type of ${name} on ${day}`}
                  className="min-h-10 w-full max-w-56 rounded-lg md:w-36 border border-line bg-surface px-2 text-sm text-fg focus:border-brand focus:outline-none focus:ring-2 focus:ring-brand/30"
                >
                  {RUN_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {runTypeLabel(type)}
                    </option>
                  ))}
                </select>
              </td>
              <td className={cx(cell, "col-start-3 row-start-1 text-right tabular-nums text-muted md:text-fg")}>
                {formatDistance(row.distanceKm, units) || <span aria-label="no distance">–</span>}
              </td>
              <td className={cx(cell, "col-start-4 row-start-1 text-right tabular-nums text-muted md:text-fg")}>
                {formatDuration(row.durationMin) || <span aria-label="no duration">–</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
