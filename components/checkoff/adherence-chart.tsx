import { ADHERENCE_BAND_LABELS, ON_TRACK_FROM, PARTIAL_FROM, type AdherenceBand } from "@/server/domain/checkoff-words";
import type { AdherenceWeek } from "./types";

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

export type PlannedWeek = { index: number; startDate: string; sets: number; deload: boolean };

/** The band's mark drawn in the chart: a shape per band, so the chart never relies on colour. */
function BandMark({ band, x, y }: { band: AdherenceBand; x: number; y: number }) {
  const stroke = { strokeWidth: 2, fill: "none", strokeLinecap: "round" as const, strokeLinejoin: "round" as const };
  switch (band) {
    case "on-track":
      return <path d={`M${x - 5},${y} l3.5,3.5 l6.5,-7`} className="stroke-brand-strong" {...stroke} />;
    case "partial":
      return (
        <g className="stroke-warn fill-warn">
          <circle cx={x} cy={y} r={5} strokeWidth={1.5} fill="none" />
          <path d={`M${x},${y - 5} a5,5 0 0 0 0,10 z`} stroke="none" />
        </g>
      );
    case "off":
      return <path d={`M${x},${y - 5} v6 M${x},${y + 4} v0.5`} className="stroke-danger" {...stroke} />;
    case "missed":
      return <path d={`M${x - 4},${y - 4} l8,8 M${x + 4},${y - 4} l-8,8`} className="stroke-danger" {...stroke} />;
    default:
      return null;
  }
}

/**
 * Adherence week by week beside the planned load: the planned strength sets as an outlined bar,
 * the sets done filled inside it, and above each week that had something due its overall figure
 * as a mark and a percent. Drawn on the server; no chart library.
 */
export function AdherenceChart({ planned, adherence }: { planned: PlannedWeek[]; adherence: AdherenceWeek[] }) {
  const width = 720;
  const height = 230;
  const pad = { top: 40, right: 12, bottom: 28, left: 36 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const slot = innerW / Math.max(planned.length, 1);
  const maxSets = Math.max(10, ...planned.map((w) => w.sets));
  const y = (sets: number) => pad.top + innerH - (Math.min(sets, maxSets) / maxSets) * innerH;
  const byStart = new Map(adherence.map((week) => [week.weekStart, week]));
  const rows = planned.map((week) => ({ ...week, figures: byStart.get(week.startDate) }));
  const described = rows.flatMap(({ figures: f, ...row }) => {
    if (!f || f.combined.band === "none") return [];
    return [
      `Week ${row.index}: ${f.combined.percent}% ${ADHERENCE_BAND_LABELS[f.combined.band]}, ${f.strength.done} of ${f.strength.planned} sets done (${row.sets} planned), ${f.runs.done} of ${f.runs.planned} runs`,
    ];
  });
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full"
        role="img"
        aria-labelledby="adherence-chart-title adherence-chart-desc"
      >
        <title id="adherence-chart-title">Adherence week by week beside the planned strength sets</title>
        <desc id="adherence-chart-desc">
          {described.length > 0 ? described.join("; ") : "Nothing has been due yet in this plan."}
        </desc>
        {rows.map((row, i) => {
          const cx = pad.left + slot * i + slot / 2;
          const barW = slot * 0.6;
          const done = row.figures?.strength.done ?? 0;
          const combined = row.figures?.combined;
          return (
            <g key={row.index}>
              <rect
                x={cx - barW / 2}
                y={y(row.sets)}
                width={barW}
                height={Math.max(0, pad.top + innerH - y(row.sets))}
                rx={3}
                className="fill-raised stroke-line"
                strokeWidth={1}
              />
              {done > 0 ? (
                <rect
                  x={cx - barW / 2}
                  y={y(done)}
                  width={barW}
                  height={Math.max(0, pad.top + innerH - y(done))}
                  rx={3}
                  className="fill-brand"
                />
              ) : null}
              {combined && combined.band !== "none" ? (
                <>
                  <BandMark band={combined.band} x={cx} y={14} />
                  <text x={cx} y={33} textAnchor="middle" className="fill-fg text-[10px] font-semibold">
                    {combined.percent}%
                  </text>
                </>
              ) : null}
              <text x={cx} y={height - 10} textAnchor="middle" className="fill-muted text-[11px]">
                {row.index}
              </text>
            </g>
          );
        })}
        <text x={pad.left - 6} y={pad.top + 4} textAnchor="end" className="fill-muted text-[11px]">
          {maxSets}
        </text>
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        <span className="inline-flex items-center gap-1.5">
          <span className="size-3 rounded-sm bg-raised ring-1 ring-line" aria-hidden="true" /> sets planned
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="size-3 rounded-sm bg-brand" aria-hidden="true" /> sets done
        </span>
        <span>
          Marks: ✓ {ADHERENCE_BAND_LABELS["on-track"]} ({percent(ON_TRACK_FROM)} or more) · ◐{" "}
          {ADHERENCE_BAND_LABELS.partial} (from {percent(PARTIAL_FROM)}) · ! {ADHERENCE_BAND_LABELS.off} (under{" "}
          {percent(PARTIAL_FROM)}) · ✕ {ADHERENCE_BAND_LABELS.missed} (nothing done)
        </span>
      </figcaption>
    </figure>
  );
}
