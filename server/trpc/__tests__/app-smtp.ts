import { afterAll, beforeAll, vi } from "vitest";
import { startTestSmtpServer, type TestSmtpServer } from "../../mail/test-smtp";

/**
 * A real SMTP server the app sends to for the whole test file, with links pointing at
 * http://groundwork.test. Call at the top of a file; read the server through the returned getter.
 */
export function appSmtpForThisFile(): () => TestSmtpServer {
  let smtp: TestSmtpServer | undefined;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    vi.stubEnv("SMTP_URL", smtp.url);
    vi.stubEnv("APP_URL", "http://groundwork.test");
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await smtp?.close();
  });
  return () => {
    if (!smtp) throw new Error("the SMTP server starts in beforeAll");
    return smtp;
  };
}
