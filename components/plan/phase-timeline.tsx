import type { Phase } from "@/server/domain/vocabulary";
import type { OverviewWeekData } from "@/components/trpc/types";
import { cx } from "@/components/ui/cx";
import { PHASE_COLOUR, PHASE_LABEL } from "./labels";

type TimelineWeek = Pick<OverviewWeekData, "index" | "phase" | "deload">;

/** The block's phases as one strip: foundation through taper, ending at the race. */
export function PhaseTimeline({ weeks, hasRace }: { weeks: TimelineWeek[]; hasRace: boolean }) {
  const runs: { phase: Phase; from: number; to: number }[] = [];
  for (const week of weeks) {
    const last = runs.at(-1);
    if (last && last.phase === week.phase) last.to = week.index;
    else runs.push({ phase: week.phase, from: week.index, to: week.index });
  }
  return (
    <ol
      className="flex w-full overflow-hidden rounded-xl text-xs font-semibold sm:text-sm"
      aria-label="Phases of the block"
    >
      {runs.map((run) => (
        <li
          key={`${run.phase}-${run.from}`}
          className={cx("min-w-0 px-2 py-2", PHASE_COLOUR[run.phase])}
          style={{ flexGrow: run.to - run.from + 1, flexBasis: 0 }}
          title={`${PHASE_LABEL[run.phase]}: weeks ${run.from}-${run.to}`}
        >
          <span className="block truncate">{PHASE_LABEL[run.phase]}</span>
          <span className="block truncate font-normal opacity-80">
            wk {run.from}
            {run.to > run.from ? `–${run.to}` : ""}
          </span>
        </li>
      ))}
      {hasRace ? (
        <li className="flex items-center bg-fg px-2 py-2 text-canvas" style={{ flexGrow: 0.6, flexBasis: 0 }}>
          Race
        </li>
      ) : null}
    </ol>
  );
}
