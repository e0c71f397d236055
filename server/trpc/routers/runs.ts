import {
  athleteRefSchema,
  createRunSchema,
  dateRangeSchema,
  deleteRunSchema,
  importCommitSchema,
  importPreviewSchema,
  updateRunSchema,
} from "../../schemas/runs";
import { runCheckOffSchema } from "../../schemas/checkoff";
import { checkOffRun } from "../../services/checkoff";
import { commitImport, previewImport } from "../../services/run-import";
import { createRun, editRun, listRuns, removeRun } from "../../services/runs";
import { protectedProcedure, router } from "../init";

export const runsRouter = router({
  list: protectedProcedure
    .input(athleteRefSchema.and(dateRangeSchema))
    .query(({ ctx, input }) => listRuns(ctx.db, ctx.userId, input)),
  create: protectedProcedure.input(createRunSchema).mutation(({ ctx, input }) => createRun(ctx.db, ctx.userId, input)),
  update: protectedProcedure.input(updateRunSchema).mutation(({ ctx, input }) => editRun(ctx.db, ctx.userId, input)),
  delete: protectedProcedure
    .input(deleteRunSchema)
    .mutation(({ ctx, input }) => removeRun(ctx.db, ctx.userId, input.runId)),
  previewImport: protectedProcedure
    .input(importPreviewSchema)
    .mutation(({ ctx, input }) => previewImport(ctx.db, ctx.userId, input)),
  commitImport: protectedProcedure
    .input(importCommitSchema)
    .mutation(({ ctx, input }) => commitImport(ctx.db, ctx.userId, input)),
  checkOff: protectedProcedure
    .input(runCheckOffSchema)
    .mutation(({ ctx, input }) => checkOffRun(ctx.db, ctx.userId, input, ctx.now())),
});
