import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/routers";

/** Every shape the check-off UI reads comes from the procedures themselves, never copied by hand. */
type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

export type Week = Outputs["plans"]["week"];
export type WeekDay = Week["days"][number];
export type WeekSessionView = WeekDay["sessions"][number];
export type WeekRunView = WeekDay["runs"][number];
export type SessionCheckOffState = WeekSessionView["checkOff"];
export type RunCheckOffState = WeekRunView["checkOff"];
export type WeekAdherence = Week["adherence"];

export type SessionDetailView = Outputs["plans"]["session"];
export type SessionHistory = Outputs["sessions"]["history"];

export type AdherenceSummary = Outputs["adherence"]["summary"];
export type AdherenceWeek = AdherenceSummary["weeks"][number];
export type RecentAdherence = Outputs["adherence"]["recent"];
export type Figure = AdherenceSummary["combined"];

export type SessionCheckOffInput = Inputs["sessions"]["checkOff"];
export type SessionLogInput = Inputs["sessions"]["log"];
export type SessionSorenessInput = Inputs["sessions"]["soreness"];
export type RunCheckOffInput = Inputs["runs"]["checkOff"];
