import { z } from "zod";
import { invitationDirectionSchema, invitationTokenSchema } from "../domain/coaching";
import { emailSchema } from "./account";

/** Input schemas of the coaching procedures (pure zod: the forms use them too). */

export const inviteSchema = z.object({
  direction: invitationDirectionSchema,
  /** Optional: without it the invitation is a link to copy and send any way you like. */
  email: z.union([z.literal("").transform(() => undefined), emailSchema]).optional(),
});
export type InviteInput = z.infer<typeof inviteSchema>;

export const invitationTokenRefSchema = z.object({ token: invitationTokenSchema });

/** An invitation is answered through its link (token) or, when it was sent to your email, from the app (id). */
export const invitationAnswerSchema = z
  .object({ token: invitationTokenSchema.optional(), invitationId: z.uuid("That is not an invitation.").optional() })
  .refine((value) => (value.token === undefined) !== (value.invitationId === undefined), {
    message: "Answer an invitation by its link or by its id, not both.",
  });
export type InvitationAnswerInput = z.infer<typeof invitationAnswerSchema>;

export const invitationRefSchema = z.object({ invitationId: z.uuid("That is not an invitation.") });

export const linkRefSchema = z.object({
  athleteId: z.uuid("That is not an athlete."),
  coachId: z.uuid("That is not a coach."),
});

export const athleteIdSchema = z.object({ athleteId: z.uuid("That is not an athlete.") });
