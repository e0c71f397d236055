import { eq, sql } from "drizzle-orm";
import { builtOnce } from "../built-once";
import type { Database } from "../client";
import { users, type NewUserRow, type UserRow } from "../schema";

export type UserProfile = Pick<UserRow, "id" | "email" | "name" | "timeZone" | "units" | "weekStart">;

/** The columns of a UserProfile, for statements that read one beside something else. */
export const profileColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  timeZone: users.timeZone,
  units: users.units,
  weekStart: users.weekStart,
} as const;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Database, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .limit(1);
  return row;
}

const profileById = (db: Database) =>
  db
    .select(profileColumns)
    .from(users)
    .where(eq(users.id, sql.placeholder("id")))
    .limit(1)
    .prepare("user_profile");

export async function findUserProfile(db: Database, id: string): Promise<UserProfile | undefined> {
  const [row] = await builtOnce(db, "user_profile", profileById).execute({ id });
  return row;
}

/** Inserts a user; returns undefined when the email is already taken (no exception to catch). */
export async function insertUser(db: Database, user: NewUserRow): Promise<UserProfile | undefined> {
  const [row] = await db
    .insert(users)
    .values({ ...user, email: normaliseEmail(user.email) })
    .onConflictDoNothing({ target: users.email })
    .returning(profileColumns);
  return row;
}

export type ProfileChanges = Partial<Pick<UserRow, "name" | "timeZone" | "units" | "weekStart">>;

export async function updateUserProfile(
  db: Database,
  id: string,
  changes: ProfileChanges,
): Promise<UserProfile | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning(profileColumns);
  return row;
}

export async function countUsers(db: Database): Promise<number> {
  return db.$count(users);
}
