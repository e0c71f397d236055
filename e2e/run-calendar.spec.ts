import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { newRunner, signUp } from "./fixtures";

const PLAN = path.join(import.meta.dirname, "fixtures", "marathon-plan.ics");
const UPDATED_PLAN = path.join(import.meta.dirname, "fixtures", "marathon-plan-updated.ics");

async function newAthlete(page: Page, name: string) {
  await signUp(page, newRunner(name));
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Reads a fixture calendar for its three weeks in March 2027 and waits for the review. */
async function readCalendar(page: Page, file: string) {
  await page.goto("/runs/import");
  await page.getByLabel("Calendar file").setInputFiles(file);
  await page.getByLabel("Runs from").fill("2027-03-01");
  await page.getByLabel("Runs until").fill("2027-03-21");
  await page.getByRole("button", { name: /^Read (calendar|again)$/ }).click();
  await expect(page.getByRole("heading", { name: /^Review \d+ runs$/ })).toBeVisible();
}

test("imports a calendar, fixes one type in review, saves, and sees the runs in the calendar", async ({ page }) => {
  await newAthlete(page, "Casey Import");
  await page.getByRole("link", { name: "Import or choose a plan" }).click();
  await page.getByRole("link", { name: "Import a file" }).click();
  await expect(page.getByRole("heading", { name: "Import your run calendar" })).toBeVisible();

  await readCalendar(page, PLAN);
  await expect(page.getByRole("heading", { name: "Review 14 runs" })).toBeVisible();
  await expect(page.getByText("4 other events were left out (not runs).")).toBeVisible();
  await expect(page.getByText("Dentist")).toHaveCount(0);
  const sam = page.getByTestId("review-row").filter({ hasText: "Run with Sam 5 mi" });
  await expect(sam.getByText("Check the type")).toBeVisible();
  await expect(page.getByText("14 new")).toBeVisible();
  // Nothing is saved before the athlete confirms.
  await page.goto("/runs?week=2027-03-01");
  await expect(page.getByText("No runs this week.")).toBeVisible();

  await readCalendar(page, PLAN);
  await page.getByLabel("Type of Run with Sam 5 mi on Sat 6 Mar").selectOption("long");
  await page.getByLabel("Include Recovery 3 mi on Sat 13 Mar").uncheck();
  await page.getByRole("button", { name: "Save 13 runs" }).click();
  await expect(page.getByText("Your run calendar is saved.")).toBeVisible();
  await expect(page.getByText("Changes: 13 new.")).toBeVisible();

  await page.getByRole("link", { name: "See your runs in the calendar" }).click();
  await expect(page).toHaveURL(/\/runs\?week=2027-03-02$/);
  await expect(page.getByRole("heading", { name: "1 Mar – 7 Mar 2027" })).toBeVisible();
  const saturday = page.getByRole("listitem", { name: "Saturday" });
  await expect(saturday.getByRole("button", { name: /^Edit .*Run with Sam 5 mi.* on Sat 6 Mar$/ })).toContainText(
    "Long run",
  );
  await expect(page.getByRole("listitem", { name: "Sunday" })).toContainText("Long run 12 mi");
  await expect(page.getByRole("listitem", { name: "Wednesday" })).toContainText("6.4 km");

  await page.getByRole("link", { name: /Next week/ }).click();
  await expect(page.getByRole("heading", { name: "8 Mar – 14 Mar 2027" })).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Saturday" })).toContainText("No run");
});

test("re-importing an updated export moves, removes and adds runs, and says so", async ({ page }) => {
  await newAthlete(page, "Riley Reimport");
  await readCalendar(page, PLAN);
  await page.getByRole("button", { name: "Save 14 runs" }).click();
  await expect(page.getByText("Changes: 14 new.")).toBeVisible();

  await readCalendar(page, UPDATED_PLAN);
  // The type fixed last time is kept, so nothing needs checking again.
  await expect(page.getByText("Check the type")).toHaveCount(0);
  await expect(
    page.getByText("Saving every run shown, compared with your calendar now: 1 new, 1 moved, 1 removed; 12 unchanged."),
  ).toBeVisible();
  await page.getByRole("button", { name: "Save 14 runs" }).click();
  await expect(page.getByText("Changes: 1 new, 1 moved, 1 removed; 12 unchanged.")).toBeVisible();

  await page.goto("/runs?week=2027-03-08");
  await expect(page.getByRole("listitem", { name: "Saturday" })).toContainText("Long run 14 mi");
  await expect(page.getByRole("listitem", { name: "Sunday" })).toContainText("No run");
  await expect(page.getByText("Tempo 6 mi")).toHaveCount(0);
  await page.goto("/runs?week=2027-03-15");
  await expect(page.getByRole("listitem", { name: "Friday" })).toContainText("Easy 3 mi");
});

test("a file that is not a calendar gets a clear message and the pasted text stays", async ({ page }) => {
  await newAthlete(page, "Morgan Malformed");
  await page.goto("/runs/import");
  await page.getByLabel("Paste the calendar text").check();
  await page.getByLabel("Calendar text", { exact: true }).fill("Week 1: Tuesday intervals, Sunday long run");
  await page.getByRole("button", { name: "Read calendar" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This is not an iCalendar (.ics) file" })).toBeVisible();
  await expect(page.getByLabel("Calendar text", { exact: true })).toHaveValue(
    "Week 1: Tuesday intervals, Sunday long run",
  );

  // A file over 5 MB is refused before it is uploaded, with the server's own words.
  await page.getByLabel("Upload an .ics file").check();
  const huge = Buffer.concat([Buffer.from("BEGIN:VCALENDAR\r\n"), Buffer.alloc(6 * 1024 * 1024, "X")]);
  await page
    .getByLabel("Calendar file")
    .setInputFiles({ name: "everything.ics", mimeType: "text/calendar", buffer: huge });
  await expect(
    page.getByRole("alert").filter({ hasText: "That file is over 5 MB: export a shorter date range." }),
  ).toBeVisible();
});

test("adds, edits, moves and deletes a run in the week, with distances in miles", async ({ page }) => {
  await newAthlete(page, "Jordan Manual");
  await page.goto("/profile");
  await page.getByLabel("Distances in").selectOption("mi");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  await page.goto("/runs?week=2027-03-01");
  await page.getByRole("button", { name: "Add run on Tue 2 Mar" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Type").selectOption("tempo");
  await dialog.getByLabel("Distance (mi)").fill("6");
  await dialog.getByLabel("Duration (minutes)").fill("50");
  await dialog.getByLabel("Title").fill("Tempo with the club");
  await dialog.getByRole("button", { name: "Add run" }).click();
  await expect(dialog).toBeHidden();
  const tuesday = page.getByRole("listitem", { name: "Tuesday" });
  await expect(tuesday).toContainText("Tempo with the club");
  await expect(tuesday).toContainText("6 mi · 50 min");

  await tuesday.getByRole("button", { name: /^Edit .*Tempo with the club.* on Tue 2 Mar$/ }).click();
  await expect(dialog.getByLabel("Distance (mi)")).toHaveValue("6");
  await dialog.getByLabel("Day").fill("2027-03-04");
  await dialog.getByRole("button", { name: "Save run" }).click();
  await expect(page.getByRole("listitem", { name: "Thursday" })).toContainText("Tempo with the club");
  await expect(tuesday).toContainText("No run");

  await page.getByRole("button", { name: /^Edit .*Tempo with the club.* on Thu 4 Mar$/ }).click();
  await dialog.getByLabel("Day").fill("2027-03-10");
  await dialog.getByRole("button", { name: "Save run" }).click();
  await expect(page.getByText("Moved to Wed, 10 Mar 2027.")).toBeVisible();
  await page.getByRole("link", { name: "Show that week" }).click();
  const wednesday = page.getByRole("listitem", { name: "Wednesday" });
  await wednesday.getByRole("button", { name: /^Edit .*Tempo with the club/ }).click();
  await dialog.getByRole("button", { name: "Delete run" }).click();
  await dialog.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(wednesday).toContainText("No run");
});

test("applies a published plan, previews the weeks, then replaces it with an own week", async ({ page }) => {
  await newAthlete(page, "Taylor Template");
  await page.goto("/runs/start");
  await page.getByRole("link", { name: "Choose a plan" }).click();
  await page.getByLabel(/Three runs a week, 16 weeks/).check();
  await page.getByRole("button", { name: "Preview the weeks" }).click();
  const heading = page.getByRole("heading", { name: /^Three runs a week, 16 weeks: \d+ runs$/ });
  await expect(heading).toBeVisible();
  await page.getByText("Week 16", { exact: true }).click();
  await expect(page.getByText("Marathon race day")).toBeVisible();
  const count = Number((await heading.textContent())?.match(/(\d+) runs$/)?.[1]);
  await page.getByRole("button", { name: `Save these ${count} runs` }).click();
  await expect(page.getByText(`${count} runs added.`)).toBeVisible();

  await page.goto("/runs/build");
  await page.getByLabel("Saturday").selectOption("long");
  await page.getByLabel("Sunday").selectOption("rest");
  await page.getByLabel("Weeks, race week included").fill("10");
  await page.getByRole("button", { name: "Preview the weeks" }).click();
  await expect(page.getByText(`Saving replaces the ${count} runs of the plan you chose before.`)).toBeVisible();
  await page.getByRole("button", { name: /^Save these \d+ runs$/ }).click();
  await expect(page.getByText(`replacing the ${count} runs of your earlier plan`)).toBeVisible();
  await page.getByRole("link", { name: "See the first week in your calendar" }).click();
  await expect(page.getByRole("listitem", { name: "Saturday" })).toContainText("Long run");
  await expect(page.getByRole("listitem", { name: "Sunday" })).toContainText("No run");
});

test("a calendar feed answers at its secret address until it is turned off", async ({ page, request }) => {
  await newAthlete(page, "Avery Feed");
  await page.goto("/profile");
  await page.getByRole("button", { name: "Create my calendar feed" }).click();
  const address = page.getByLabel("Your feed address (keep it private)");
  await expect(address).toHaveValue(/^http:\/\/.+\/api\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
  const url = await address.inputValue();
  await expect(page.getByRole("link", { name: "subscribe with one tap" })).toHaveAttribute(
    "href",
    url.replace(/^http:/, "webcal:"),
  );

  const live = await request.get(url);
  expect(live.status()).toBe(200);
  expect(live.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await live.text()).toContain("BEGIN:VCALENDAR");
  expect((await request.get(url.replace(/\.ics$/, ""))).status()).toBe(200);

  await page.getByRole("button", { name: "Turn off the feed" }).click();
  await page.getByRole("button", { name: "Yes, turn it off" }).click();
  await expect(page.getByRole("button", { name: "Create my calendar feed" })).toBeVisible();
  expect((await request.get(url)).status()).toBe(404);

  // A single session's download needs a session cookie and access to the session.
  expect((await page.request.get("/api/sessions/00000000-0000-4000-8000-000000000000/ics")).status()).toBe(404);
  expect((await request.get("/api/sessions/00000000-0000-4000-8000-000000000000/ics")).status()).toBe(401);
});
