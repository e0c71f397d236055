// Drag-and-drop loads after the week renders (components/week/week-dnd.tsx): arriving late, it must not
// remount the cards or close a "Move to…" menu the runner has already opened.
import { expect, test } from "@playwright/test";
import { newRunnerWithPlan } from "./fixtures";
import { thisMonday, addDays } from "./dates";

test("an open Move-to menu stays open while drag-and-drop arrives late, then the card drags", async ({ page }) => {
  await newRunnerWithPlan(page, "Lazy Dnd");

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
