import { z } from "zod";
import { DELETE_CONFIRMATION_WORD } from "../domain/account-lifecycle";

/** Deleting an account asks for the password and a typed word, so it never happens by a slip. */
export const deleteAccountSchema = z.object({
  password: z.string().min(1, "Enter your password.").max(200),
  confirmation: z
    .string()
    .max(50)
    .refine(
      (value) => value.trim().toUpperCase() === DELETE_CONFIRMATION_WORD,
      `Type ${DELETE_CONFIRMATION_WORD} to confirm.`,
    ),
});
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
