const SITE = "https://groundwork.invalid";

/**
 * Only same-site paths may be used as a post-sign-in destination (no open redirects). The path is
 * judged as the browser will read it: browsers drop tabs and newlines from a URL and read "\" as
 * "/", so "/\t/evil.example" would otherwise become "//evil.example", another site.
 */
export function safeNextPath(next: string | null | undefined, fallback = "/dashboard"): string {
  const path = next?.replace(/[\t\n\r]/g, "").replaceAll("\\", "/");
  if (!path || !path.startsWith("/") || path.startsWith("//")) return fallback;
  return new URL(path, SITE).origin === SITE ? path : fallback;
}
