/**
 * Words and limits for the end of an account's life cycle: resetting a forgotten password and
 * deleting the account. Plain constants, safe for client components.
 */

/** A reset link works once, for this long after it was sent. */
export const RESET_LINK_MINUTES = 60;

/** What a person types to confirm deleting their account (case and surrounding spaces ignored). */
export const DELETE_CONFIRMATION_WORD = "DELETE";
