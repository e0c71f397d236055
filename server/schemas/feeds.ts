import { z } from "zod";
import { athleteRefSchema } from "./runs";

/** 32 random bytes in base64url: 43 characters of A-Z, a-z, 0-9, "-" and "_". */
export const feedTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "That is not a calendar feed address.");

export const feedRefSchema = athleteRefSchema;

export const createFeedSchema = athleteRefSchema.extend({
  includeRuns: z.boolean({ error: "Say whether the feed should hold your runs." }).optional(),
});

export const setFeedIncludesRunsSchema = athleteRefSchema.extend({
  includeRuns: z.boolean({ error: "Say whether the feed should hold your runs." }),
});

export const sessionDownloadSchema = z.object({ sessionId: z.uuid("That is not a session.") });

export type CreateFeedInput = z.output<typeof createFeedSchema>;
export type FeedIncludesRunsInput = z.output<typeof setFeedIncludesRunsSchema>;
