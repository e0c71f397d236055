"use client";

import { liveIsland } from "@/components/trpc/live-island";

/** A week card's "Changed" and "new comments" marks, which refresh on their own after the page. */
export const SessionMarksIsland = liveIsland(() => import("./session-marks").then((m) => m.SessionMarks));
