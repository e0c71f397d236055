"use server";

import { signOut } from "./index";

/** Signing out is a server action, so the browser needs no auth client code for it. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
