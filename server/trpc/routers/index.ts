import { createCallerFactory, router } from "../init";
import { accountRouter } from "./account";
import { healthRouter } from "./health";
import { plansRouter } from "./plans";
import { profileRouter } from "./profile";
import { runsRouter } from "./runs";

export const appRouter = router({
  health: healthRouter,
  account: accountRouter,
  profile: profileRouter,
  runs: runsRouter,
  plans: plansRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
