import { keepPriority as linePriority, reshape } from "./session-shape";
import type { PrescribedExercise } from "./types";

/**
 * Weekly volume, counted in sets. Deload and taper weeks must fit a budget of sets (a share of
 * an earlier week's); `fitToBudget` trims evenly: first one set at a time from the exercise
 * with the most sets (the least important for a runner losing first among equals: upper body,
 * balance and core before the hamstring and side-hip work, which stay to the end), then whole
 * exercises in the same order, and only as a last resort whole sessions. The trimmed sessions'
 * minutes and 15-minute version are then worked out again.
 */

export interface SessionVolume {
  exercises: PrescribedExercise[];
  minutes?: number;
  shortVersion?: string[];
}

export function sessionSets(session: SessionVolume): number {
  return session.exercises.reduce((sum, e) => sum + e.sets, 0);
}

export function weekSets(sessions: readonly SessionVolume[]): number {
  return sessions.reduce((sum, s) => sum + sessionSets(s), 0);
}

type Priority = (line: PrescribedExercise) => number;

/** Each line's keep priority, looked up once: the trim below asks for it again at every set it takes. */
function prioritiesOf(sessions: readonly SessionVolume[]): Priority {
  const priorities = new Map<PrescribedExercise, number>();
  for (const s of sessions) for (const line of s.exercises) priorities.set(line, linePriority(line));
  return (line) => priorities.get(line) ?? linePriority(line);
}

/**
 * The exercise to lose a set: the most sets above one, then the biggest session, so sessions
 * shrink evenly, then the least important; the last among equals.
 */
function mostSets(sessions: readonly SessionVolume[], keepPriority: Priority): PrescribedExercise | null {
  let best: PrescribedExercise | null = null;
  let bestSession = 0;
  let bestKeep = 0;
  for (const session of sessions) {
    const size = sessionSets(session);
    for (const e of session.exercises) {
      if (e.sets <= 1) continue;
      const keep = keepPriority(e);
      const better =
        !best ||
        e.sets > best.sets ||
        (e.sets === best.sets && (size > bestSession || (size === bestSession && keep <= bestKeep)));
      if (better) {
        best = e;
        bestSession = size;
        bestKeep = keep;
      }
    }
  }
  return best;
}

/** The session with the most exercises above one (the last among equals), or null. */
function longestSession<S extends SessionVolume>(sessions: readonly S[]): S | null {
  let best: S | null = null;
  for (const s of sessions)
    if (s.exercises.length > 1 && (!best || s.exercises.length >= best.exercises.length)) best = s;
  return best;
}

/** Drops the session's least important exercise (the last among equals); returns its sets. */
function dropLeastImportant(session: SessionVolume, keepPriority: Priority): number {
  let index = 0;
  session.exercises.forEach((e, i) => {
    const current = session.exercises[index];
    if (current && keepPriority(e) <= keepPriority(current)) index = i;
  });
  return session.exercises.splice(index, 1).reduce((sum, e) => sum + e.sets, 0);
}

/**
 * Trims `sessions` (in place) until they hold at most `budget` sets; returns the sessions
 * left, which may be fewer when the budget is smaller than one set per session.
 */
export function fitToBudget<S extends SessionVolume>(sessions: S[], budget: number): S[] {
  let total = weekSets(sessions);
  if (total <= budget) return sessions;
  const keepPriority = prioritiesOf(sessions);
  // The total follows each cut instead of being counted again after it.
  while (total > budget) {
    const exercise = mostSets(sessions, keepPriority);
    if (exercise) {
      exercise.sets -= 1;
      total -= 1;
    } else {
      const session = longestSession(sessions);
      if (session) total -= dropLeastImportant(session, keepPriority);
      else total -= sessionSets(sessions.pop() ?? { exercises: [] });
    }
  }
  for (const s of sessions) if (s.minutes !== undefined) reshape(s);
  return sessions;
}
