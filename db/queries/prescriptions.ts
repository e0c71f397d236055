import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { sessionExercises, type SessionExerciseRow } from "../schema";

export type Dose = Pick<SessionExerciseRow, "sets" | "reps" | "seconds" | "metres" | "intensity">;

export async function updateSessionExerciseDose(
  db: Database,
  sessionId: string,
  position: number,
  dose: Dose,
): Promise<SessionExerciseRow | undefined> {
  const [row] = await db
    .update(sessionExercises)
    .set(dose)
    .where(and(eq(sessionExercises.sessionId, sessionId), eq(sessionExercises.position, position)))
    .returning();
  return row;
}

export async function insertSessionExercise(
  db: Database,
  row: Omit<typeof sessionExercises.$inferInsert, "id">,
): Promise<SessionExerciseRow> {
  const [inserted] = await db.insert(sessionExercises).values(row).returning();
  if (!inserted) throw new Error("insert returned no exercise");
  return inserted;
}

export async function deleteSessionExercise(db: Database, sessionId: string, position: number): Promise<void> {
  await db
    .delete(sessionExercises)
    .where(and(eq(sessionExercises.sessionId, sessionId), eq(sessionExercises.position, position)));
}
