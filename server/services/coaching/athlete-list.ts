import type { Database } from "@/db/client";
import { coachedAthleteSnapshots, listCoachedAthletes, type AdherenceFactRow } from "@/db/queries/athlete-list";
import { adherenceOf } from "../../domain/adherence";
import type { AttentionReason } from "../../domain/coaching";
import type { AdherenceFigure } from "../../domain/checkoff";
import { ATTENTION_REASONS } from "../../domain/coaching";
import { daysBetween } from "../../domain/dates";

export interface Attention {
  reason: AttentionReason;
  /** The reason in words, for the coach: "Missed 3 sessions or runs in the last 7 days". */
  words: string;
}

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

/** How far under the 30-day figure the last 7 days must fall to need attention, in points. */
const DROP_POINTS = 20;

function figure(facts: AdherenceFactRow[], inWindow: (fact: AdherenceFactRow) => boolean): AdherenceFigure {
  return adherenceOf(facts.filter(inWindow)).combined;
}

function attentionOf(
  facts: AdherenceFactRow[],
  last7: AdherenceFigure,
  last30: AdherenceFigure,
  flags: { replanWaiting: boolean; unansweredComment: boolean },
): Attention[] {
  const found: Attention[] = [];
  const missed = facts
    .filter((fact) => fact.before_today_7 && (fact.status === "planned" || fact.status === "skipped"))
    .reduce((n, fact) => n + fact.items, 0);
  if (missed >= 2)
    found.push({ reason: "missed-items", words: `Missed ${missed} sessions or runs in the last 7 days` });
  if (last7.percent !== null && last30.percent !== null && last7.percent <= last30.percent - DROP_POINTS) {
    found.push({
      reason: "adherence-drop",
      words: `Adherence ${last7.percent}% in the last 7 days, ${last30.percent - last7.percent} points under their 30-day ${last30.percent}%`,
    });
  }
  const recent = facts.filter((fact) => fact.in_7_days);
  const rpe = Math.max(0, ...recent.map((fact) => fact.max_rpe ?? 0));
  const verySore = recent.some((fact) => fact.very_sore);
  if (rpe >= 9 || verySore) {
    const parts = [rpe >= 9 ? `logged effort ${rpe} of 10` : null, verySore ? "reported being very sore" : null];
    const said = parts.filter(Boolean).join(" and ");
    found.push({ reason: "hard-effort", words: `${said.charAt(0).toUpperCase()}${said.slice(1)} this week` });
  }
  if (flags.replanWaiting) {
    found.push({ reason: "replan-waiting", words: "Runs changed since the plan was placed: a re-plan is waiting" });
  }
  if (flags.unansweredComment) {
    found.push({ reason: "unanswered-comment", words: "A comment has waited over 24 hours for an answer" });
  }
  return found.sort((a, b) => ATTENTION_REASONS.indexOf(a.reason) - ATTENTION_REASONS.indexOf(b.reason));
}

/**
 * The coach's home: every actively linked athlete with adherence, next race, last activity,
 * unread comments and what needs attention, in words. Two SQL statements for any number of
 * athletes. Athletes who need attention come first, then the nearest race, then by name.
 */
export async function coachedAthletes(db: Database, coachId: string, now: Date): Promise<CoachedAthlete[]> {
  const [athletes, snapshots] = await Promise.all([
    listCoachedAthletes(db, coachId, now),
    coachedAthleteSnapshots(db, coachId, now),
  ]);
  const snapshotOf = new Map(snapshots.map((snapshot) => [snapshot.athleteId, snapshot]));
  const list = athletes.map((row): CoachedAthlete => {
    const snapshot = snapshotOf.get(row.athlete_id);
    const own = snapshot?.facts ?? [];
    const nextRace = snapshot?.nextRace ?? null;
    const last7 = figure(own, (fact) => fact.in_7_days);
    const last30 = figure(own, () => true);
    return {
      athleteId: row.athlete_id,
      name: row.name,
      planId: row.plan_id,
      thisWeek: figure(own, (fact) => fact.in_week),
      last7,
      last30,
      nextRace: nextRace ? { date: nextRace, weeksToGo: Math.ceil(daysBetween(row.today, nextRace) / 7) } : null,
      lastActivity: snapshot?.lastActivity ?? null,
      unreadComments: row.unread_comments,
      attention: attentionOf(own, last7, last30, {
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
