import { cx } from "@/components/ui/cx";
import { RUN_TYPE_META, type RunType } from "./run-types";

export function RunTypeBadge({ type, className }: { type: RunType; className?: string }) {
  const meta = RUN_TYPE_META[type];
  return (
    <span
      className={cx("inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold", meta.badge, className)}
    >
      {meta.label}
    </span>
  );
}
