import { z } from "zod";
import { DATE_YEARS, isIsoDate, isSaneDate } from "./dates";

/** Every date the product takes in: a real calendar date, written `YYYY-MM-DD`, years 1900-2200. */
export const isoDateSchema = z
  .string({ error: "Use a real date written as YYYY-MM-DD." })
  .refine(isIsoDate, { error: "Use a real date written as YYYY-MM-DD.", abort: true })
  .refine(isSaneDate, `Choose a date between ${DATE_YEARS.min} and ${DATE_YEARS.max}.`);
