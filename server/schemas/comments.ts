import { z } from "zod";
import { commentBodySchema } from "../domain/comments";
import { athleteRefSchema, isoDateSchema } from "./runs";

/** A thread: a session's (the athlete follows from it) or a week's (any day of it; the athlete's own by default). */
export const commentSubjectSchema = z.union(
  [z.object({ sessionId: z.uuid() }), athleteRefSchema.extend({ weekOf: isoDateSchema })],
  { error: "Say which session or week the comments are about." },
);
export type CommentSubjectInput = z.infer<typeof commentSubjectSchema>;

export const addCommentSchema = z.object({ subject: commentSubjectSchema, body: commentBodySchema });
export const editCommentSchema = z.object({ commentId: z.uuid(), body: commentBodySchema });
export const commentRefSchema = z.object({ commentId: z.uuid() });
export const unreadQuerySchema = athleteRefSchema;
