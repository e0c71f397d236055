/**
 * What a browser does, over plain HTTP: sign in through Auth.js's credentials endpoint (a real
 * email and password, the CSRF token and cookie it asks for) and call tRPC procedures with the
 * session cookie. Inputs and outputs use superjson's envelope ({ json }), as the app's client does.
 */

function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
}

/** A sign-in through Auth.js's endpoint: the session cookie when accepted, and where it redirects. */
export async function trySignIn(
  baseUrl: string,
  email: string,
  password: string,
): Promise<{ session: string | null; location: string }> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiePairs(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/week` }),
  });
  const session = cookiePairs(response).find((pair) => /^(__Secure-)?authjs\.session-token=./.test(pair));
  return { session: session ?? null, location: response.headers.get("location") ?? `HTTP ${response.status}` };
}

/** The session cookie ("authjs.session-token=…") for a user, or an error saying why not. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const { session, location } = await trySignIn(baseUrl, email, password);
  if (!session) throw new Error(`sign-in refused for ${email} (${location})`);
  return session;
}

export function queryPath(procedure: string, input: unknown): string {
  return `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}

export function mutationBody(input: unknown): string {
  return JSON.stringify({ json: input });
}

export type TrpcResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; code: string };

async function read<T>(response: Response): Promise<TrpcResult<T>> {
  const body = (await response.json().catch(() => null)) as {
    result?: { data?: { json?: T } };
    error?: { json?: { data?: { code?: string } } };
  } | null;
  if (response.ok && body?.result) return { ok: true, status: response.status, data: body.result.data?.json as T };
  return { ok: false, status: response.status, code: body?.error?.json?.data?.code ?? `HTTP ${response.status}` };
}

export async function query<T>(baseUrl: string, cookie: string, procedure: string, input: unknown) {
  return read<T>(await fetch(baseUrl + queryPath(procedure, input), { headers: { cookie } }));
}

export async function mutate<T>(baseUrl: string, cookie: string, procedure: string, input: unknown) {
  const response = await fetch(`${baseUrl}/api/trpc/${procedure}`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: mutationBody(input),
  });
  return read<T>(response);
}
