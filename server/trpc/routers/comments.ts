import {
  addCommentSchema,
  commentRefSchema,
  commentSubjectSchema,
  editCommentSchema,
  unreadQuerySchema,
} from "../../schemas/comments";
import {
  addComment,
  editComment,
  listComments,
  markCommentsRead,
  removeComment,
  unreadComments,
} from "../../services/comments";
import { protectedProcedure, router } from "../init";

export const commentsRouter = router({
  list: protectedProcedure
    .input(commentSubjectSchema)
    .query(({ ctx, input }) => listComments(ctx.db, ctx.userId, input, ctx.now())),
  add: protectedProcedure
    .input(addCommentSchema)
    .mutation(({ ctx, input }) => addComment(ctx.db, ctx.userId, input, ctx.now())),
  edit: protectedProcedure
    .input(editCommentSchema)
    .mutation(({ ctx, input }) => editComment(ctx.db, ctx.userId, input, ctx.now())),
  remove: protectedProcedure
    .input(commentRefSchema)
    .mutation(({ ctx, input }) => removeComment(ctx.db, ctx.userId, input.commentId, ctx.now())),
  markRead: protectedProcedure
    .input(commentSubjectSchema)
    .mutation(({ ctx, input }) => markCommentsRead(ctx.db, ctx.userId, input, ctx.now())),
  unread: protectedProcedure
    .input(unreadQuerySchema)
    .query(({ ctx, input }) => unreadComments(ctx.db, ctx.userId, input)),
});
