import { createHash, randomBytes } from "node:crypto";

/** A link token: 32 random bytes (base64url). Only its SHA-256 is stored. */
export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function invitationPath(token: string): string {
  return `/invitations/${token}`;
}
