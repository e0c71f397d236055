import { and, asc, eq, isNull, ne, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { coachLinks, commentReads, comments, users, type CommentRow } from "../schema";

export async function insertComment(
  db: Database,
  row: Pick<CommentRow, "athleteId" | "subject" | "sessionId" | "authorId" | "body" | "createdAt">,
): Promise<CommentRow> {
  const [inserted] = await db.insert(comments).values(row).returning();
  if (!inserted) throw new Error("insert returned no comment");
  return inserted;
}

export async function findComment(db: Database, commentId: string): Promise<CommentRow | undefined> {
  const [row] = await db.select().from(comments).where(eq(comments.id, commentId)).limit(1);
  return row;
}

export async function updateComment(
  db: Database,
  commentId: string,
  changes: Partial<Pick<CommentRow, "body" | "editedAt" | "deletedAt">>,
): Promise<CommentRow | undefined> {
  const [row] = await db.update(comments).set(changes).where(eq(comments.id, commentId)).returning();
  return row;
}

/** A thread, oldest first, with each author's name. */
export async function listThread(db: Database, athleteId: string, subject: string, limit = 500) {
  return db
    .select({ comment: comments, authorName: users.name })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.athleteId, athleteId), eq(comments.subject, subject)))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(limit);
}

/** Moves the reader's mark forward (never back, so an old tab cannot make read comments unread). */
export async function markThreadRead(
  db: Database,
  read: { readerId: string; athleteId: string; subject: string; lastReadAt: Date },
): Promise<void> {
  await db
    .insert(commentReads)
    .values(read)
    .onConflictDoUpdate({
      target: [commentReads.readerId, commentReads.athleteId, commentReads.subject],
      set: { lastReadAt: sql`greatest(${commentReads.lastReadAt}, excluded.last_read_at)` },
    });
}

export interface UnreadCount {
  athleteId: string;
  subject: string;
  count: number;
}

/**
 * Comments by others the reader has not read, per athlete and subject, over every athlete the
 * reader may see (themself and athletes with an active link to them), or one athlete. One statement.
 */
export async function countUnread(db: Database, readerId: string, athleteId?: string): Promise<UnreadCount[]> {
  const visible = or(
    eq(comments.athleteId, readerId),
    sql`exists (select 1 from ${coachLinks} where ${coachLinks.athleteId} = ${comments.athleteId} and ${coachLinks.coachId} = ${readerId} and ${coachLinks.status} = 'active')`,
  );
  const rows = await db
    .select({ athleteId: comments.athleteId, subject: comments.subject, count: sql<number>`count(*)::int` })
    .from(comments)
    .leftJoin(
      commentReads,
      and(
        eq(commentReads.readerId, readerId),
        eq(commentReads.athleteId, comments.athleteId),
        eq(commentReads.subject, comments.subject),
      ),
    )
    .where(
      and(
        athleteId ? eq(comments.athleteId, athleteId) : undefined,
        visible,
        isNull(comments.deletedAt),
        or(isNull(comments.authorId), ne(comments.authorId, readerId)),
        or(isNull(commentReads.lastReadAt), sql`${comments.createdAt} > ${commentReads.lastReadAt}`),
      ),
    )
    .groupBy(comments.athleteId, comments.subject);
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}
