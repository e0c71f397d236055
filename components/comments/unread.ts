/** Where an unread thread lives: the athlete's own pages, or the coach's view of the athlete. */
export function threadHref(thread: { athleteId: string; subject: string; own: boolean }): string {
  const base = thread.own ? "" : `/athletes/${encodeURIComponent(thread.athleteId)}`;
  const [kind, id = ""] = thread.subject.split(/:(.*)/s);
  return kind === "session" ? `${base}/sessions/${id}` : `${base}/week?date=${id}`;
}
