import type { AdherenceBand } from "@/server/domain/checkoff-words";
import { cx } from "@/components/ui/cx";
import { BAND_STYLE, Icon } from "./icons";

type FigureLike = { done: number; planned: number; percent: number | null; band: AdherenceBand };

/**
 * An adherence figure as a badge: icon, band word and percent together, never colour alone. The
 * band comes from the server (adherenceBand in server/domain/checkoff.ts); the label is passed in so
 * this renders on the server (plan overview, dashboard) and in the browser alike.
 */
export function BandBadge({
  figure,
  label,
  className,
  withPercent = true,
  wrap = false,
}: {
  figure: FigureLike;
  label: string;
  className?: string;
  withPercent?: boolean;
  /** Lets the words wrap inside a narrow column (a phone's three-column figures) instead of overflowing it. */
  wrap?: boolean;
}) {
  const style = BAND_STYLE[figure.band];
  return (
    <span
      className={cx(
        "inline-flex items-center gap-1 px-2 py-0.5 text-xs font-semibold",
        wrap ? "rounded-lg whitespace-normal" : "rounded-full whitespace-nowrap",
        style.className,
        className,
      )}
      data-band={figure.band}
    >
      <Icon name={style.icon} className="size-3.5" />
      {figure.percent === null || !withPercent ? label : `${figure.percent}% · ${label}`}
    </span>
  );
}
