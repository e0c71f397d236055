import { signUpSchema } from "../../schemas/account";
import { signUp } from "../../services/accounts";
import { publicProcedure, router } from "../init";

export const accountRouter = router({
  signUp: publicProcedure.input(signUpSchema).mutation(({ ctx, input }) => signUp(ctx.db, input)),
});
