import { expect, type Page } from "@playwright/test";

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
