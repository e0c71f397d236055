/**
 * The client's address as the rate limits see it, read once at the edge.
 *
 * - TRUST_PROXY=1: the first hop of X-Forwarded-For (the client as our own proxy saw it). Only
 *   trusted when set, because without a proxy in front anyone can write that header.
 * - else X-Real-IP, which a single reverse proxy (nginx, a platform's router) sets.
 * - else null ("unknown"): address limits are then skipped, since lumping every client into one
 *   bucket would let one attacker lock everybody out; the per-account limits still hold.
 */
export function clientAddressFrom(
  headers: Headers,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | null {
  if (env.TRUST_PROXY === "1") {
    const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (first) return first.slice(0, 100);
  }
  const realIp = headers.get("x-real-ip")?.trim();
  return realIp ? realIp.slice(0, 100) : null;
}
