import { expect, test, type Page } from "@playwright/test";
import { addPublishedRuns, newRunner, raceDate, signUp } from "./fixtures";
import { thisMonday, nextMonday, addDays } from "./dates";

// Race on a Sunday eleven weeks on: the block is under way, with long runs on Sundays.

function day(page: Page, weekdayShort: string) {
  return page.locator("main li", { has: page.getByRole("heading", { name: new RegExp(weekdayShort) }) });
}

test("a new runner goes from sign-up to a saved plan, moves a session by keyboard and by mouse, changes a run and re-plans", async ({
  page,
}) => {
  // The longest journey: on a busy 2-core CI machine it can pass the default minute.
  test.slow();
  await signUp(page, newRunner("Morgan Miles"));
  await expect(page).toHaveURL(/\/dashboard$/);

  // Runs from a published plan.
  await addPublishedRuns(page);

  // The plan, previewed live, then saved.
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Create your plan" }).click();
  await page.getByLabel("Race date").fill(raceDate);
  await page.getByText("Dumbbells").click();
  await expect(page.getByText(/Planned around the \d+ runs in your calendar/)).toBeVisible();
  await expect(page.getByText("Week 16", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Save this plan" }).click();

  // The overview: phases, the load-and-running chart.
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  const planUrl = page.url();
  await expect(page.getByRole("list", { name: "Phases of the block" })).toContainText("Foundation");
  await expect(page.getByRole("img", { name: "Strength volume and run volume per week" })).toBeVisible();

  // This week: runs and sessions together, today marked.
  await page.getByRole("link", { name: "This week" }).first().click();
  await expect(page).toHaveURL(/\/week$/);
  await expect(page.locator("[aria-current=date]")).toContainText("Today");
  await expect(day(page, "Sun")).toContainText("Long run");
  const sessions = page.getByTestId("session-card");
  await expect(sessions).toHaveCount(2);

  // Open a session: exercises with their reasons.
  await sessions.first().getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Why this day and this load" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Swap / }).first()).toBeVisible();
  await page.goBack();

  // Move the first session to Saturday, the day before the long run, with the keyboard only.
  const trigger = page.getByRole("button", { name: /^Move the \w+ session$/ }).first();
  await trigger.focus();
  await page.keyboard.press("Enter");
  for (let step = 0; step < 8; step++) {
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    if (focused.startsWith("Saturday")) break;
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("the day before a long run");
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Move anyway" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^Moved to Saturday/)).toBeVisible();
  await expect(day(page, "Sat").getByTestId("session-card")).toContainText("moved by you");

  // Drag it with the mouse to Wednesday.
  const card = day(page, "Sat").getByTestId("session-card");
  await expect(card).toHaveAttribute("aria-describedby", /DndDescribedBy/);
  await card.scrollIntoViewIfNeeded();
  const from = await card.boundingBox();
  const to = await day(page, "Wed").boundingBox();
  if (!from || !to) throw new Error("the card and the day must be on screen");
  // Grab the card's top edge (not its text), pass the 8 px activation distance, then drop near Wednesday's top.
  await page.mouse.move(from.x + from.width / 2, from.y + 6);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 - 20, from.y + 16, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 12 });
  await page.mouse.up();
  const confirm = page.getByRole("dialog", { name: /^Move to Wednesday/ });
  await expect(page.getByText(/^Moved to Wednesday/).or(confirm)).toBeVisible();
  if (await confirm.isVisible()) await confirm.getByRole("button", { name: "Move anyway" }).click();
  await expect(day(page, "Wed").getByTestId("session-card").filter({ hasText: "moved by you" })).toBeVisible();

  // The intervals of next week move from Tuesday to Wednesday.
  await page.goto(`/runs?week=${nextMonday}`);
  await page
    .getByRole("listitem", { name: /^Tuesday/ })
    .getByRole("button", { name: /^Edit / })
    .first()
    .click();
  await page.getByRole("dialog").getByLabel("Day").fill(addDays(nextMonday, 2));
  await page.getByRole("dialog").getByRole("button", { name: "Save run" }).click();
  await expect(page.getByRole("listitem", { name: /^Wednesday/ })).toContainText("Intervals");

  // The plan notices and re-plans from today, showing the changes first.
  await page.goto(planUrl);
  await expect(page.getByText("Your run calendar has changed since these sessions were placed")).toBeVisible();
  await page.getByRole("button", { name: "Re-plan from today" }).click();
  const changes = page.getByRole("list", { name: "Changes re-planning would make" });
  await expect(changes).toContainText("Moved");
  await page.getByRole("button", { name: "Apply these changes" }).click();
  await expect(page.getByText(/^Re-planned: \d+ changes? applied\./)).toBeVisible();

  // Reloading shows the same state: the plan is up to date, next week's sessions have left the
  // Tuesday that no longer has a run, and the hand-moved session is still where it was put.
  await page.reload();
  await expect(page.getByText("Your run calendar has changed since these sessions were placed")).toHaveCount(0);
  await page.goto(`/week?date=${nextMonday}`);
  await page.reload();
  await expect(day(page, "Tue").getByTestId("session-card")).toHaveCount(0);
  await expect(page.getByTestId("session-card").first()).toBeVisible();
  await page.goto(`/week?date=${thisMonday}`);
  await expect(day(page, "Wed").getByTestId("session-card").filter({ hasText: "moved by you" })).toBeVisible();
});
