import { expect, test, type Page } from "@playwright/test";
import { checkPage, skipPrefetches } from "./axe";
import { newRunner, signIn, signUp } from "./fixtures";

/**
 * Every page passes axe signed out, as a new runner and as the demo athlete mid-block, at 1280 px
 * and 375 px, in light and dark. To cover a new page, add its path to the list it belongs to
 * (a path with an id gets it from `pathsWithIds`).
 */

const SIGNED_OUT = ["/", "/sign-in", "/sign-up", "/no-such-page"];

/** Pages every signed-in runner has, with or without a plan. */
const SIGNED_IN = [
  "/dashboard",
  "/week",
  "/plans",
  "/plans/new",
  "/profile",
  "/runs",
  "/runs/start",
  "/runs/import",
  "/runs/templates",
  "/runs/build",
];

/** Pages that need a plan and a session: the demo athlete's. */
async function pathsWithIds(page: Page): Promise<string[]> {
  await page.goto("/plans");
  const planHref = await page.locator('main a[href^="/plans/"]:not([href="/plans/new"])').first().getAttribute("href");
  await page.goto("/week");
  const sessionHref = await page.locator('main a[href^="/sessions/"]').first().getAttribute("href");
  expect(planHref, "the demo athlete has a plan").toMatch(/^\/plans\/[\w-]+$/);
  expect(sessionHref, "the demo athlete has a session this week").toMatch(/^\/sessions\/[\w-]+$/);
  return [planHref!, `${planHref!}/print`, sessionHref!];
}

async function checkAll(page: Page, paths: string[]) {
  for (const path of paths) await checkPage(page, path);
}

test.describe("accessibility (axe)", () => {
  // Each page: one load, four checks (two widths, two schemes); axe takes a second or two per
  // check on a busy machine, so a group needs more than the default minute.
  test.describe.configure({ timeout: 180_000 });
  test.beforeEach(async ({ page }) => skipPrefetches(page));

  test("signed out", async ({ page }) => {
    await checkAll(page, SIGNED_OUT);
  });

  test("a new runner, before any plan", async ({ page }) => {
    await signUp(page, newRunner("Alex Pace"));
    await expect(page).toHaveURL(/\/dashboard$/);
    await checkAll(page, SIGNED_IN);
  });

  test("the demo athlete, mid-block", async ({ page }) => {
    await signIn(page, "athlete@example.com", "demo-athlete-2026");
    await expect(page).toHaveURL(/\/week$/);
    await checkAll(page, [...SIGNED_IN, ...(await pathsWithIds(page))]);
  });

  test("the demo coach, with athletes", async ({ page }) => {
    await signIn(page, "coach@example.com", "demo-coach-2026");
    await expect(page).toHaveURL(/\/dashboard$/);
    const athleteHref = await page.locator('main a[href^="/athletes/"]').first().getAttribute("href");
    const athlete = athleteHref?.match(/^\/athletes\/[\w-]+/)?.[0];
    expect(athlete, "the demo coach has a linked athlete").toBeTruthy();
    await checkAll(page, [
      "/dashboard",
      "/coach/templates",
      `${athlete!}/week`,
      `${athlete!}/plan`,
      `${athlete!}/runs`,
      `${athlete!}/plans/new`,
    ]);
  });
});
