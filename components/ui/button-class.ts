import { cx } from "./cx";

/** The button look, apart from any component: a plain <a> (the 404 page) can wear it without next/link. */
export type Variant = "primary" | "secondary" | "ghost" | "danger";

const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60";

const variants: Record<Variant, string> = {
  primary: "bg-brand text-on-brand hover:bg-brand-strong",
  secondary: "border border-line bg-surface text-fg hover:bg-raised",
  ghost: "text-fg hover:bg-raised",
  danger: "bg-danger text-on-danger hover:opacity-90",
};

export function buttonClass(variant: Variant = "primary", className?: string): string {
  return cx(base, variants[variant], className);
}
