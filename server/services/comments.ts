import type { Database } from "@/db/client";
import {
  countUnread,
  findComment,
  insertComment,
  listThread,
  markThreadRead,
  updateComment,
  type UnreadCount,
} from "@/db/queries/comments";
import { findSessionAthlete } from "@/db/queries/history";
import type { CommentRow } from "@/db/schema";
import { COMMENT_EDIT_WINDOW_MS, subjectKey } from "../domain/comments";
import { startOfWeek } from "../domain/dates";
import type { ActorRole } from "../domain/history";
import type { CommentSubjectInput } from "../schemas/comments";
import { canAccessAthlete } from "./access";
import { resolveAthlete } from "./athletes";
import { forbidden, notFound, ServiceError } from "./errors";

interface Thread {
  athleteId: string;
  subject: string;
  sessionId: string | null;
}

/** Whose thread it is and its key; refuses a session or athlete the caller may not see. */
async function resolveThread(db: Database, viewerId: string, input: CommentSubjectInput): Promise<Thread> {
  if ("sessionId" in input) {
    const athleteId = await findSessionAthlete(db, input.sessionId);
    if (!athleteId || !(await canAccessAthlete(db, viewerId, athleteId))) throw notFound("That session");
    return { athleteId, subject: subjectKey({ sessionId: input.sessionId }), sessionId: input.sessionId };
  }
  const athlete = await resolveAthlete(db, viewerId, input.athleteId);
  const weekStart = startOfWeek(input.weekOf, athlete.weekStart === "sunday" ? 0 : 1);
  return { athleteId: athlete.id, subject: subjectKey({ weekStart }), sessionId: null };
}

export interface CommentView {
  id: string;
  /** Plain text; empty once deleted. Never HTML. */
  body: string;
  deleted: boolean;
  createdAt: Date;
  editedAt: Date | null;
  author: { name: string; role: ActorRole; isYou: boolean };
  canEdit: boolean;
  canDelete: boolean;
}

function withinEditWindow(comment: CommentRow, now: Date): boolean {
  return now.getTime() - comment.createdAt.getTime() <= COMMENT_EDIT_WINDOW_MS;
}

function toView(comment: CommentRow, authorName: string | null, viewerId: string, now: Date): CommentView {
  const own = comment.authorId === viewerId && !comment.deletedAt;
  return {
    id: comment.id,
    body: comment.deletedAt ? "" : comment.body,
    deleted: comment.deletedAt !== null,
    createdAt: comment.createdAt,
    editedAt: comment.editedAt,
    author: {
      name: authorName ?? "A former member",
      role: comment.authorId === comment.athleteId ? "athlete" : "coach",
      isYou: comment.authorId === viewerId,
    },
    canEdit: own && withinEditWindow(comment, now),
    canDelete: own,
  };
}

export async function listComments(db: Database, viewerId: string, input: CommentSubjectInput, now: Date) {
  const thread = await resolveThread(db, viewerId, input);
  const rows = await listThread(db, thread.athleteId, thread.subject);
  return {
    athleteId: thread.athleteId,
    subject: thread.subject,
    comments: rows.map((row) => toView(row.comment, row.authorName, viewerId, now)),
  };
}

export async function addComment(
  db: Database,
  viewerId: string,
  input: { subject: CommentSubjectInput; body: string },
  now: Date,
): Promise<CommentView> {
  const thread = await resolveThread(db, viewerId, input.subject);
  const comment = await db.transaction(async (tx) => {
    const row = await insertComment(tx, { ...thread, authorId: viewerId, body: input.body, createdAt: now });
    // Writing in a thread means having read it.
    await markThreadRead(tx, {
      readerId: viewerId,
      athleteId: thread.athleteId,
      subject: thread.subject,
      lastReadAt: now,
    });
    return row;
  });
  return toView(comment, null, viewerId, now);
}

/** The caller's own comment on an athlete they may still see; anything else is refused. */
async function ownComment(db: Database, viewerId: string, commentId: string): Promise<CommentRow> {
  const comment = await findComment(db, commentId);
  if (!comment || comment.deletedAt || !(await canAccessAthlete(db, viewerId, comment.athleteId)))
    throw notFound("That comment");
  if (comment.authorId !== viewerId) throw forbidden("You can only change your own comments.");
  return comment;
}

export async function editComment(
  db: Database,
  viewerId: string,
  input: { commentId: string; body: string },
  now: Date,
): Promise<CommentView> {
  const comment = await ownComment(db, viewerId, input.commentId);
  if (!withinEditWindow(comment, now))
    throw new ServiceError(
      "invalid",
      "A comment can be edited for 10 minutes after sending. Delete it and write a new one.",
    );
  const updated = await updateComment(db, comment.id, { body: input.body, editedAt: now });
  if (!updated) throw notFound("That comment");
  return toView(updated, null, viewerId, now);
}

export async function removeComment(db: Database, viewerId: string, commentId: string, now: Date): Promise<void> {
  const comment = await ownComment(db, viewerId, commentId);
  // The row stays (blanked) so replies still read in order: "deleted comment".
  await updateComment(db, comment.id, { body: "", deletedAt: now });
}

export async function markCommentsRead(
  db: Database,
  viewerId: string,
  input: CommentSubjectInput,
  now: Date,
): Promise<void> {
  const thread = await resolveThread(db, viewerId, input);
  await markThreadRead(db, {
    readerId: viewerId,
    athleteId: thread.athleteId,
    subject: thread.subject,
    lastReadAt: now,
  });
}

/**
 * Unread comments for the caller: over everyone they may see (navigation), or one athlete
 * (week view). One SQL statement after the access check.
 */
export async function unreadComments(
  db: Database,
  viewerId: string,
  input: { athleteId?: string },
): Promise<{ total: number; threads: (UnreadCount & { own: boolean })[] }> {
  if (input.athleteId) await resolveAthlete(db, viewerId, input.athleteId);
  const threads = await countUnread(db, viewerId, input.athleteId);
  return {
    total: threads.reduce((sum, thread) => sum + thread.count, 0),
    // "own": the caller's own plan, so links go to their own pages rather than a coach's view.
    threads: threads.map((thread) => ({ ...thread, own: thread.athleteId === viewerId })),
  };
}
