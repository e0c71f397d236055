"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";
import { AthleteSwitcher } from "./athlete-switcher";
import { athleteBasePath } from "./paths";

const SECTIONS = [
  { path: "week", label: "Week" },
  { path: "plan", label: "Plan" },
  { path: "runs", label: "Runs" },
] as const;

/** Above every page a coach opens for an athlete: whose plan this is, a switcher and the sections. */
export function AthleteHeader({
  athleteId,
  name,
  athletes,
}: {
  athleteId: string;
  name: string;
  athletes: { id: string; name: string }[];
}) {
  const pathname = usePathname();
  const base = athleteBasePath(athleteId);
  const current = SECTIONS.find((s) => pathname.startsWith(`${base}/${s.path}`))?.path ?? "week";
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-2xl border border-line bg-raised px-4 py-3 print:hidden">
      <p className="mr-auto text-sm">
        <span className="text-muted">Coaching </span>
        <strong>{name}</strong>
        <Link href="/dashboard" className="ml-3 text-brand-strong underline underline-offset-4">
          All athletes
        </Link>
      </p>
      <nav aria-label={`${name}'s plan`} className="flex gap-1">
        {SECTIONS.map((section) => (
          <Link
            key={section.path}
            href={`${base}/${section.path}`}
            aria-current={current === section.path ? "page" : undefined}
            className={cx(
              "inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium hover:bg-surface",
              current === section.path && "bg-surface ring-1 ring-line",
            )}
          >
            {section.label}
          </Link>
        ))}
      </nav>
      <AthleteSwitcher current={athleteId} athletes={athletes} section={current} />
    </div>
  );
}
