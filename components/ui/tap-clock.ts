/**
 * The browser's one clock, for the moment of a tap (the later tap wins when queued writes arrive out
 * of order). It never gives a calendar date: today, week bounds and due days come from the server's
 * clock in the athlete's time zone (profile.today).
 */
export function tapClock(): Date {
  return new Date();
}
