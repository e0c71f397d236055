"use client";

import { liveIsland } from "@/components/trpc/live-island";

/** The last 7, 30 and 90 days under the week's figures: fetched after the page, as before it moved here. */
export const RecentFiguresIsland = liveIsland(
  () => import("./recent-figures").then((m) => m.RecentFigures),
  <p className="text-xs text-muted">Loading the last 90 days…</p>,
);
