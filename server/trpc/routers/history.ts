import { changedSinceSchema, sessionHistorySchema } from "../../schemas/history";
import { markSessionSeen, sessionHistory, sessionsChangedSince } from "../../services/history";
import { protectedProcedure, router } from "../init";

export const historyRouter = router({
  forSession: protectedProcedure
    .input(sessionHistorySchema)
    .query(({ ctx, input }) => sessionHistory(ctx.db, ctx.userId, input.sessionId)),
  changedSince: protectedProcedure
    .input(changedSinceSchema)
    .query(({ ctx, input }) => sessionsChangedSince(ctx.db, ctx.userId, input)),
  markSeen: protectedProcedure
    .input(sessionHistorySchema)
    .mutation(({ ctx, input }) => markSessionSeen(ctx.db, ctx.userId, input.sessionId)),
});
