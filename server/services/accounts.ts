import type { Database } from "@/db/client";
import { findUserByEmail, findUserProfile, insertUser, updateUserProfile, type UserProfile } from "@/db/queries/users";
import type { ProfileInput, SignUpInput } from "../schemas/account";
import { hashPassword, verifyPassword } from "./password";
import { notFound, ServiceError } from "./errors";

export async function signUp(db: Database, input: SignUpInput): Promise<UserProfile> {
  const user = await insertUser(db, {
    email: input.email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
    timeZone: input.timeZone ?? "UTC",
  });
  if (!user) {
    throw new ServiceError("conflict", "An account with this email already exists. Sign in instead.");
  }
  return user;
}

/** The user for these credentials, or null: the caller must not learn which part was wrong. */
export async function authenticate(db: Database, email: string, password: string): Promise<UserProfile | null> {
  const user = await findUserByEmail(db, email);
  if (!user) {
    // Hash anyway so an unknown email takes as long as a wrong password.
    await hashPassword(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  const { id, email: storedEmail, name, timeZone, units, weekStart } = user;
  return { id, email: storedEmail, name, timeZone, units, weekStart };
}

export async function getProfile(db: Database, userId: string): Promise<UserProfile> {
  const profile = await findUserProfile(db, userId);
  if (!profile) throw notFound("Your account");
  return profile;
}

export async function updateProfile(db: Database, userId: string, input: ProfileInput): Promise<UserProfile> {
  const profile = await updateUserProfile(db, userId, input);
  if (!profile) throw notFound("Your account");
  return profile;
}
