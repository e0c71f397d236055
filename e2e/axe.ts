import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Accessibility checks with axe-core, shared by every spec. `expectNoAxeViolations(page)` is the
 * one-line check for a spec's own page; `checkPage` runs the full matrix the a11y spec uses.
 * Every rule axe enables by default runs (WCAG 2.x A and AA, best practices).
 */

export type ColorScheme = "light" | "dark";

/** The widths every page must work at: a laptop and a small phone. */
export const VIEWPORTS = [
  { name: "1280px", width: 1280, height: 800 },
  { name: "375px", width: 375, height: 740 },
] as const;
export const COLOR_SCHEMES: readonly ColorScheme[] = ["light", "dark"];

/** Only colours change between light and dark: the second scheme re-checks these rules alone. */
const COLOR_RULES = ["color-contrast", "link-in-text-block"];

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  /** How many elements break the rule; the first few are listed. */
  count: number;
  targets: string[];
}

/** The violations on the page as it is now, in a form that reads well in a test failure. */
export async function axeFindings(page: Page, options: { onlyColors?: boolean } = {}): Promise<AxeFinding[]> {
  // Legacy mode runs axe in the page itself: the default opens a blank page per analysis to merge
  // the frames' results, which our pages (no iframes) do not need and which triples the time.
  // Violations only: collecting passes and incomplete results costs more than the checks themselves.
  let builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ["violations"] });
  if (options.onlyColors) builder = builder.withRules(COLOR_RULES);
  const { violations } = await builder.analyze();
  return violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? "unknown",
    help: violation.help,
    count: violation.nodes.length,
    targets: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
  }));
}

/** Fails the test when axe finds anything on the page as it is now. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  expect(await axeFindings(page), `axe violations on ${label}`).toEqual([]);
}

/**
 * Stops Next from prefetching the pages linked from this one: a dozen server renders per page
 * load would only slow the pages being checked.
 */
export async function skipPrefetches(page: Page): Promise<void> {
  await page.route(
    (url) => url.searchParams.has("_rsc"),
    (route) => (route.request().headers()["next-router-prefetch"] ? route.abort() : route.fallback()),
  );
}

/** Waits until the page has settled: data loaded, no loading placeholder left. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await expect(page.locator('[aria-busy="true"], [role="status"][aria-label^="Loading"]')).toHaveCount(0);
}

export type Viewport = (typeof VIEWPORTS)[number];

/**
 * Checks one path at every width (or only `viewport`) in both colour schemes with one page load:
 * the layout follows the viewport and the colours follow the scheme without a reload. A full axe
 * run per width in light, then the colour rules again in dark.
 */
export async function checkPage(page: Page, path: string, viewport?: Viewport): Promise<void> {
  const widths: readonly Viewport[] = viewport ? [viewport] : VIEWPORTS;
  await page.setViewportSize({ width: widths[0]!.width, height: widths[0]!.height });
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(path);
  await settle(page);
  for (const size of widths) {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const scheme of COLOR_SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      // One frame so the new layout or colours are painted before axe reads them.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      const findings = await axeFindings(page, { onlyColors: scheme !== "light" });
      expect.soft(findings, `axe violations on ${path} at ${size.name}, ${scheme}`).toEqual([]);
    }
  }
}
