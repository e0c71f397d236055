import { signUpSchema } from "../../schemas/account";
import { deleteAccountSchema } from "../../schemas/account-deletion";
import { requestPasswordResetSchema, resetLinkStatusSchema, resetPasswordSchema } from "../../schemas/password-reset";
import { signUp } from "../../services/accounts";
import { deleteAccount } from "../../services/account-deletion";
import { exportAccountData } from "../../services/account-export";
import { requestPasswordReset, resetLinkStatus, resetPassword } from "../../services/password-reset";
import { protectedProcedure, publicProcedure, router } from "../init";

export const accountRouter = router({
  signUp: publicProcedure
    .input(signUpSchema)
    .mutation(({ ctx, input }) => signUp(ctx.db, input, { clientAddress: ctx.clientAddress, now: ctx.now() })),
  requestPasswordReset: publicProcedure
    .input(requestPasswordResetSchema)
    .mutation(({ ctx, input }) =>
      requestPasswordReset(ctx.db, input, { clientAddress: ctx.clientAddress, now: ctx.now() }),
    ),
  resetLinkStatus: publicProcedure
    .input(resetLinkStatusSchema)
    .query(({ ctx, input }) => resetLinkStatus(ctx.db, input.token, ctx.now())),
  resetPassword: publicProcedure
    .input(resetPasswordSchema)
    .mutation(({ ctx, input }) => resetPassword(ctx.db, input, { clientAddress: ctx.clientAddress, now: ctx.now() })),
  exportData: protectedProcedure.query(({ ctx }) => exportAccountData(ctx.db, ctx.userId, ctx.now())),
  delete: protectedProcedure
    .input(deleteAccountSchema)
    .mutation(({ ctx, input }) => deleteAccount(ctx.db, ctx.userId, input, ctx.now())),
});
