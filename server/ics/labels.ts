/** How warnings name an event: its title and UID, so a runner can find it in their calendar app. */
export function eventLabel(title: string | undefined, uid: string | undefined): string {
  const name = `"${title?.trim() || "(untitled)"}"`;
  return uid?.trim() ? `${name} (${uid.trim()})` : name;
}

/** Error text for a warning: never an internal JavaScript error, which means nothing to a runner. */
export function plainReason(error: unknown): string | undefined {
  if (!(error instanceof Error) || error instanceof TypeError || error instanceof ReferenceError) return undefined;
  if (/undefined|null|reading '|is not a function|Maximum call stack/.test(error.message)) return undefined;
  return error.message.length <= 120 ? error.message : undefined;
}
