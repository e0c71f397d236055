import { changePasswordSchema } from "../../schemas/security";
import { changePassword } from "../../services/accounts";
import { endEveryAuthSession } from "../../services/auth-sessions";
import { protectedProcedure, router } from "../init";

export const securityRouter = router({
  /** Ends every session of the caller, this browser's included: the client signs out next. */
  signOutEverywhere: protectedProcedure.mutation(({ ctx }) => endEveryAuthSession(ctx.db, ctx.userId)),
  changePassword: protectedProcedure
    .input(changePasswordSchema)
    .mutation(({ ctx, input }) => changePassword(ctx.db, ctx.userId, ctx.sessionId, input, ctx.now())),
});
