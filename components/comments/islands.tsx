"use client";

import { liveIsland } from "@/components/trpc/live-island";
import { Card } from "@/components/ui/card";

/**
 * The comment parts of server-rendered pages. They refresh on their own (unread counts every
 * minute, an open thread every 30 seconds), so they bring the data layer with them, after the page.
 */
export const UnreadCommentsIsland = liveIsland(() => import("./unread-link").then((m) => m.UnreadCommentsLink));

export const WeekCommentsIsland = liveIsland(
  () => import("./week-comments").then((m) => m.WeekComments),
  <Card>
    <h2 className="font-semibold">Comments on this week</h2>
    <p className="mt-4 text-sm text-muted">Loading the comments…</p>
  </Card>,
);
