/**
 * The product's data model. Every athlete-owned row (runs, plans and what hangs off them,
 * completions, comments) carries or reaches an `athlete_id`; server/services/access.ts decides
 * who may read or change it from that id alone: the athlete, or a coach with an active link.
 * Tables arrive with the issue that needs them, each in its own migration.
 */
export * from "./users";
export * from "./coaching";
export * from "./runs";
export * from "./feeds";
export * from "./plans";
export * from "./history";
export * from "./comments";
export * from "./coach-templates";
export * from "./checkoffs";
export * from "./invitations";
export * from "./security";
export * from "./adherence-snapshots";
