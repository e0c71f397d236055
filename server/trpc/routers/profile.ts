import { profileSchema } from "../../schemas/account";
import { getProfile, updateProfile } from "../../services/accounts";
import { getAthleteDay } from "../../services/athlete-day";
import { athleteDayQuerySchema } from "../../schemas/runs";
import { protectedProcedure, router } from "../init";

export const profileRouter = router({
  get: protectedProcedure.query(({ ctx }) => getProfile(ctx.db, ctx.userId)),
  today: protectedProcedure
    .input(athleteDayQuerySchema)
    .query(({ ctx, input }) => getAthleteDay(ctx.db, ctx.userId, input, ctx.now())),
  update: protectedProcedure
    .input(profileSchema)
    .mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.userId, input)),
});
