// Drag-and-drop loads after the week renders (components/week/week-dnd.tsx): arriving late, it must not
// remount the cards or close a "Move to…" menu the runner has already opened.
import { expect, test } from "@playwright/test";
import { newRunnerWithPlan } from "./fixtures";
import { thisMonday, addDays } from "./dates";

test("an open Move-to menu stays open while drag-and-drop arrives late, then the card drags", async ({ page }) => {
  await newRunnerWithPlan(page, "Lazy Dnd");

  // Hold back every script chunk that holds dnd-kit until the menu is open. A fixed delay was not
  // enough: when the week asked for it before the load event, the delay passed inside page.goto.
  let held = 0;
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes("DndDescribedBy")) {
      held += 1;
      await released;
    }
    await route.fulfill({ response, body });
  });
  // Not waiting for "load": when the week mounts before the load event, the held chunk holds it back.
  await page.goto(`/week?date=${addDays(thisMonday, 7)}`, { waitUntil: "commit" });
  const card = page.getByTestId("session-card").first();
  await expect(card).toBeVisible();
  await expect(card).not.toHaveAttribute("aria-describedby", /DndDescribedBy/);
  await page
    .getByRole("button", { name: /^Move the \w+ session$/ })
    .first()
    .click();
  const menuLabel = page.getByRole("menu", { name: /^Move the \w+ session$/ });
  await expect(menuLabel).toBeVisible();
  // The week asked for drag-and-drop; it arrives now, while the menu is open.
  await expect.poll(() => held).toBeGreaterThan(0);
  await expect(card).not.toHaveAttribute("aria-describedby", /DndDescribedBy/);
  release();
  await expect(card).toHaveAttribute("aria-describedby", /DndDescribedBy/);
  await expect(menuLabel).toBeVisible();
  await expect(menuLabel.getByRole("menuitem").first()).toBeVisible();
  await expect(card).toBeVisible();
  await page.keyboard.press("Escape");
});
