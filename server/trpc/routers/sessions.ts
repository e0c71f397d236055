import {
  sessionCheckOffSchema,
  sessionHistorySchema,
  sessionLogSchema,
  sessionSorenessSchema,
} from "../../schemas/checkoff";
import { checkOffSession, recordSoreness } from "../../services/checkoff";
import { logSession, sessionHistory } from "../../services/training-log";
import { protectedProcedure, router } from "../init";

export const sessionsRouter = router({
  checkOff: protectedProcedure
    .input(sessionCheckOffSchema)
    .mutation(({ ctx, input }) => checkOffSession(ctx.db, ctx.userId, input, ctx.now())),
  log: protectedProcedure
    .input(sessionLogSchema)
    .mutation(({ ctx, input }) => logSession(ctx.db, ctx.userId, input, ctx.now())),
  soreness: protectedProcedure
    .input(sessionSorenessSchema)
    .mutation(({ ctx, input }) => recordSoreness(ctx.db, ctx.userId, input, ctx.now())),
  history: protectedProcedure
    .input(sessionHistorySchema)
    .query(({ ctx, input }) => sessionHistory(ctx.db, ctx.userId, input.sessionId)),
});
