/**
 * Adherence arithmetic, in one place: the server's aggregate and the week view both hand it facts
 * (check-off status, sets prescribed, sets logged), and the browser may use it for an optimistic tick.
 */
import { adherenceFigure, combinedFigure, type AdherenceFigure } from "./checkoff";

/**
 * One due item, or several with the same status added together. For strength, `prescribed` and
 * `logged` count sets (logged already capped at prescribed per session); for runs, one per run.
 */
export type AdherenceFact = {
  kind: "strength" | "run";
  status: "planned" | "done" | "partial" | "skipped";
  items: number;
  prescribed: number;
  logged: number;
};

/** Sets (or runs) a fact counts as done: ticked done counts as prescribed, partly done its logged sets. */
export function doneOf(fact: AdherenceFact): number {
  if (fact.status === "done") return fact.kind === "run" ? fact.items : fact.prescribed;
  if (fact.status === "partial") return fact.logged;
  return 0;
}

export function plannedOf(fact: AdherenceFact): number {
  return fact.kind === "run" ? fact.items : fact.prescribed;
}

/** A session's fact: its logged sets count up to what was prescribed, so extra sets never hide a skipped one. */
export function sessionFact(
  status: AdherenceFact["status"],
  prescribedSets: number,
  loggedSets: number,
): AdherenceFact {
  return {
    kind: "strength",
    status,
    items: 1,
    prescribed: prescribedSets,
    logged: Math.min(loggedSets, prescribedSets),
  };
}

export function runFact(status: "planned" | "done" | "skipped"): AdherenceFact {
  return { kind: "run", status, items: 1, prescribed: 1, logged: 0 };
}

export type Adherence = { strength: AdherenceFigure; runs: AdherenceFigure; combined: AdherenceFigure };

export function adherenceOf(facts: AdherenceFact[]): Adherence {
  const sum = (kind: AdherenceFact["kind"], pick: (fact: AdherenceFact) => number) =>
    facts.filter((fact) => fact.kind === kind).reduce((total, fact) => total + pick(fact), 0);
  const strength = adherenceFigure(sum("strength", doneOf), sum("strength", plannedOf));
  const runs = adherenceFigure(sum("run", doneOf), sum("run", plannedOf));
  return { strength, runs, combined: combinedFigure(strength, runs) };
}
