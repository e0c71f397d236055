import { expect, test, type Browser, type Page } from "@playwright/test";
import { startTestSmtpServer, type TestSmtpServer } from "../server/mail/test-smtp";
import { checkPage, VIEWPORTS } from "./axe";
import { addPublishedRuns, newRunner, raceDate, signUp } from "./fixtures";
import { thisMonday, addDays } from "./dates";

/**
 * A coach and an athlete, each in their own browser: the coach invites by email (the link is also
 * shown to copy), the athlete signs up through the emailed link and accepts, the coach makes the
 * athlete's plan, moves a session and comments on it, the athlete sees both, then ends the link
 * and the coach's next request for that athlete is refused. The app sends mail to a real SMTP
 * server started here, on the port playwright.config.ts gives the app (E2E_PORT + 1000).
 */

const smtpPort = Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1000);

let smtp: TestSmtpServer;
test.beforeAll(async () => {
  smtp = await startTestSmtpServer(smtpPort);
});
test.afterAll(async () => {
  await smtp?.close();
});

async function person(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

async function moveFirstSession(page: Page): Promise<string> {
  const trigger = page.getByRole("button", { name: /^Move the \w+ session$/ }).first();
  await trigger.click();
  const choice = page
    .getByRole("menuitem")
    .filter({ hasNotText: /current/i })
    .first();
  const target = ((await choice.textContent()) ?? "").trim();
  await choice.click();
  // A day some rule advises against asks first; either way the move is announced.
  const anyway = page.getByRole("dialog").getByRole("button", { name: "Move anyway" });
  const moved = page.getByText(/^Moved to /);
  await expect(moved.or(anyway)).toBeVisible();
  if (await anyway.isVisible()) await anyway.click();
  await expect(moved).toBeVisible();
  return target.split(/\s/)[0] ?? target;
}

test("a coach invites an athlete, works in their plan, and loses access when the athlete ends the link", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const coach = await person(browser);
  const athlete = await person(browser);
  const coachRunner = newRunner("Casey Trainer");
  const athleteRunner = newRunner("Robin Stride");

  // The coach signs up and invites the athlete by email; the link to copy is shown too.
  await signUp(coach.page, coachRunner);
  await expect(coach.page).toHaveURL(/\/dashboard$/);
  await coach.page.goto("/profile");
  const coaching = coach.page.getByRole("region", { name: "Coaching" });
  await coaching.getByLabel("Coach an athlete").check();
  await coaching.getByLabel("Their email (optional)").fill(athleteRunner.email);
  await coaching.getByRole("button", { name: "Create invitation" }).click();
  await expect(coaching.getByText(`Invitation emailed to ${athleteRunner.email}`)).toBeVisible();
  const copied = await coaching.getByLabel("Invitation link").inputValue();
  expect(copied).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
  await expect(coaching.getByText("Waiting for an answer")).toBeVisible();

  // The email arrives with a working link: the same one the coach could copy.
  const mail = await smtp.waitFor(athleteRunner.email);
  expect(mail.subject).toBe("Casey Trainer invites you to train with them on Groundwork");
  const emailed = /http:\/\/\S+\/invitations\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0];
  expect(emailed).toBe(copied);
  const invitationPath = new URL(emailed!).pathname;

  // Signed out, the athlete opens the link, signs up through it and accepts.
  await athlete.page.goto(invitationPath);
  await expect(
    athlete.page.getByRole("heading", { name: "Casey Trainer invites you to train with them" }),
  ).toBeVisible();
  for (const viewport of VIEWPORTS) await checkPage(athlete.page, invitationPath, viewport);
  await athlete.page.setViewportSize({ width: 1280, height: 800 });
  await athlete.page.getByRole("link", { name: "Create an account" }).click();
  await athlete.page.getByLabel("Your name").fill(athleteRunner.name);
  await athlete.page.getByLabel("Email").fill(athleteRunner.email);
  await athlete.page.getByLabel("Password").fill(athleteRunner.password);
  await athlete.page.getByRole("button", { name: "Create account" }).click();
  await expect(athlete.page).toHaveURL(new RegExp(`${invitationPath}$`));
  // Until they answer, the invitation also waits for them on their dashboard.
  await athlete.page.goto("/dashboard");
  await expect(athlete.page.getByText("Casey Trainer would like to coach you.")).toBeVisible();
  await athlete.page.goto(invitationPath);
  await athlete.page.getByRole("button", { name: "Accept" }).click();
  await expect(athlete.page).toHaveURL(/\/profile#coaching$/);
  await expect(athlete.page.getByText("Casey Trainer coaches you")).toBeVisible();

  // The athlete brings a run calendar from a published plan.
  await addPublishedRuns(athlete.page);

  // The coach sees the athlete on the dashboard and makes their plan.
  await coach.page.goto("/dashboard");
  const list = coach.page.getByRole("region", { name: "Your athletes" });
  await expect(list.getByRole("link", { name: athleteRunner.name })).toBeVisible();
  for (const viewport of VIEWPORTS) await checkPage(coach.page, "/dashboard", viewport);
  await coach.page.setViewportSize({ width: 1280, height: 800 });
  await list.getByRole("link", { name: athleteRunner.name }).click();
  await expect(coach.page).toHaveURL(/\/athletes\/[0-9a-f-]{36}\/week$/);
  const athleteBase = new URL(coach.page.url()).pathname.replace(/\/week$/, "");
  await coach.page.goto(`${athleteBase}/plans/new`);
  await coach.page.getByLabel("Race date").fill(raceDate);
  await expect(coach.page.getByText(/Planned around the \d+ runs/)).toBeVisible();
  await coach.page.getByRole("button", { name: "Save this plan" }).click();
  await expect(coach.page).toHaveURL(new RegExp(`${athleteBase}/plans/[0-9a-f-]{36}$`));

  // In the athlete's week the coach moves a session, then comments on it.
  await coach.page.goto(`${athleteBase}/week?date=${addDays(thisMonday, 7)}`);
  await expect(coach.page.getByRole("heading", { name: `${athleteRunner.name}'s week` })).toBeVisible();
  for (const viewport of VIEWPORTS) await checkPage(coach.page, `${athleteBase}/week`, viewport);
  await coach.page.setViewportSize({ width: 1280, height: 800 });
  await coach.page.goto(`${athleteBase}/week?date=${addDays(thisMonday, 7)}`);
  const movedTo = await moveFirstSession(coach.page);
  const movedCard = coach.page
    .locator("main li", { has: coach.page.getByRole("heading", { name: new RegExp(movedTo.slice(0, 3)) }) })
    .getByTestId("session-card")
    .first();
  await movedCard.getByRole("link").first().click();
  await expect(coach.page).toHaveURL(new RegExp(`${athleteBase}/sessions/[0-9a-f-]{36}$`));
  const sessionPath = new URL(coach.page.url()).pathname.replace(athleteBase, "");
  await coach.page.getByLabel("Add a comment").fill("Moved this one so your legs are fresh for the tempo run.");
  await coach.page.getByRole("button", { name: "Send" }).click();
  await expect(coach.page.getByText("Moved this one so your legs are fresh")).toBeVisible();

  // The athlete sees the move (marked changed, with who moved it) and the comment.
  await athlete.page.goto(`/week?date=${addDays(thisMonday, 7)}`);
  await expect(
    athlete.page
      .locator("main li", { has: athlete.page.getByRole("heading", { name: new RegExp(movedTo.slice(0, 3)) }) })
      .getByTestId("session-card")
      .first(),
  ).toContainText("Changed");
  await athlete.page.goto(sessionPath);
  await expect(athlete.page.getByText("Moved this one so your legs are fresh")).toBeVisible();
  await expect(athlete.page.getByText(/Casey Trainer/).first()).toBeVisible();

  // The athlete replies; the coach sees the reply waiting, unread, and reads it.
  await athlete.page.getByLabel("Add a comment").fill("Thanks, that works for me.");
  await athlete.page.getByRole("button", { name: "Send" }).click();
  await expect(athlete.page.getByText("Thanks, that works for me.")).toBeVisible();
  await coach.page.goto("/dashboard");
  await expect(coach.page.getByTestId("unread-comments")).toContainText("1");
  await coach.page.getByTestId("unread-comments").click();
  await expect(coach.page.getByText("Thanks, that works for me.")).toBeVisible();

  // The athlete ends the link; the coach's next request for them is refused.
  await athlete.page.goto("/profile");
  const own = athlete.page.getByRole("region", { name: "Coaching" });
  await own.getByRole("button", { name: "End link" }).click();
  await athlete.page.getByRole("dialog").getByRole("button", { name: "End link" }).click();
  await expect(own.getByText(/Ended .* by you/)).toBeVisible();
  for (const viewport of VIEWPORTS) await checkPage(athlete.page, "/profile", viewport);

  const athleteId = athleteBase.split("/").at(-1)!;
  const refused = await coach.page.request.get(
    `/api/trpc/coaching.athlete?input=${encodeURIComponent(JSON.stringify({ json: { athleteId } }))}`,
  );
  expect(refused.status()).toBe(403);
  await coach.page.goto(`${athleteBase}/week`);
  await expect(coach.page.getByRole("heading", { name: "This page is not on the plan" })).toBeVisible();
  await expect(coach.page.getByRole("heading", { name: `${athleteRunner.name}'s week` })).toHaveCount(0);
  await coach.page.goto("/profile");
  await expect(coach.page.getByText(new RegExp(`Ended .* by ${athleteRunner.name}`))).toBeVisible();

  await coach.context.close();
  await athlete.context.close();
});
