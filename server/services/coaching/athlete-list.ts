import type { Database } from "@/db/client";
import { listCoachedAthletes } from "@/db/queries/athlete-list";
import { readAthleteSnapshots, saveAthleteSnapshots, type KeptSnapshot } from "@/db/queries/athlete-snapshots";
import type { AdherenceFigure } from "../../domain/checkoff";
import { daysBetween } from "../../domain/dates";
import { attentionOf, SUMMARY_FORMAT, summaryOf, type AthleteSummary, type Attention } from "./athlete-summary";

export type { Attention } from "./athlete-summary";

export interface CoachedAthlete {
  athleteId: string;
  name: string;
  planId: string | null;
  thisWeek: AdherenceFigure;
  last7: AdherenceFigure;
  last30: AdherenceFigure;
  nextRace: { date: string; weeksToGo: number } | null;
  /** The last day a session or run was done. */
  lastActivity: string | null;
  unreadComments: number;
  attention: Attention[];
}

type Counted = Omit<KeptSnapshot, "summary"> & { summary: AthleteSummary };

/**
 * Each athlete's summary: kept ones as saved, the others counted again from their facts and saved
 * for the next visit (one more statement, only when something changed).
 */
async function summaries(db: Database, coachId: string, now: Date): Promise<Map<string, Counted>> {
  const { kept, stale } = await readAthleteSnapshots(db, { coachId, now, format: SUMMARY_FORMAT });
  const counted: Counted[] = kept.map((snapshot) => ({
    ...snapshot,
    summary: JSON.parse(snapshot.summary) as AthleteSummary,
  }));
  const recounted = stale.map(({ stamp, facts, nextRace, lastActivity }) => ({
    ...stamp,
    summary: summaryOf(facts),
    nextRace,
    lastActivity,
  }));
  await saveAthleteSnapshots(
    db,
    recounted.map((entry) => ({ ...entry, summary: JSON.stringify(entry.summary), format: SUMMARY_FORMAT })),
  );
  return new Map([...counted, ...recounted].map((entry) => [entry.athleteId, entry]));
}

/** For an athlete linked between the list's two statements, who has no summary yet. */
const NOTHING_COUNTED = summaryOf([]);

/**
 * The coach's home: every actively linked athlete with adherence, next race, last activity,
 * unread comments and what needs attention, in words. Two SQL statements for any number of
 * athletes (three when some were counted again). Athletes who need attention come first, then the
 * nearest race, then by name.
 */
export async function coachedAthletes(db: Database, coachId: string, now: Date): Promise<CoachedAthlete[]> {
  const [athletes, counted] = await Promise.all([listCoachedAthletes(db, coachId, now), summaries(db, coachId, now)]);
  const list = athletes.map((row): CoachedAthlete => {
    const found = counted.get(row.athlete_id);
    const summary = found?.summary ?? NOTHING_COUNTED;
    const nextRace = found?.nextRace ?? null;
    return {
      athleteId: row.athlete_id,
      name: row.name,
      planId: row.plan_id,
      thisWeek: summary.thisWeek,
      last7: summary.last7,
      last30: summary.last30,
      nextRace: nextRace ? { date: nextRace, weeksToGo: Math.ceil(daysBetween(row.today, nextRace) / 7) } : null,
      lastActivity: found?.lastActivity ?? null,
      unreadComments: row.unread_comments,
      attention: attentionOf(summary, {
        replanWaiting: row.replan_waiting,
        unansweredComment: row.unanswered_comment,
      }),
    };
  });
  return list.sort(byAttentionThenRace);
}

function byAttentionThenRace(a: CoachedAthlete, b: CoachedAthlete): number {
  if (a.attention.length > 0 !== b.attention.length > 0) return a.attention.length > 0 ? -1 : 1;
  const raceA = a.nextRace?.date ?? "9999-12-31";
  const raceB = b.nextRace?.date ?? "9999-12-31";
  if (raceA !== raceB) return raceA < raceB ? -1 : 1;
  return a.name.localeCompare(b.name);
}
