import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/routers";

/**
 * What each procedure returns and takes, derived from the router: components name a shape as
 * `RouterOutputs["plans"]["week"]...` and never copy a server type by hand.
 */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

/** One week of the plan overview, as plans.overview sends it. */
export type OverviewWeekData = RouterOutputs["plans"]["overview"]["weeks"][number];
/** One strength session of the week view, as plans.week sends it. */
export type WeekSessionData = RouterOutputs["plans"]["week"]["days"][number]["sessions"][number];
