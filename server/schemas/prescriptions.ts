import { z } from "zod";
import { exerciseIdSchema } from "../domain/checkoff";

/** Limits a person can sensibly prescribe; the planner itself stays well inside them. */
export const doseFields = {
  sets: z.number().int("Sets are a whole number.").min(1, "At least 1 set.").max(10, "At most 10 sets."),
  reps: z.number().int("Reps are a whole number.").min(1, "At least 1 rep.").max(100, "At most 100 reps.").optional(),
  seconds: z
    .number()
    .int("Seconds are a whole number.")
    .min(5, "At least 5 seconds.")
    .max(600, "At most 600 seconds (10 minutes).")
    .optional(),
  metres: z
    .number()
    .int("Metres are a whole number.")
    .min(5, "At least 5 metres.")
    .max(1000, "At most 1000 metres.")
    .optional(),
  intensity: z
    .string()
    .trim()
    .min(1, "Say how heavy or hard: for example “RPE 7” or “light band”.")
    .max(120, "Keep the load guidance under 120 characters."),
};

const oneMeasure = (dose: { reps?: number; seconds?: number; metres?: number }) =>
  [dose.reps, dose.seconds, dose.metres].filter((value) => value !== undefined).length === 1;
const oneMeasureMessage = { message: "Give reps, seconds or metres: exactly one of them.", path: ["reps"] };

const sessionRef = { sessionId: z.uuid() };
const position = z.number().int().min(0).max(1000);

export const editPrescriptionSchema = z
  .object({ ...sessionRef, position, ...doseFields })
  .refine(oneMeasure, oneMeasureMessage);

export const addExerciseSchema = z
  .object({ ...sessionRef, exerciseId: exerciseIdSchema, ...doseFields })
  .refine(oneMeasure, oneMeasureMessage);

export const removeExerciseSchema = z.object({ ...sessionRef, position });
export const exerciseOptionsSchema = z.object(sessionRef);

export type EditPrescription = z.infer<typeof editPrescriptionSchema>;
export type AddExercise = z.infer<typeof addExerciseSchema>;
