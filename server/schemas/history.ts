import { z } from "zod";
import { athleteRefSchema, dateRangeSchema } from "./runs";

export const sessionHistorySchema = z.object({ sessionId: z.uuid() });
export const changedSinceSchema = athleteRefSchema.and(dateRangeSchema);
