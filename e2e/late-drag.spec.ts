// Drag-and-drop loads after the week renders (components/week/week-dnd.tsx): arriving late, it must not
// remount the cards or close a "Move to…" menu the runner has already opened.
import { expect, test } from "@playwright/test";
import { newRunner, signUp } from "./fixtures";
import { thisMonday, addDays } from "./dates";

const raceDate = addDays(thisMonday, 11 * 7 + 6);

test("an open Move-to menu stays open while drag-and-drop arrives late, then the card drags", async ({ page }) => {
  await signUp(page, newRunner("Lazy Dnd"));
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/runs/templates");
  await page.getByLabel(/Three runs a week, 16 weeks/).check();
  await page.getByLabel("Race day").fill(raceDate);
  await page.getByRole("button", { name: "Preview the weeks" }).click();
  await page.getByRole("button", { name: /^Save these \d+ runs$/ }).click();
  await expect(page.getByText(/\d+ runs added\./)).toBeVisible();
  await page.goto("/plans/new");
  await page.getByLabel("Race date").fill(raceDate);
  await page.getByText("Dumbbells").click();
  await page.getByRole("button", { name: "Save this plan" }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);

  // Hold back every script chunk that holds dnd-kit for three seconds.
  let held = 0;
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes("DndDescribedBy")) {
      held += 1;
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }
    await route.fulfill({ response, body });
  });
  await page.goto(`/week?date=${addDays(thisMonday, 7)}`);
  const card = page.getByTestId("session-card").first();
  await expect(card).toBeVisible();
  await expect(card).not.toHaveAttribute("aria-describedby", /DndDescribedBy/);
  await page
    .getByRole("button", { name: /^Move the \w+ session$/ })
    .first()
    .click();
  const menuLabel = page.getByRole("menu", { name: /^Move the \w+ session$/ });
  await expect(menuLabel).toBeVisible();
  // Drag-and-drop arrives while the menu is open.
  await expect(card).toHaveAttribute("aria-describedby", /DndDescribedBy/, { timeout: 15_000 });
  expect(held).toBeGreaterThan(0);
  await expect(menuLabel).toBeVisible();
  await expect(menuLabel.getByRole("menuitem").first()).toBeVisible();
  await expect(card).toBeVisible();
  await page.keyboard.press("Escape");
});
