import Link from "next/link";
import type { ReactNode } from "react";

/** The heading of each way-to-add-runs page, with the way back to the chooser. */
export function RunsPageHeader({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <p className="text-sm">
        <Link href="/runs/start" className="text-muted underline-offset-4 hover:underline">
          <span aria-hidden="true">←</span> Other ways to add runs
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">{title}</h1>
      <p className="mt-1 max-w-prose text-muted">{children}</p>
    </div>
  );
}
