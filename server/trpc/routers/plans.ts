import { athleteRefSchema } from "../../schemas/runs";
import {
  createPlanSchema,
  moveSessionSchema,
  planRefSchema,
  previewPlanSchema,
  replanSchema,
  sessionRefSchema,
  swapExerciseSchema,
  weekQuerySchema,
} from "../../schemas/plans";
import { getPlanOverview, getPrintablePlan } from "../../services/plan-overview";
import { getSessionDetail, moveSession, swapExercise } from "../../services/plan-session";
import { getWeek } from "../../services/plan-week";
import { createPlan, listAthletePlans, previewPlan } from "../../services/plans";
import { replan } from "../../services/replan";
import { protectedProcedure, router } from "../init";

export const plansRouter = router({
  preview: protectedProcedure
    .input(previewPlanSchema)
    .mutation(({ ctx, input }) => previewPlan(ctx.db, ctx.userId, input, ctx.now())),
  create: protectedProcedure
    .input(createPlanSchema)
    .mutation(({ ctx, input }) => createPlan(ctx.db, ctx.userId, input, ctx.now())),
  list: protectedProcedure
    .input(athleteRefSchema)
    .query(({ ctx, input }) => listAthletePlans(ctx.db, ctx.userId, input.athleteId)),
  overview: protectedProcedure
    .input(planRefSchema)
    .query(({ ctx, input }) => getPlanOverview(ctx.db, ctx.userId, input.planId)),
  printable: protectedProcedure
    .input(planRefSchema)
    .query(({ ctx, input }) => getPrintablePlan(ctx.db, ctx.userId, input.planId)),
  week: protectedProcedure
    .input(weekQuerySchema)
    .query(({ ctx, input }) => getWeek(ctx.db, ctx.userId, input, ctx.now(), ctx.viewer)),
  session: protectedProcedure
    .input(sessionRefSchema)
    .query(({ ctx, input }) => getSessionDetail(ctx.db, ctx.userId, input.sessionId, ctx.now())),
  moveSession: protectedProcedure
    .input(moveSessionSchema)
    .mutation(({ ctx, input }) => moveSession(ctx.db, ctx.userId, input)),
  swapExercise: protectedProcedure
    .input(swapExerciseSchema)
    .mutation(({ ctx, input }) => swapExercise(ctx.db, ctx.userId, input)),
  replan: protectedProcedure
    .input(replanSchema)
    .mutation(({ ctx, input }) => replan(ctx.db, ctx.userId, input, ctx.now())),
});
