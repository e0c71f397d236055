import type { AdherenceBand } from "@/server/domain/checkoff-words";

/** Small stroke icons, so a state is never told by colour alone. Decorative: the word sits beside them. */
const PATHS = {
  check: "M4 10.5l4 4 8-9",
  half: "M10 3.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z",
  skip: "M4 10h12M12 6l4 4-4 4",
  cross: "M5 5l10 10M15 5L5 15",
  alert: "M10 4v7M10 14.5v.5",
  dash: "M5 10h10",
  cloud: "M6 15h8a3.5 3.5 0 0 0 .4-7A5 5 0 0 0 5 8.5 3.3 3.3 0 0 0 6 15z",
  undo: "M7 5L3 9l4 4M3 9h9a4 4 0 0 1 0 8H9",
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className = "size-4" }: { name: IconName; className?: string }) {
  return (
    <svg viewBox="0 0 20 20" className={className} aria-hidden="true" fill="none">
      {name === "half" ? <path d="M10 3.5a6.5 6.5 0 0 0 0 13z" fill="currentColor" /> : null}
      <path
        d={PATHS[name]}
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        fill="none"
      />
    </svg>
  );
}

/** Each band's icon and colour (light and dark through the theme tokens). */
export const BAND_STYLE: Record<AdherenceBand, { icon: IconName; className: string }> = {
  "on-track": { icon: "check", className: "text-brand-strong bg-brand-soft" },
  partial: { icon: "half", className: "text-warn bg-warn-soft" },
  off: { icon: "alert", className: "text-danger bg-danger-soft" },
  missed: { icon: "cross", className: "text-danger bg-danger-soft" },
  none: { icon: "dash", className: "text-muted bg-raised" },
};
