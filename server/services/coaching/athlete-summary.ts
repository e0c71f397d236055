import type { AdherenceFactRow } from "@/db/queries/athlete-snapshots";
import { adherenceOf } from "../../domain/adherence";
import type { AdherenceFigure } from "../../domain/checkoff";
import { ATTENTION_REASONS, type AttentionReason } from "../../domain/coaching";

/**
 * One athlete's figures for the coach's list, made from their adherence facts and kept as a
 * snapshot (db/queries/athlete-snapshots.ts) until their training, day or week start changes.
 */
export interface AthleteSummary {
  thisWeek: AdherenceFigure;
  last7: AdherenceFigure;
  last30: AdherenceFigure;
  /** Sessions and runs planned or skipped in the 7 days before today. */
  missed7: number;
  /** The highest effort logged in the last 7 days, 0 when none was. */
  hardestRpe7: number;
  verySore7: boolean;
}

/** Bump when AthleteSummary or how it is made changes: snapshots of another make are counted again. */
export const SUMMARY_FORMAT = 1;

export interface Attention {
  reason: AttentionReason;
  /** The reason in words, for the coach: "Missed 3 sessions or runs in the last 7 days". */
  words: string;
}

/** How far under the 30-day figure the last 7 days must fall to need attention, in points. */
const DROP_POINTS = 20;

function figure(facts: AdherenceFactRow[], inWindow: (fact: AdherenceFactRow) => boolean): AdherenceFigure {
  return adherenceOf(facts.filter(inWindow)).combined;
}

export function summaryOf(facts: AdherenceFactRow[]): AthleteSummary {
  const recent = facts.filter((fact) => fact.in_7_days);
  return {
    thisWeek: figure(facts, (fact) => fact.in_week),
    last7: figure(facts, (fact) => fact.in_7_days),
    last30: figure(facts, () => true),
    missed7: facts
      .filter((fact) => fact.before_today_7 && (fact.status === "planned" || fact.status === "skipped"))
      .reduce((n, fact) => n + fact.items, 0),
    hardestRpe7: Math.max(0, ...recent.map((fact) => fact.max_rpe ?? 0)),
    verySore7: recent.some((fact) => fact.very_sore),
  };
}

/** What needs the coach's attention, in words, in the order of ATTENTION_REASONS. */
export function attentionOf(
  summary: AthleteSummary,
  flags: { replanWaiting: boolean; unansweredComment: boolean },
): Attention[] {
  const { missed7, last7, last30, hardestRpe7, verySore7 } = summary;
  const found: Attention[] = [];
  if (missed7 >= 2)
    found.push({ reason: "missed-items", words: `Missed ${missed7} sessions or runs in the last 7 days` });
  if (last7.percent !== null && last30.percent !== null && last7.percent <= last30.percent - DROP_POINTS) {
    found.push({
      reason: "adherence-drop",
      words: `Adherence ${last7.percent}% in the last 7 days, ${last30.percent - last7.percent} points under their 30-day ${last30.percent}%`,
    });
  }
  if (hardestRpe7 >= 9 || verySore7) {
    const parts = [
      hardestRpe7 >= 9 ? `logged effort ${hardestRpe7} of 10` : null,
      verySore7 ? "reported being very sore" : null,
    ];
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
