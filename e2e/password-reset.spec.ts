import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { startTestSmtpServer, type TestSmtpServer } from "../server/mail/test-smtp";
import { newRunner, signIn, signOut, signUp } from "./fixtures";

/**
 * A runner who forgot their password gets a link by email (read from a real SMTP server started
 * here, where the e2e app sends mail: E2E_PORT + 1000), chooses a new password and is signed in;
 * the link does not work twice. Then a runner downloads their data and deletes their account,
 * after which the old credentials no longer sign in.
 */

const smtpPort = Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1000);

let smtp: TestSmtpServer;
test.beforeAll(async () => {
  smtp = await startTestSmtpServer(smtpPort);
});
test.afterAll(async () => {
  await smtp?.close();
});

test("forgot password: the emailed link sets a new password once, then signs in", async ({ page }) => {
  const runner = newRunner("Riley Reset");
  await signUp(page, runner);
  await expect(page).toHaveURL(/\/dashboard$/);
  await signOut(page);

  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(runner.email);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByText("Check your email")).toBeVisible();

  const mail = await smtp.waitFor(runner.email);
  const link = /http:\/\/[^\s]+\/reset-password\?token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
  expect(link).toBeTruthy();

  await page.goto(link!);
  const newPassword = "tempo-tuesday-42";
  await page.getByLabel("New password").fill("password12");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText(/most common passwords|at least 10 characters/)).toBeVisible();
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // The link is used up.
  await page.goto(link!);
  await expect(page.getByText("This link was already used.", { exact: false })).toBeVisible();

  // The old password no longer works; the new one does.
  await page.goto("/dashboard");
  await signOut(page);
  await signIn(page, runner.email, runner.password);
  await expect(page.getByRole("alert").filter({ hasText: "That email and password don't match" })).toBeVisible();
  await signIn(page, runner.email, newPassword);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("delete account: download the data, confirm with the password, and the account is gone", async ({ page }) => {
  const runner = newRunner("Dana Delete");
  await signUp(page, runner);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/profile");

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download my data" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^groundwork-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, "utf8")) as { profile: { email: string } };
  expect(data.profile.email).toBe(runner.email);

  await page.getByRole("button", { name: "Delete my account…" }).click();
  await page.getByLabel("Your password").fill("wrong-password-1");
  await page.getByLabel("Type DELETE to confirm").fill("DELETE");
  await page.getByRole("button", { name: "Delete my account and data" }).click();
  await expect(page.getByText("That password is not right. Nothing was deleted.")).toBeVisible();

  await page.getByLabel("Your password").fill(runner.password);
  await page.getByRole("button", { name: "Delete my account and data" }).click();
  await expect(page).toHaveURL(/\/account-deleted$/);
  await expect(page.getByRole("heading", { name: "Your account is deleted" })).toBeVisible();

  await signIn(page, runner.email, runner.password);
  await expect(page.getByRole("alert").filter({ hasText: "That email and password don't match" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the account pages and the API answer with the security headers", async ({ request }) => {
  for (const path of ["/sign-in", "/forgot-password", "/reset-password?token=x", "/api/trpc/health.ping"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBeTruthy();
    expect(headers["permissions-policy"], path).toBeTruthy();
  }
});
