import { TRPCError } from "@trpc/server";

/** Runs a server-side call; a NOT_FOUND (or FORBIDDEN) becomes undefined so the page can 404. */
export async function loadOrNotFound<T>(load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    if (
      error instanceof TRPCError &&
      (error.code === "NOT_FOUND" || error.code === "FORBIDDEN" || error.code === "BAD_REQUEST")
    )
      return undefined;
    throw error;
  }
}
