import { adherenceRecentSchema, adherenceSummarySchema } from "../../schemas/checkoff";
import { adherenceSummary, recentAdherence } from "../../services/adherence";
import { protectedProcedure, router } from "../init";

export const adherenceRouter = router({
  summary: protectedProcedure
    .input(adherenceSummarySchema)
    .query(({ ctx, input }) => adherenceSummary(ctx.db, ctx.userId, input, ctx.now())),
  recent: protectedProcedure
    .input(adherenceRecentSchema)
    .query(({ ctx, input }) => recentAdherence(ctx.db, ctx.userId, input, ctx.now())),
});
