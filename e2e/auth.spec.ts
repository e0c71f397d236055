import { expect, test } from "@playwright/test";
import { newRunner, signIn, signOut, signUp } from "./fixtures";

test("a new runner signs up, sees what to do next, signs out and back in", async ({ page }) => {
  const runner = newRunner("Jamie Miles");
  await signUp(page, runner);

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Welcome, Jamie" })).toBeVisible();
  await expect(page.getByText("You have no strength plan yet")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Add your run calendar" })).toBeVisible();

  await signOut(page);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdashboard/);

  await signIn(page, runner.email, runner.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Welcome, Jamie" })).toBeVisible();
});

test("signing up twice with one email says the account exists", async ({ page }) => {
  const runner = newRunner("Sam Pace");
  await signUp(page, runner);
  await expect(page).toHaveURL(/\/dashboard$/);
  await signOut(page);

  await signUp(page, { ...runner, email: runner.email.toUpperCase() });
  await expect(page.getByText("An account with this email already exists. Sign in instead.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("a weak password is refused with a clear message", async ({ page }) => {
  await signUp(page, { ...newRunner(), password: "short" });
  await expect(page.getByText("Use at least 10 characters; spaces don't count.")).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("a wrong password is refused without saying which part was wrong", async ({ page }) => {
  await signIn(page, "athlete@example.com", "not-the-password-1");
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an anonymous visit goes to sign-in, and back to the page after signing in", async ({ page }) => {
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprofile/);
  await expect(page.getByRole("heading", { name: "Welcome back" })).toBeVisible();
  await page.getByLabel("Email").fill("athlete@example.com");
  await page.getByLabel("Password").fill("demo-athlete-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByLabel("Display name")).toHaveValue("Alex Runner");
});

test("the demo athlete, mid-block, lands on this week's runs and sessions", async ({ page }) => {
  await signIn(page, "athlete@example.com", "demo-athlete-2026");
  await expect(page).toHaveURL(/\/week$/);
  await expect(page.locator("[aria-current=date]")).toContainText("Today");
  await expect(page.getByTestId("session-card").first()).toBeVisible();
});

test("the profile page edits time zone, units and week start, and keeps them", async ({ page }) => {
  const runner = newRunner("Robin Tempo");
  await signUp(page, runner);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("link", { name: "Review settings" }).click();
  await expect(page.getByRole("heading", { name: "Profile and settings" })).toBeVisible();

  await page.getByLabel("Time zone").selectOption("America/Chicago");
  await page.getByLabel("Distances in").selectOption("mi");
  await page.getByLabel("Week starts on").selectOption("sunday");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Time zone")).toHaveValue("America/Chicago");
  await expect(page.getByLabel("Distances in")).toHaveValue("mi");
  await expect(page.getByLabel("Week starts on")).toHaveValue("sunday");
});
