import { createCallerFactory, router } from "../init";
import { accountRouter } from "./account";
import { adherenceRouter } from "./adherence";
import { coachTemplatesRouter } from "./coach-templates";
import { coachingRouter } from "./coaching";
import { commentsRouter } from "./comments";
import { feedsRouter } from "./feeds";
import { healthRouter } from "./health";
import { historyRouter } from "./history";
import { plansRouter } from "./plans";
import { prescriptionsRouter } from "./prescriptions";
import { profileRouter } from "./profile";
import { runsRouter } from "./runs";
import { securityRouter } from "./security";
import { sessionsRouter } from "./sessions";
import { templatesRouter } from "./templates";

export const appRouter = router({
  health: healthRouter,
  account: accountRouter,
  profile: profileRouter,
  runs: runsRouter,
  plans: plansRouter,
  feeds: feedsRouter,
  templates: templatesRouter,
  history: historyRouter,
  comments: commentsRouter,
  prescriptions: prescriptionsRouter,
  coachTemplates: coachTemplatesRouter,
  coaching: coachingRouter,
  sessions: sessionsRouter,
  adherence: adherenceRouter,
  security: securityRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
