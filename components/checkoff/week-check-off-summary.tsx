"use client";

import { formatDay } from "@/components/ui/dates";
import { SorenessQuestion } from "./soreness";
import { useProjectedAdherence } from "./projected-adherence";
import type { Week } from "./types";
import { WeekAdherence } from "./week-adherence";

/**
 * What the week view adds for check-offs: the week's adherence and, the day after a session,
 * the soreness question (yesterday is looked up within the week shown).
 */
export function WeekCheckOffSummary({ week }: { week: Week }) {
  const adherence = useProjectedAdherence(week);
  const todayAt = week.days.findIndex((day) => day.isToday);
  const yesterday = todayAt > 0 ? week.days[todayAt - 1] : undefined;
  const sessionToRate = yesterday?.sessions.find(
    (session) =>
      (session.checkOff.status === "done" || session.checkOff.status === "partial") &&
      session.checkOff.soreness === null,
  );
  return (
    <div className="space-y-3">
      {sessionToRate ? (
        <div className="rounded-2xl border border-brand/40 bg-brand-soft p-3">
          <SorenessQuestion
            sessionId={sessionToRate.id}
            saved={null}
            question={`How sore are you after ${formatDay(sessionToRate.date, "EEEE")}'s session?`}
          />
        </div>
      ) : null}
      <WeekAdherence athleteId={week.athlete.id} adherence={adherence} />
    </div>
  );
}
