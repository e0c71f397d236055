import type { Load } from "@/server/domain/vocabulary";
import type { OverviewWeekData } from "@/components/trpc/types";
import { kmToUnit, type DistanceUnit } from "@/components/runs/units";
import { LOAD_LABEL } from "./labels";

export type ChartWeek = Pick<OverviewWeekData, "index" | "sets" | "topLoad" | "runKm" | "deload" | "stepBack">;

const LOAD_HEIGHT: Record<Load, number> = { bodyweight: 1, light: 2, moderate: 3, heavy: 4 };

/**
 * Strength sets (bars) and weekly run volume (line) on one time axis, with the top load as a
 * step marker: a runner sees the block build, ease on deloads and step-backs, and taper.
 */
export function VolumeChart({ weeks, units }: { weeks: ChartWeek[]; units: DistanceUnit }) {
  const width = 720;
  const height = 240;
  const pad = { top: 16, right: 40, bottom: 28, left: 36 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const slot = innerW / Math.max(weeks.length, 1);
  const maxSets = Math.max(10, ...weeks.map((w) => w.sets));
  const running = weeks.map((w) => kmToUnit(w.runKm, units));
  const maxRun = Math.max(10, ...running);
  const x = (i: number) => pad.left + slot * i + slot / 2;
  const ySets = (sets: number) => pad.top + innerH - (sets / maxSets) * innerH;
  const yRun = (value: number) => pad.top + innerH - (value / maxRun) * innerH;
  const runPath = weeks
    .map((w, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${yRun(running[i] ?? 0).toFixed(1)}`)
    .join(" ");

  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full"
        role="img"
        aria-labelledby="volume-chart-title volume-chart-desc"
      >
        <title id="volume-chart-title">Strength volume and run volume per week</title>
        <desc id="volume-chart-desc">
          {weeks
            .map(
              (w, i) =>
                `Week ${w.index}: ${w.sets} sets${w.topLoad ? `, top load ${LOAD_LABEL[w.topLoad]}` : ""}, ${Math.round(running[i] ?? 0)} ${units} running${w.deload ? ", deload" : ""}${w.stepBack ? ", step-back week" : ""}`,
            )
            .join("; ")}
        </desc>
        {weeks.map((w, i) => (
          <g key={w.index}>
            {w.deload || w.stepBack ? (
              <rect x={pad.left + slot * i} y={pad.top} width={slot} height={innerH} className="fill-raised" />
            ) : null}
            <rect
              x={x(i) - slot * 0.3}
              y={ySets(w.sets)}
              width={slot * 0.6}
              height={Math.max(0, pad.top + innerH - ySets(w.sets))}
              rx={3}
              className={w.topLoad === "heavy" ? "fill-brand-strong" : "fill-brand"}
              opacity={w.topLoad ? 0.35 + LOAD_HEIGHT[w.topLoad] * 0.15 : 0.3}
            />
            <text x={x(i)} y={height - 10} textAnchor="middle" className="fill-muted text-[11px]">
              {w.index}
            </text>
          </g>
        ))}
        <path d={runPath} fill="none" strokeWidth={2.5} className="stroke-run" strokeLinejoin="round" />
        {weeks.map((w, i) => (
          <circle key={w.index} cx={x(i)} cy={yRun(running[i] ?? 0)} r={3} className="fill-run" />
        ))}
        <text x={pad.left - 6} y={pad.top + 4} textAnchor="end" className="fill-muted text-[11px]">
          {maxSets}
        </text>
        <text x={width - pad.right + 6} y={pad.top + 4} className="fill-muted text-[11px]">
          {Math.round(maxRun)}
        </text>
      </svg>
      <figcaption className="flex flex-wrap gap-4 text-xs text-muted">
        <span className="inline-flex items-center gap-1.5">
          <span className="size-3 rounded-sm bg-brand" aria-hidden="true" /> strength sets (darker = heavier)
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="h-0.5 w-4 bg-run" aria-hidden="true" /> running ({units} per week)
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="size-3 rounded-sm bg-raised ring-1 ring-line" aria-hidden="true" /> deload or step-back week
        </span>
      </figcaption>
    </figure>
  );
}
