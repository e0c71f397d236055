import { z } from "zod";
import { passwordWeakness } from "../domain/password-strength";
import { plainText } from "../domain/text";
import { isTimeZone, timeZoneSchema } from "../domain/time-zone";
import { distanceUnitSchema, weekStartSchema } from "../domain/vocabulary";

/**
 * Input schemas shared by the forms (for instant feedback) and the server (the real check).
 * Pure zod: safe to import from client components.
 */

export const PASSWORD_RULE =
  "Use at least 10 characters (spaces don't count), mixing letters with numbers or symbols; common passwords are refused.";

/** The one password rule: sign-up, and any later password change, parse with this. */
export const passwordSchema = z
  .string()
  .max(200, "That password is too long (200 characters at most).")
  .superRefine((value, context) => {
    const weakness = passwordWeakness(value);
    if (weakness) context.addIssue({ code: "custom", message: weakness });
  });

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address."))
  .pipe(z.string().max(254));

export const displayNameSchema = plainText(80, "Keep the name under 80 characters.").pipe(
  z.string().min(1, "Tell us what to call you."),
);

export { isTimeZone, timeZoneSchema };
export const unitsSchema = distanceUnitSchema;
export { weekStartSchema };

export const signUpSchema = z.object({
  email: emailSchema,
  name: displayNameSchema,
  password: passwordSchema,
  timeZone: timeZoneSchema.optional(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});

export const profileSchema = z.object({
  name: displayNameSchema,
  timeZone: timeZoneSchema,
  units: unitsSchema,
  weekStart: weekStartSchema,
});
export type ProfileInput = z.infer<typeof profileSchema>;
