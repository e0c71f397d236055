import type { PrescribedExercise } from "./types";

/**
 * Weekly volume, counted in sets. Deload and taper weeks must fit a budget of sets (a share of
 * an earlier week's); `fitToBudget` trims evenly: first one set at a time from the exercise
 * with the most sets (accessories, listed last, lose first among equals), then whole
 * exercises, last ones first, and only as a last resort whole sessions.
 */

export interface SessionVolume {
  exercises: PrescribedExercise[];
}

export function sessionSets(session: SessionVolume): number {
  return session.exercises.reduce((sum, e) => sum + e.sets, 0);
}

export function weekSets(sessions: readonly SessionVolume[]): number {
  return sessions.reduce((sum, s) => sum + sessionSets(s), 0);
}

/**
 * The exercise to lose a set: the most sets above one, then the biggest session, so sessions
 * shrink evenly; the last among equals.
 */
function mostSets(sessions: readonly SessionVolume[]): PrescribedExercise | null {
  let best: PrescribedExercise | null = null;
  let bestSession = 0;
  for (const session of sessions) {
    const size = sessionSets(session);
    for (const e of session.exercises) {
      if (e.sets <= 1) continue;
      if (!best || e.sets > best.sets || (e.sets === best.sets && size >= bestSession)) {
        best = e;
        bestSession = size;
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

/**
 * Trims `sessions` (in place) until they hold at most `budget` sets; returns the sessions
 * left, which may be fewer when the budget is smaller than one set per session.
 */
export function fitToBudget<S extends SessionVolume>(sessions: S[], budget: number): S[] {
  let total = weekSets(sessions);
  while (total > budget) {
    const exercise = mostSets(sessions);
    if (exercise) {
      exercise.sets -= 1;
    } else {
      const session = longestSession(sessions);
      if (session) session.exercises.pop();
      else sessions.pop();
    }
    total = weekSets(sessions);
  }
  return sessions;
}
