"use client";

import type { Soreness } from "@/server/domain/checkoff-words";
import { cx } from "@/components/ui/cx";
import { WaitingToSync } from "./tick-parts";
import { useSoreness } from "./writes";
import { useCheckOffWords } from "./words";

/** One tap the day after: how sore the legs are tells the planner whether the dose fits. */
export function SorenessQuestion({
  sessionId,
  saved,
  question,
}: {
  sessionId: string;
  saved: Soreness | null;
  question: string;
}) {
  const words = useCheckOffWords();
  const state = useSoreness(sessionId, saved);
  return (
    <div role="group" aria-label={question} className="space-y-2" data-testid="soreness-question">
      <p className="text-sm font-semibold">{question}</p>
      <div className="flex flex-wrap gap-1.5">
        {words.sorenessLevels.map((level) => (
          <button
            key={level.value}
            type="button"
            aria-pressed={state.soreness === level.value}
            onClick={() => (state.soreness === level.value ? undefined : state.answer(level.value))}
            className={cx(
              "min-h-10 flex-1 rounded-lg border px-3 text-sm font-medium whitespace-nowrap",
              state.soreness === level.value
                ? "border-brand bg-brand text-on-brand"
                : "border-line bg-surface hover:bg-raised",
            )}
          >
            {level.label}
          </button>
        ))}
      </div>
      {state.waiting ? <WaitingToSync /> : null}
      {state.error ? (
        <p role="alert" className="text-xs text-danger">
          {state.error}
        </p>
      ) : null}
    </div>
  );
}
