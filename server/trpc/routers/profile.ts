import { profileSchema } from "../../schemas/account";
import { getProfile, updateProfile } from "../../services/accounts";
import { protectedProcedure, router } from "../init";

export const profileRouter = router({
  get: protectedProcedure.query(({ ctx }) => getProfile(ctx.db, ctx.userId)),
  update: protectedProcedure
    .input(profileSchema)
    .mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.userId, input)),
});
