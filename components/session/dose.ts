/** "3 × 10 each side", "2 × 30 s", "3 × 20 m": how a prescription reads. */
export function formatDose(e: {
  sets: number;
  reps: number | null;
  seconds: number | null;
  metres: number | null;
  perSide: boolean;
}): string {
  const amount =
    e.reps !== null ? `${e.reps}` : e.seconds !== null ? `${e.seconds} s` : e.metres !== null ? `${e.metres} m` : "";
  return `${e.sets} × ${amount}${e.perSide ? " each side" : ""}`;
}
