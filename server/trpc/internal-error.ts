import type { TRPCError } from "@trpc/server";

/** What the caller sees for an error we did not expect: no SQL, parameters or stack, only a reference. */
export function internalErrorMessage(requestId: string): string {
  return `Something went wrong on our side. If it keeps happening, quote reference ${requestId}.`;
}

interface InternalErrorReport {
  error: TRPCError;
  path: string | undefined;
  type: string;
}

function describeError(error: unknown): { name: string; message: string; stack?: string } {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `; cause: ${error.cause.message}` : "";
    return { name: error.name, message: error.message + cause, stack: error.stack };
  }
  return { name: "NonError", message: String(error) };
}

/**
 * Logs an unexpected error as one JSON line (so a log search finds it by its reference) and
 * returns the reference the caller is shown. The real error, SQL included, stays on the server.
 */
export function reportInternalError({ error, path, type }: InternalErrorReport): string {
  const requestId = globalThis.crypto.randomUUID();
  const line = {
    level: "error",
    event: "trpc.internal_error",
    requestId,
    path: path ?? null,
    type,
    error: describeError(error.cause ?? error),
  };
  console.error(JSON.stringify(line));
  return requestId;
}
