/**
 * The `code` Auth.js passes from a refused sign-in to the form (it travels in a URL, so it holds
 * no secret): "too-many-attempts-<seconds>" when throttled.
 */
export const TOO_MANY_ATTEMPTS_CODE = "too-many-attempts-";

/** The seconds to wait from a sign-in refusal's code, or null when it was not a throttle. */
export function retryAfterFromCode(code: string | undefined | null): number | null {
  if (!code?.startsWith(TOO_MANY_ATTEMPTS_CODE)) return null;
  const seconds = Number(code.slice(TOO_MANY_ATTEMPTS_CODE.length));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}
