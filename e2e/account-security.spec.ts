import { expect, test, type APIRequestContext } from "@playwright/test";
import { newRunner, signIn, signOut, signUp } from "./fixtures";

/** One sign-in attempt straight at Auth.js, as a script would send it: the refusal's code, or "signed-in". */
async function postSignIn(request: APIRequestContext, email: string, password: string): Promise<string> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken },
    headers: { "X-Auth-Return-Redirect": "1" },
    maxRedirects: 0,
  });
  const { url } = (await response.json()) as { url: string };
  const refused = new URL(url).searchParams;
  return refused.get("error") ? (refused.get("code") ?? "refused") : "signed-in";
}

test("50 quick wrong passwords are refused, and the sign-in page says how long to wait", async ({ page, browser }) => {
  const runner = newRunner("Guessed At");
  await signUp(page, runner);
  await expect(page).toHaveURL(/\/dashboard$/);
  await signOut(page);

  const attacker = await browser.newContext();
  const codes: string[] = [];
  for (let i = 0; i < 50; i += 1) codes.push(await postSignIn(attacker.request, runner.email, `wrong-guess-${i}`));
  expect(codes.filter((code) => code === "signed-in")).toHaveLength(0);
  // After five failures every attempt is refused with a wait, whatever the password.
  expect(codes.slice(5).every((code) => code.startsWith("too-many-attempts-"))).toBe(true);
  expect(await postSignIn(attacker.request, runner.email, runner.password)).toMatch(/^too-many-attempts-\d+$/);
  await attacker.close();

  await signIn(page, runner.email, runner.password);
  await expect(page.getByText(/Too many attempts\. Try again in \d+ (seconds|minute)\./)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a session cookie copied before sign-out is refused after it", async ({ page, browser }) => {
  const runner = newRunner("Copied Cookie");
  await signUp(page, runner);
  await expect(page).toHaveURL(/\/dashboard$/);
  const copied = await page.context().cookies();
  expect(copied.some((cookie) => cookie.name.includes("authjs.session-token"))).toBe(true);

  await signOut(page);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/dashboard");
  await expect(stolen).toHaveURL(/\/sign-in/);
  const api = await thief.request.get("/api/trpc/profile.get");
  expect(api.status()).toBe(401);
  await thief.close();
});

test("changing the password signs out the other browser and keeps this one", async ({ page, browser }) => {
  const runner = newRunner("Two Browsers");
  await signUp(page, runner);
  await expect(page).toHaveURL(/\/dashboard$/);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, runner.email, runner.password);
  await expect(otherPage).toHaveURL(/\/dashboard$/);

  await page.goto("/profile");
  const section = page.getByRole("region", { name: "Change password" });
  await section.getByLabel("Current password").fill(runner.password);
  await section.getByLabel("New password").fill("tempo-thursday-42");
  await section.getByRole("button", { name: "Change password" }).click();
  await expect(section.getByText("Password changed. Signed out 1 other browser.")).toBeVisible();

  await otherPage.goto("/dashboard");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);
  await other.close();
});
