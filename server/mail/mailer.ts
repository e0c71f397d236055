import nodemailer, { type Transporter } from "nodemailer";
import type { OutgoingMail } from "./message";

/**
 * The one way the app sends email: SMTP through nodemailer when SMTP_URL is set (for example
 * smtp://user:pass@mail.example.com:587). Without it the message is logged and the caller shows
 * the link in the app instead, so the embedded two-command start needs no mail server.
 */

export type MailOutcome = { delivered: true } | { delivered: false; reason: "not-configured" | "failed" };

const DEFAULT_FROM = "Groundwork <no-reply@groundwork.invalid>";

let cached: { url: string; transporter: Transporter } | undefined;

function transporterFor(url: string): Transporter {
  if (cached?.url !== url) cached = { url, transporter: nodemailer.createTransport(url) };
  return cached.transporter;
}

export function mailConfigured(): boolean {
  return Boolean(process.env.SMTP_URL?.trim());
}

export async function sendMail(mail: OutgoingMail): Promise<MailOutcome> {
  const url = process.env.SMTP_URL?.trim();
  if (!url) {
    console.info(`[mail] SMTP_URL is not set; not sent to ${mail.to}: ${mail.subject}\n${mail.text}`);
    return { delivered: false, reason: "not-configured" };
  }
  try {
    await transporterFor(url).sendMail({
      from: process.env.MAIL_FROM?.trim() || DEFAULT_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
    return { delivered: true };
  } catch (error) {
    // A mail server being down must not undo the invitation: the app still shows the link.
    console.error(`[mail] sending to ${mail.to} failed:`, error instanceof Error ? error.message : error);
    return { delivered: false, reason: "failed" };
  }
}

/** The public address of the app, for links in messages (a message has no request to read it from). */
export function appOrigin(): string {
  const configured = process.env.APP_URL?.trim() || process.env.AUTH_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  return `http://localhost:${process.env.PORT?.trim() || "3000"}`;
}
