import { createCallerFactory, router } from "../init";
import { accountRouter } from "./account";
import { healthRouter } from "./health";
import { profileRouter } from "./profile";
import { runsRouter } from "./runs";

export const appRouter = router({
  health: healthRouter,
  account: accountRouter,
  profile: profileRouter,
  runs: runsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
