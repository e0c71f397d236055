/**
 * Splits a plain-text comment into text and links. Only http and https addresses become links;
 * everything else (javascript:, data:, mailto:, HTML) stays text, and React escapes all of it.
 */
export type CommentPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

const CANDIDATE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Punctuation that ends a sentence rather than the address. */
const TRAILING = /[.,;:!?)\]}]+$/;

function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function splitLinks(body: string): CommentPart[] {
  const parts: CommentPart[] = [];
  let last = 0;
  for (const match of body.matchAll(CANDIDATE)) {
    const start = match.index;
    const raw = match[0].replace(TRAILING, "");
    const href = safeHref(raw);
    if (!href) continue;
    if (start > last) parts.push({ kind: "text", text: body.slice(last, start) });
    parts.push({ kind: "link", text: raw, href });
    last = start + raw.length;
  }
  if (last < body.length) parts.push({ kind: "text", text: body.slice(last) });
  return parts;
}
