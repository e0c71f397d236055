/**
 * How long to wait, said plainly: "45 seconds", "2 minutes", "1 hour". Rounded up, so the
 * person who waits the time we name is let through.
 */
export function describeWait(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return plural(whole, "second");
  const minutes = Math.ceil(whole / 60);
  if (minutes < 60) return plural(minutes, "minute");
  return plural(Math.ceil(minutes / 60), "hour");
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** The one message for every throttled action (sign-in, sign-up, password reset). */
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  return `Too many attempts. Try again in ${describeWait(retryAfterSeconds)}.`;
}
