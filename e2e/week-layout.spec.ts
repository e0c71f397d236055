import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

/**
 * The week view at a phone's and a laptop's width: a readable day list on the phone, seven
 * columns side by side on the laptop. Screenshots of both are attached to the report.
 */
for (const viewport of [
  { name: "phone", width: 375, height: 812 },
  { name: "desktop", width: 1280, height: 900 },
]) {
  test(`the week view reads well at ${viewport.width} px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await signIn(page, "athlete@example.com", "demo-athlete-2026");
    await expect(page).toHaveURL(/\/week$/);
    const days = page
      .getByRole("list")
      .filter({ has: page.locator("[aria-current=date]") })
      .locator(":scope > li");
    await expect(days).toHaveCount(7);
    const boxes = await Promise.all((await days.all()).map((day) => day.boundingBox()));
    const lefts = new Set(boxes.map((box) => Math.round(box?.x ?? -1)));
    if (viewport.name === "phone") {
      expect(lefts.size).toBe(1); // one column: a day list
      for (const box of boxes) expect(box?.width ?? 0).toBeGreaterThan(320);
    } else {
      expect(lefts.size).toBe(7); // seven columns in one row
      expect(new Set(boxes.map((box) => Math.round(box?.y ?? -1))).size).toBe(1);
    }
    // Nothing sticks out sideways: no horizontal scrolling on either width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await testInfo.attach(`week-${viewport.width}.png`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
  });
}
