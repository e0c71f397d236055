import { TRPCError } from "@trpc/server";

/** The tRPC error code a call fails with, or "resolved": lets tests assert refusals in one line. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return error instanceof TRPCError ? error.code : String(error);
  }
}
