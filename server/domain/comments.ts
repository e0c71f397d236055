/**
 * Comment vocabulary (issue 10): limits and the subject key shared by server and browser.
 * Comments are plain text; the browser turns http(s) links into safe anchors and nothing else.
 */
import { z } from "zod";
import { COMMENT_EDIT_WINDOW_MS, COMMENT_MAX_CHARS } from "./limits";
import { plainText } from "./text";

export { COMMENT_EDIT_WINDOW_MS, COMMENT_MAX_CHARS };

export const commentBodySchema = plainText(
  COMMENT_MAX_CHARS,
  `Keep a comment under ${COMMENT_MAX_CHARS} characters.`,
).pipe(z.string().min(1, "Write something before sending."));

/** A thread is about one session or one week (the week's first day). */
export type CommentSubject = { sessionId: string } | { weekStart: string };

export function subjectKey(subject: CommentSubject): string {
  return "sessionId" in subject ? `session:${subject.sessionId}` : `week:${subject.weekStart}`;
}
