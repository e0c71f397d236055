import type { Database } from "@/db/client";
import { adherenceFactsByWeek, type AdherenceWeekFact } from "@/db/queries/adherence";
import { adherenceOf, type Adherence } from "../domain/adherence";
import { addDays, startOfWeek } from "../domain/dates";
import { resolveAthlete } from "./athletes";
import { todayIn } from "./clock";

/**
 * Adherence figures from the one aggregate (db/queries/adherence.ts): strength as sets done over sets
 * prescribed, runs as runs done over runs planned, and the two combined; only what is due by the
 * athlete's today counts.
 */

export type AdherenceSummary = Adherence & { from: string; to: string; weeks: (Adherence & { weekStart: string })[] };

function summarise(facts: AdherenceWeekFact[], from: string, to: string, weekStartsOn: 0 | 1): AdherenceSummary {
  const weeks: AdherenceSummary["weeks"] = [];
  for (let weekStart = startOfWeek(from, weekStartsOn); weekStart <= to; weekStart = addDays(weekStart, 7)) {
    weeks.push({ weekStart, ...adherenceOf(facts.filter((fact) => fact.weekStart === weekStart)) });
  }
  return { from, to, ...adherenceOf(facts), weeks };
}

export async function adherenceSummary(
  db: Database,
  viewerId: string,
  input: { athleteId?: string; from: string; to: string },
  now: Date,
): Promise<AdherenceSummary> {
  const athlete = await resolveAthlete(db, viewerId, input.athleteId);
  const weekStartsOn = athlete.weekStart === "sunday" ? 0 : 1;
  const today = todayIn(athlete.timeZone, now);
  const facts = await adherenceFactsByWeek(db, { athleteId: athlete.id, ...input, today, weekStartsOn });
  return summarise(facts, input.from, input.to, weekStartsOn);
}

/** The dashboard's last 7, 30 and 90 days, each ending today. */
export async function recentAdherence(db: Database, viewerId: string, input: { athleteId?: string }, now: Date) {
  const athlete = await resolveAthlete(db, viewerId, input.athleteId);
  const weekStartsOn = athlete.weekStart === "sunday" ? 0 : 1;
  const today = todayIn(athlete.timeZone, now);
  // Each period reads as its combined figure, with all three figures beside it.
  const window = async (days: number) => {
    const from = addDays(today, 1 - days);
    const figures = adherenceOf(
      await adherenceFactsByWeek(db, { athleteId: athlete.id, from, to: today, today, weekStartsOn }),
    );
    return { ...figures.combined, from, ...figures };
  };
  const [last7, last30, last90] = await Promise.all([window(7), window(30), window(90)]);
  return { today, last7, last30, last90 };
}
