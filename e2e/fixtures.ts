import { expect, type Page } from "@playwright/test";
import { addDays, thisMonday } from "./dates";

let sequence = 0;

/** A new runner's details, unique per test run so tests never collide on email. */
export function newRunner(name = "Jamie Miles") {
  sequence += 1;
  return { name, email: `jamie-${Date.now()}-${sequence}@example.test`, password: "hill-repeats-8x" };
}

export async function signUp(page: Page, runner: ReturnType<typeof newRunner>) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(runner.name);
  await page.getByLabel("Email").fill(runner.email);
  await page.getByLabel("Password").fill(runner.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

/** A race 12 weeks out from this week's Monday: long enough for a block, inside every template. */
export const raceDate = addDays(thisMonday, 11 * 7 + 6);

/** The published three-runs-a-week calendar up to `raceDate`, previewed and saved. */
export async function addPublishedRuns(page: Page): Promise<void> {
  await page.goto("/runs/templates");
  await page.getByLabel(/Three runs a week, 16 weeks/).check();
  await page.getByLabel("Race day").fill(raceDate);
  await page.getByRole("button", { name: "Preview the weeks" }).click();
  await page.getByRole("button", { name: /^Save these \d+ runs$/ }).click();
  await expect(page.getByText(/\d+ runs added\./)).toBeVisible();
}

/**
 * A new runner with a published three-runs-a-week calendar and a dumbbell plan saved for
 * `raceDate`; returns the plan's URL.
 */
export async function newRunnerWithPlan(page: Page, name: string): Promise<string> {
  await signUp(page, newRunner(name));
  await expect(page).toHaveURL(/\/dashboard$/);
  await addPublishedRuns(page);
  await page.goto("/plans/new");
  await page.getByLabel("Race date").fill(raceDate);
  await page.getByText("Dumbbells").click();
  await expect(page.getByText("Week 16", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Save this plan" }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  return page.url();
}
