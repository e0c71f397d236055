"use server";

import { getDatabase } from "@/db";
import { endAuthSession } from "../services/auth-sessions";
import { currentAuth, signOut } from "./index";

/**
 * Signing out is a server action, so the browser needs no auth client code for it. It ends the
 * session row first, so a copy of the cookie taken before stops working too.
 */
export async function signOutAction(): Promise<void> {
  const signedIn = await currentAuth();
  if (signedIn) await endAuthSession(await getDatabase(), signedIn.sessionId);
  await signOut({ redirectTo: "/sign-in" });
}
