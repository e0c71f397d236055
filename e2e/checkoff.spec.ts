import { expect, test, type Locator, type Page } from "@playwright/test";
import { axeFindings } from "./axe";
import { newRunnerWithPlan } from "./fixtures";
import { nextMonday, addDays } from "./dates";

const QUEUE_KEY = "groundwork-offline-writes";

test.use({ viewport: { width: 375, height: 812 } });

/** Puts the first session of the week on today, so it may be ticked done whatever weekday this runs on. */
async function firstSessionOnToday(page: Page): Promise<Locator> {
  const todayColumn = page.locator("[aria-current=date]");
  if ((await todayColumn.getByTestId("session-card").count()) === 0) {
    await page
      .getByRole("button", { name: /^Move the \w+ session$/ })
      .first()
      .click();
    const heading = await todayColumn.getByRole("heading").innerText();
    const weekday = heading.split(/\s/)[0] ?? "";
    await page.getByRole("menuitem", { name: new RegExp(`^${weekday}`) }).click();
    const dialog = page.getByRole("dialog");
    const moved = page.getByText(/^Moved to /);
    await expect(moved.or(dialog)).toBeVisible();
    if (await dialog.isVisible()) await dialog.getByRole("button", { name: "Move anyway" }).click();
    await expect(moved).toBeVisible();
  }
  return todayColumn.getByTestId("session-card").first();
}

/** axe on the page as it is now: every rule in light, the colour rules again in dark. */
async function expectAccessible(page: Page, label: string) {
  await page.emulateMedia({ colorScheme: "light" });
  expect(await axeFindings(page), `axe on ${label}, light`).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await axeFindings(page, { onlyColors: true }), `axe on ${label}, dark`).toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });
}

function strengthDetail(page: Page): Locator {
  return page.getByTestId("week-adherence").getByText(/^\d+ of \d+ sets$/);
}

test("a runner ticks, logs and skips on a phone, offline too, and nothing is lost or counted twice", async ({
  page,
  context,
}) => {
  // Sign-up, a run calendar and a plan come first: the whole journey takes longer than one page's test.
  test.setTimeout(240_000);
  const planUrl = await newRunnerWithPlan(page, "Robin Ticks");
  await page.goto("/week");
  const session = await firstSessionOnToday(page);
  const adherence = page.getByTestId("week-adherence");
  await expect(adherence).toBeVisible();
  const before = await adherence.innerText();

  // One tap: done, and the week's figures change at once.
  await session.getByRole("button", { name: "Done", exact: true }).click();
  await expect(session.getByTestId("check-off-state")).toHaveText(/Done/);
  await expect(adherence).not.toHaveText(before);
  const ticked = await strengthDetail(page).innerText();

  // Undo, then a double tap: the session counts once.
  await session.getByRole("button", { name: /^Undo the check-off/ }).click();
  await expect(session.getByTestId("check-off-state")).toHaveText("To check off");
  await expect(strengthDetail(page)).not.toHaveText(ticked);
  await session.getByRole("button", { name: "Done", exact: true }).dblclick();
  await expect(strengthDetail(page)).toHaveText(ticked);
  await page.reload();
  await expect(strengthDetail(page)).toHaveText(ticked);
  await expect(
    page.locator("[aria-current=date]").getByTestId("session-card").first().getByTestId("check-off-state"),
  ).toHaveText(/Done/);

  // Open it and log the first set heavier than prescribed.
  await page.locator("[aria-current=date]").getByTestId("session-card").first().getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Training log" })).toBeVisible();
  await page.getByRole("button", { name: "Log set by set" }).click();
  const firstLoad = page.getByRole("textbox", { name: /^Load \(kg\) of set 1,/ }).first();
  await firstLoad.fill("24");
  await expectAccessible(page, "the training log form");
  await page.getByRole("button", { name: "Save the log" }).click();
  const summary = page.getByTestId("logged-summary");
  await expect(summary).toContainText("× 24 kg");
  await page.reload();
  await expect(page.getByTestId("logged-summary")).toContainText("× 24 kg");
  await expect(page.getByTestId("logged-summary")).toContainText("Prescribed");
  await expect(page.getByRole("img", { name: /^Top load of / }).first()).toBeVisible();
  await expectAccessible(page, "the logged session");

  // Back on the week: a run skipped, with a reason.
  await page.goto("/week");
  const runs = page.getByTestId("week-run").filter({ has: page.getByTestId("run-check-off") });
  const run = runs.first();
  await run.getByRole("button", { name: "Skipped", exact: true }).click();
  await run.getByRole("button", { name: "Ill", exact: true }).click();
  await expect(run.getByTestId("check-off-state")).toHaveText(/Skipped · Ill/);
  await page.reload();
  await expect(runs.first().getByTestId("check-off-state")).toHaveText(/Skipped · Ill/);
  await expect(strengthDetail(page)).toHaveText(ticked);
  await expectAccessible(page, "the week with check-offs");

  // Offline: two ticks wait in the browser, survive the closed tab and reach the server once back.
  const otherSession = page
    .getByTestId("session-card")
    .filter({ hasNot: page.getByTestId("check-off-state").filter({ hasText: "Done" }) })
    .last();
  const otherRun = runs.nth(1);
  await context.setOffline(true);
  await otherSession.getByRole("button", { name: "Skipped", exact: true }).click();
  await otherRun.getByRole("button", { name: "Skipped", exact: true }).click();
  await expect(page.getByText("Waiting to sync", { exact: true })).toHaveCount(2);
  await expect(page.getByText(/2 changes waiting to sync/)).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(
        (key) => JSON.parse(localStorage.getItem(key) ?? "{}")?.clientState?.mutations?.length ?? 0,
        QUEUE_KEY,
      ),
    )
    .toBe(2);
  await page.close();
  await context.setOffline(false);

  const reopened = await context.newPage();
  const sent = (procedure: string) =>
    reopened.waitForResponse((response) => response.url().includes(procedure) && response.ok());
  const bothSent = Promise.all([sent("sessions.checkOff"), sent("runs.checkOff")]);
  await reopened.goto("/week");
  await bothSent;
  await expect(reopened.getByText(/waiting to sync/i)).toHaveCount(0);
  await expect
    .poll(() =>
      reopened.evaluate(
        (key) => JSON.parse(localStorage.getItem(key) ?? "{}")?.clientState?.mutations?.length ?? 0,
        QUEUE_KEY,
      ),
    )
    .toBe(0);
  // Only the server's word now: the queue is gone, and the page is loaded afresh.
  await reopened.evaluate((key) => localStorage.removeItem(key), QUEUE_KEY);
  await reopened.reload();
  const skippedStates = reopened.getByTestId("check-off-state").filter({ hasText: /^Skipped/ });
  await expect(skippedStates).toHaveCount(3);

  // A re-plan (after a run moves) keeps every logged session and its sets.
  await reopened.goto(`/runs?week=${nextMonday}`);
  await reopened
    .getByRole("listitem", { name: /^Tuesday/ })
    .getByRole("button", { name: /^Edit / })
    .first()
    .click();
  await reopened.getByRole("dialog").getByLabel("Day").fill(addDays(nextMonday, 2));
  await reopened.getByRole("dialog").getByRole("button", { name: "Save run" }).click();
  await reopened.goto(planUrl);
  await reopened.getByRole("button", { name: "Re-plan from today" }).click();
  const apply = reopened.getByRole("button", { name: "Apply these changes" });
  const upToDate = reopened.getByRole("button", { name: "Mark it as up to date" });
  await expect(apply.or(upToDate)).toBeVisible();
  await ((await apply.isVisible()) ? apply : upToDate).click();
  await expect(reopened.getByText(/^Re-planned|already fitted/)).toBeVisible();
  await expect(reopened.getByRole("img", { name: /Adherence week by week/ })).toBeVisible();
  await expectAccessible(reopened, "the plan with adherence");

  await reopened.goto("/week");
  await expect(strengthDetail(reopened)).toHaveText(ticked);
  await expect(reopened.getByTestId("check-off-state").filter({ hasText: /^Skipped/ })).toHaveCount(3);
  await reopened.locator("[aria-current=date]").getByTestId("session-card").first().getByRole("link").click();
  await expect(reopened.getByTestId("logged-summary")).toContainText("× 24 kg");
});
