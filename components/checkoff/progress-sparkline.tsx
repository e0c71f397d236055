/**
 * A small progress chart: one point per week of the block, first and last values written out,
 * with the whole series in the accessible name. Plain SVG, no chart library.
 */
export function ProgressSparkline({
  title,
  points,
  format,
}: {
  title: string;
  points: { week: number; value: number }[];
  format: (value: number) => string;
}) {
  const width = 240;
  const height = 64;
  const pad = { x: 8, top: 10, bottom: 16 };
  if (points.length === 0) return null;
  const weeks = points.map((p) => p.week);
  const minWeek = Math.min(...weeks);
  const span = Math.max(1, Math.max(...weeks) - minWeek);
  const values = points.map((p) => p.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const range = high - low || 1;
  const x = (week: number) => pad.x + ((week - minWeek) / span) * (width - pad.x * 2);
  const y = (value: number) => pad.top + (1 - (value - low) / range) * (height - pad.top - pad.bottom);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.week).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  const first = points[0];
  const last = points.at(-1);
  const label = `${title}: ${points.map((p) => `week ${p.week} ${format(p.value)}`).join(", ")}`;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="h-16 w-full max-w-60" role="img" aria-label={label}>
      <path d={path} fill="none" strokeWidth={2} className="stroke-brand" strokeLinejoin="round" />
      {points.map((p) => (
        <circle key={p.week} cx={x(p.week)} cy={y(p.value)} r={2.5} className="fill-brand" />
      ))}
      {first ? (
        <text x={pad.x} y={height - 3} className="fill-muted text-[10px]">
          wk {first.week}: {format(first.value)}
        </text>
      ) : null}
      {last && last !== first ? (
        <text x={width - pad.x} y={height - 3} textAnchor="end" className="fill-fg text-[10px] font-semibold">
          wk {last.week}: {format(last.value)}
        </text>
      ) : null}
    </svg>
  );
}
