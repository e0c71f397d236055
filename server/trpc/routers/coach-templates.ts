import { applyTemplateSchema, saveTemplateSchema, templateRefSchema } from "../../schemas/coach-templates";
import {
  applyTemplate,
  listTemplates,
  previewTemplate,
  removeTemplate,
  saveTemplate,
} from "../../services/coach-templates";
import { protectedProcedure, router } from "../init";

export const coachTemplatesRouter = router({
  list: protectedProcedure.query(({ ctx }) => listTemplates(ctx.db, ctx.userId)),
  save: protectedProcedure
    .input(saveTemplateSchema)
    .mutation(({ ctx, input }) => saveTemplate(ctx.db, ctx.userId, input)),
  remove: protectedProcedure
    .input(templateRefSchema)
    .mutation(({ ctx, input }) => removeTemplate(ctx.db, ctx.userId, input.templateId)),
  preview: protectedProcedure
    .input(applyTemplateSchema)
    .mutation(({ ctx, input }) => previewTemplate(ctx.db, ctx.userId, input)),
  applyToAthletes: protectedProcedure
    .input(applyTemplateSchema)
    .mutation(({ ctx, input }) => applyTemplate(ctx.db, ctx.userId, input)),
});
