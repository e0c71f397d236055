/**
 * How a prescription reads, everywhere it is shown (the session page, the training log, the
 * calendar feed, the change history): "3 × 10 each side", "2 × 30 s", "3 × 20 m", "2 sets".
 */
export interface Dose {
  sets: number;
  reps?: number | null;
  seconds?: number | null;
  metres?: number | null;
  perSide?: boolean;
}

const given = (value: number | null | undefined): value is number => value !== null && value !== undefined;

export function formatDose(dose: Dose): string {
  const amount = given(dose.reps)
    ? `${dose.reps}`
    : given(dose.seconds)
      ? `${dose.seconds} s`
      : given(dose.metres)
        ? `${dose.metres} m`
        : "";
  const sets = amount ? `${dose.sets} × ${amount}` : `${dose.sets} ${dose.sets === 1 ? "set" : "sets"}`;
  return `${sets}${dose.perSide ? " each side" : ""}`;
}
