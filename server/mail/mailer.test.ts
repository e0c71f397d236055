import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sendMail } from "./mailer";
import { invitationMessage } from "./messages";
import { startTestSmtpServer, type TestSmtpServer } from "./test-smtp";

describe("mailer over SMTP", () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    await smtp.close();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("delivers an invitation with its subject, text and HTML to the SMTP server", async () => {
    vi.stubEnv("SMTP_URL", smtp.url);
    const link = "http://localhost:3000/invitations/abc_DEF-123?x=1&y=2";
    const message = invitationMessage({
      inviterName: "Casey Coach",
      direction: "coach-invites-athlete",
      link,
      expiresOn: "14 Dec 2026",
    });
    expect(await sendMail({ to: "alex@example.test", ...message })).toEqual({ delivered: true });
    const mail = await smtp.waitFor("alex@example.test");
    expect(mail.subject).toBe("Casey Coach invites you to train with them on Groundwork");
    expect(mail.text).toContain(link);
    expect(mail.html).toContain('href="http://localhost:3000/invitations/abc_DEF-123?x=1&amp;y=2"');
  });

  it("escapes a hostile name in the HTML and keeps it to one line in the subject", async () => {
    const message = invitationMessage({
      inviterName: '<img src=x onerror="alert(1)">\r\nBcc: victim@example.test',
      direction: "athlete-invites-coach",
      link: "http://localhost:3000/invitations/t",
      expiresOn: "1 Jan 2027",
    });
    expect(message.html).not.toContain("<img");
    expect(message.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(message.subject).not.toMatch(/[\r\n]/);
    expect(message.subject).toContain("asks you to coach them");
  });

  it("without SMTP_URL logs the message and reports it was not sent", async () => {
    vi.stubEnv("SMTP_URL", "");
    const log = vi.spyOn(console, "info").mockImplementation(() => {});
    const before = smtp.received.length;
    const outcome = await sendMail({ to: "x@example.test", subject: "Hello", text: "the link", html: "<p>x</p>" });
    expect(outcome).toEqual({ delivered: false, reason: "not-configured" });
    expect(log.mock.calls.flat().join(" ")).toContain("the link");
    expect(smtp.received.length).toBe(before);
    log.mockRestore();
  });

  it("reports a failure (and does not throw) when the SMTP server cannot be reached", async () => {
    const closed = await startTestSmtpServer();
    await closed.close();
    vi.stubEnv("SMTP_URL", closed.url);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await sendMail({ to: "x@example.test", subject: "S", text: "t", html: "h" })).toEqual({
      delivered: false,
      reason: "failed",
    });
    errors.mockRestore();
  });
});
