import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDatabase } from "@/db";
import { findUserProfile, type UserProfile } from "@/db/queries/users";
import { signInSchema } from "../schemas/account";
import { authenticate } from "../services/accounts";

/**
 * Email and password sign-in with a signed JWT cookie (no session table): the user id rides in
 * the token's `sub`, and every request reads it back through `auth()`.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  logger: {
    // A wrong password is an everyday event, not a server error worth a stack trace.
    error(error) {
      if (error.name !== "CredentialsSignin") console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const user = await authenticate(await getDatabase(), parsed.data.email, parsed.data.password);
        return user ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
  ],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});

/** The signed-in user's id, or null. */
export async function currentUserId(): Promise<string | null> {
  const session = await auth();
  return session?.user?.id ?? null;
}

/**
 * The signed-in user's profile, or null when signed out or when the token names a user who no
 * longer exists (a wiped dev database): a stale cookie must not count as signed in.
 */
export async function currentUser(): Promise<UserProfile | null> {
  const userId = await currentUserId();
  if (!userId) return null;
  return (await findUserProfile(await getDatabase(), userId)) ?? null;
}
