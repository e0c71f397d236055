import { MAX_ICS_BYTES } from "./limits";

/**
 * Limits on one tRPC request. The client batches at most MAX_BATCH_CALLS calls per request, so
 * the server refusing a bigger batch only ever refuses a hand-made one.
 */
export const MAX_BATCH_CALLS = 10;

/** A request body of any procedure: forms and check-offs are a few kilobytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * A calendar import carries the whole file as a JSON string: escaping line breaks, tabs and
 * quotes takes two bytes each, so a file of MAX_ICS_BYTES needs at most twice that, plus room
 * for the rest of the request.
 */
export const MAX_IMPORT_BODY_BYTES = 2 * MAX_ICS_BYTES + 64 * 1024;

/** The procedures whose requests may carry a whole calendar file. */
export const IMPORT_PROCEDURES: readonly string[] = ["runs.previewImport"];
