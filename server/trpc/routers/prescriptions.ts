import {
  addExerciseSchema,
  editPrescriptionSchema,
  exerciseOptionsSchema,
  removeExerciseSchema,
} from "../../schemas/prescriptions";
import { addExercise, editPrescription, exerciseOptions, removeExercise } from "../../services/prescriptions";
import { protectedProcedure, router } from "../init";

export const prescriptionsRouter = router({
  options: protectedProcedure
    .input(exerciseOptionsSchema)
    .query(({ ctx, input }) => exerciseOptions(ctx.db, ctx.userId, input.sessionId)),
  edit: protectedProcedure
    .input(editPrescriptionSchema)
    .mutation(({ ctx, input }) => editPrescription(ctx.db, ctx.userId, input)),
  addExercise: protectedProcedure
    .input(addExerciseSchema)
    .mutation(({ ctx, input }) => addExercise(ctx.db, ctx.userId, input)),
  removeExercise: protectedProcedure
    .input(removeExerciseSchema)
    .mutation(({ ctx, input }) => removeExercise(ctx.db, ctx.userId, input)),
});
