import { escapeHtml, oneLine } from "./escape";
import type { MailMessage } from "./message";

export type InvitationDirection = "coach-invites-athlete" | "athlete-invites-coach";

export interface InvitationMailInput {
  inviterName: string;
  direction: InvitationDirection;
  /** The absolute link holding the single-use token. */
  link: string;
  /** When the link stops working, already written for people ("14 Dec 2026"). */
  expiresOn: string;
}

function invitationAsk(input: InvitationMailInput): { subject: string; ask: string } {
  const name = oneLine(input.inviterName);
  return input.direction === "coach-invites-athlete"
    ? { subject: `${name} invites you to train with them on Groundwork`, ask: `${name} would like to coach you` }
    : { subject: `${name} asks you to coach them on Groundwork`, ask: `${name} would like you to be their coach` };
}

/** The invitation email: who asks, what accepting means, the link, and that ignoring it is fine. */
export function invitationMessage(input: InvitationMailInput): MailMessage {
  const { subject, ask } = invitationAsk(input);
  const meaning =
    "Accepting lets the coach see and change the athlete's runs, strength plan and sessions, and comment on them. Either of you can end the link at any time from the profile page.";
  const text = [
    `${ask}.`,
    "",
    meaning,
    "",
    `Open this link to accept or decline (it works once, until ${input.expiresOn}):`,
    input.link,
    "",
    "If you did not expect this, ignore this email: nothing changes unless you accept.",
  ].join("\n");
  const html = [
    `<p>${escapeHtml(ask)}.</p>`,
    `<p>${escapeHtml(meaning)}</p>`,
    `<p><a href="${escapeHtml(input.link)}">Accept or decline the invitation</a></p>`,
    `<p>The link works once, until ${escapeHtml(input.expiresOn)}. If the button does not work, copy this address: ${escapeHtml(input.link)}</p>`,
    "<p>If you did not expect this, ignore this email: nothing changes unless you accept.</p>",
  ].join("\n");
  return { subject, text, html };
}

export interface PasswordResetMailInput {
  /** The absolute link holding the single-use token. */
  link: string;
  /** How long the link works, already written for people ("1 hour"). */
  validFor: string;
}

/** The password-reset email: the link, how long it works, and that ignoring it changes nothing. */
export function passwordResetMessage(input: PasswordResetMailInput): MailMessage {
  const subject = "Choose a new Groundwork password";
  const intro = "Someone (we hope you) asked to reset the password of your Groundwork account.";
  const after = "Choosing a new password signs you out on every device; then sign in with the new one.";
  const ignore = "If you did not ask for this, ignore this email: your password stays as it is.";
  const text = [
    intro,
    "",
    `Open this link to choose a new password (it works once, for ${input.validFor}):`,
    input.link,
    "",
    after,
    "",
    ignore,
  ].join("\n");
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    `<p><a href="${escapeHtml(input.link)}">Choose a new password</a></p>`,
    `<p>The link works once, for ${escapeHtml(input.validFor)}. If the button does not work, copy this address: ${escapeHtml(input.link)}</p>`,
    `<p>${escapeHtml(after)}</p>`,
    `<p>${escapeHtml(ignore)}</p>`,
  ].join("\n");
  return { subject, text, html };
}
