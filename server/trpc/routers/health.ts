import { publicProcedure, router } from "../init";

export const healthRouter = router({
  /** No database work: the floor later benchmarks measure against. */
  ping: publicProcedure.query(() => ({ ok: true as const })),
});
