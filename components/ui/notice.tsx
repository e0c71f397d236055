import type { ReactNode } from "react";
import { cx } from "./cx";

type Tone = "error" | "warning" | "success" | "info";

const tones: Record<Tone, string> = {
  error: "border-danger/40 bg-danger-soft text-danger",
  warning: "border-warn/40 bg-warn-soft text-warn",
  success: "border-brand/40 bg-brand-soft text-brand-strong",
  info: "border-line bg-raised text-fg",
};

/** A message block. Errors are announced to screen readers as they appear. */
export function Notice({ tone = "info", title, children }: { tone?: Tone; title?: string; children?: ReactNode }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cx("rounded-lg border px-4 py-3 text-sm", tones[tone])}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : undefined}>{children}</div> : null}
    </div>
  );
}
