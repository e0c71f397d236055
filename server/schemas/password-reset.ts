import { z } from "zod";
import { emailSchema, passwordSchema } from "./account";

/** Input schemas for "forgot your password": the forms use them too. */

export const requestPasswordResetSchema = z.object({ email: emailSchema });
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetSchema>;

/** The link's token: 32 random bytes in base64url (43 characters); anything else is not a link we sent. */
export const resetTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{20,100}$/, "This reset link is not complete. Open it again from the email.");

export const resetLinkStatusSchema = z.object({ token: resetTokenSchema });

export const resetPasswordSchema = z.object({ token: resetTokenSchema, password: passwordSchema });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
