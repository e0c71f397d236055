import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { getDatabase } from "@/db";
import type { UserProfile } from "@/db/queries/users";
import { signInSchema } from "../schemas/account";
import { signIn as signInWithPassword } from "../services/accounts";
import { verifySignedIn, type SignedIn } from "../services/auth-sessions";
import { systemClock } from "../services/clock";
import { clientAddressFrom } from "./client-address";
import { TOO_MANY_ATTEMPTS_CODE } from "../domain/sign-in-codes";

declare module "next-auth" {
  interface User {
    /** The auth_sessions row started by this sign-in. */
    sessionId?: string;
  }
  interface Session {
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}

/** Refused for too many attempts: the code (which reaches the browser) carries the wait in seconds. */
class TooManyAttempts extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `${TOO_MANY_ATTEMPTS_CODE}${retryAfterSeconds}`;
  }
}

/**
 * Email and password sign-in with a signed JWT cookie that names a server-side session row
 * (auth_sessions): the user id rides in `sub`, the session id in `sid`, and every request checks
 * the row still exists, so signing out ends the session for every copy of the cookie.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  logger: {
    // A wrong password or a throttled attempt is an everyday event, not a server error.
    error(error) {
      if (error.name !== "CredentialsSignin" && !(error instanceof CredentialsSignin)) console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const origin = { clientAddress: clientAddressFrom(request.headers), now: systemClock() };
        const outcome = await signInWithPassword(await getDatabase(), parsed.data, origin);
        if (outcome.ok) {
          const { id, email, name } = outcome.user;
          return { id, email, name, sessionId: outcome.sessionId };
        }
        if (outcome.reason === "too-many-attempts") throw new TooManyAttempts(outcome.retryAfterSeconds);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sessionId) token.sid = user.sessionId;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (token.sid) session.sessionId = token.sid;
      return session;
    },
  },
});

/**
 * Who is signed in, checked against the session table: one primary-key lookup that also reads
 * their profile, cached for the rest of the request (layout, page and tRPC context share it). A
 * token without a live session row (signed out elsewhere, password changed, or issued before
 * sessions existed) is signed out.
 */
export const currentAuth = cache(async (): Promise<SignedIn | null> => {
  const session = await auth();
  return verifySignedIn(await getDatabase(), { userId: session?.user?.id, sessionId: session?.sessionId });
});

/** The signed-in user's id, or null. */
export async function currentUserId(): Promise<string | null> {
  return (await currentAuth())?.userId ?? null;
}

/**
 * The signed-in user's profile, or null when signed out or when the token names a user who no
 * longer exists (a wiped dev database): a stale cookie must not count as signed in.
 */
export async function currentUser(): Promise<UserProfile | null> {
  return (await currentAuth())?.profile ?? null;
}
