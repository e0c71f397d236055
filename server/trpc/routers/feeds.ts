import { createFeedSchema, feedRefSchema, setFeedIncludesRunsSchema } from "../../schemas/feeds";
import { createFeed, getFeed, regenerateFeed, revokeFeed, setFeedRuns } from "../../services/feeds";
import { protectedProcedure, router } from "../init";

export const feedsRouter = router({
  get: protectedProcedure.input(feedRefSchema).query(({ ctx, input }) => getFeed(ctx.db, ctx.userId, input.athleteId)),
  create: protectedProcedure
    .input(createFeedSchema)
    .mutation(({ ctx, input }) => createFeed(ctx.db, ctx.userId, input)),
  regenerate: protectedProcedure
    .input(feedRefSchema)
    .mutation(({ ctx, input }) => regenerateFeed(ctx.db, ctx.userId, input.athleteId)),
  revoke: protectedProcedure
    .input(feedRefSchema)
    .mutation(({ ctx, input }) => revokeFeed(ctx.db, ctx.userId, input.athleteId)),
  setIncludeRuns: protectedProcedure
    .input(setFeedIncludesRunsSchema)
    .mutation(({ ctx, input }) => setFeedRuns(ctx.db, ctx.userId, input)),
});
