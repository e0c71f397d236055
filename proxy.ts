import { NextResponse, type NextRequest } from "next/server";

/**
 * A cheap first gate for signed-in pages: with no session cookie at all, go to sign-in and come
 * back afterwards. The pages themselves verify the session properly (a cookie can be stale).
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: [
    "/dashboard/:path*",
    "/profile/:path*",
    "/plans/:path*",
    "/runs/:path*",
    "/week/:path*",
    "/athletes/:path*",
  ],
};
