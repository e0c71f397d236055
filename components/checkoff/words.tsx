"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { AdherenceBand, SkipReason, Soreness } from "@/server/domain/checkoff-words";

/**
 * The check-off words (skip reasons, soreness levels, adherence bands) and the log's limits as the server's vocabulary
 * names them. They reach the browser through this context, filled by a server layout, so the week
 * view does not ship the zod schemas that live beside them (about 30 KB gzipped).
 */
export type CheckOffWords = {
  skipReasons: { value: SkipReason; label: string }[];
  sorenessLevels: { value: Soreness; label: string }[];
  bands: Record<AdherenceBand, string>;
  limits: { rpeMin: number; rpeMax: number; noteMaxChars: number; maxSetsPerLog: number; maxSetNumber: number };
};

const WordsContext = createContext<CheckOffWords | null>(null);

export function CheckOffWordsProvider({ words, children }: { words: CheckOffWords; children: ReactNode }) {
  return <WordsContext.Provider value={words}>{children}</WordsContext.Provider>;
}

export function useCheckOffWords(): CheckOffWords {
  const words = useContext(WordsContext);
  if (!words) throw new Error("useCheckOffWords needs a CheckOffWordsProvider above it (app/(app)/layout.tsx).");
  return words;
}

export function skipReasonLabel(words: CheckOffWords, reason: SkipReason | null | undefined): string | null {
  return reason ? (words.skipReasons.find((r) => r.value === reason)?.label ?? reason) : null;
}
