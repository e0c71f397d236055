import { templateRequestSchema } from "../../schemas/run-templates";
import { applyRunTemplate, listTemplates, previewRunTemplate } from "../../services/run-templates";
import { protectedProcedure, router } from "../init";

export const templatesRouter = router({
  list: protectedProcedure.query(() => listTemplates()),
  preview: protectedProcedure
    .input(templateRequestSchema)
    .mutation(({ ctx, input }) => previewRunTemplate(ctx.db, ctx.userId, input, ctx.now())),
  save: protectedProcedure
    .input(templateRequestSchema)
    .mutation(({ ctx, input }) => applyRunTemplate(ctx.db, ctx.userId, input, ctx.now())),
});
