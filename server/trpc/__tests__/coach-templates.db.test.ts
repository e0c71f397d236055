import { expect, it } from "vitest";
import { linkCoach } from "@/db/queries/coaching";
import { describeWithDatabase } from "@/db/testing";
import { signedUpCaller } from "./caller";
import { codeOf } from "./codes";
import { seedMarathonCalendar } from "./marathon-calendar";
import { sharedPlan, stranger } from "./shared-plan";

const settings = {
  level: "beginner" as const,
  sessionsPerWeek: 2 as const,
  equipment: ["mat" as const],
  allowRestDays: true,
};

describeWithDatabase("coach templates", (db) => {
  /** A coach with two linked athletes: one with a plan racing 14 March, one with runs and no plan. */
  async function coachWithTwoAthletes() {
    const shared = await sharedPlan(db());
    const { user: second } = await signedUpCaller(db(), "Robin Runner");
    await seedMarathonCalendar(db(), second.id);
    await linkCoach(db(), second.id, shared.coach.id, "active");
    return { ...shared, second };
  }

  it("saves named settings, lists them for their owner only, renames and removes", async () => {
    const { asCoach } = await coachWithTwoAthletes();
    const saved = await asCoach.coachTemplates.save({ name: "Marathon beginners", settings });
    expect(saved).toMatchObject({ name: "Marathon beginners", settings });
    await expect(asCoach.coachTemplates.save({ name: "Marathon beginners", settings })).rejects.toThrow(
      "You already have a template called “Marathon beginners”.",
    );
    const other = await asCoach.coachTemplates.save({ name: "Halves", settings: { ...settings, sessionsPerWeek: 3 } });
    await expect(
      asCoach.coachTemplates.save({ templateId: other.id, name: "Marathon beginners", settings }),
    ).rejects.toThrow("already have a template");
    await asCoach.coachTemplates.save({ templateId: other.id, name: "Half marathon", settings });
    expect((await asCoach.coachTemplates.list()).map((t) => t.name)).toEqual(["Half marathon", "Marathon beginners"]);

    const { caller } = await stranger(db());
    expect(await caller.coachTemplates.list()).toEqual([]);
    expect(await codeOf(caller.coachTemplates.remove({ templateId: saved.id }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.coachTemplates.save({ templateId: saved.id, name: "Mine now", settings }))).toBe(
      "NOT_FOUND",
    );
    await asCoach.coachTemplates.remove({ templateId: saved.id });
    expect((await asCoach.coachTemplates.list()).map((t) => t.name)).toEqual(["Half marathon"]);
    await expect(asCoach.coachTemplates.save({ name: " ", settings })).rejects.toThrow("Give the template a name.");
  });

  it("previews per athlete around their own runs, then applies one plan each", async () => {
    const { asCoach, asAthlete, athlete, second } = await coachWithTwoAthletes();
    const template = await asCoach.coachTemplates.save({ name: "Base block", settings });
    const athletes = [
      { athleteId: athlete.id }, // falls back to the race date of their active plan
      { athleteId: second.id, raceDate: "2027-03-14" },
    ];
    const preview = await asCoach.coachTemplates.preview({ templateId: template.id, athletes });
    expect(preview.map((p) => [p.name, p.ok])).toEqual([
      ["Alex Athlete", true],
      ["Robin Runner", true],
    ]);
    for (const result of preview) {
      expect(result).toMatchObject({ weeks: 16, endDate: "2027-03-14" });
      expect(result.ok && result.sessions).toBeGreaterThan(24);
    }
    expect(await asCoach.plans.list({ athleteId: second.id })).toEqual([]); // preview saves nothing

    const applied = await asCoach.coachTemplates.applyToAthletes({ templateId: template.id, athletes });
    expect(applied.every((result) => result.ok)).toBe(true);
    const [mine] = await asAthlete.plans.list({});
    expect(mine).toMatchObject({ name: "Base block", status: "active" });
    const [theirs] = await asCoach.plans.list({ athleteId: second.id });
    expect(theirs).toMatchObject({ name: "Base block", status: "active", raceDate: "2027-03-14" });
    const overview = await asCoach.plans.overview({ planId: theirs!.id });
    const previewed = preview[1]!;
    expect(overview.weeks.flatMap((w) => w.sessions)).toHaveLength(previewed.ok ? previewed.sessions : -1);
  });

  it("reports an athlete it cannot place without blocking the others", async () => {
    const { asCoach, coach, second } = await coachWithTwoAthletes();
    const { user: third } = await signedUpCaller(db(), "Nia New"); // no plan, no race date given
    await linkCoach(db(), third.id, coach.id, "active");
    const templateId = (await asCoach.coachTemplates.save({ name: "No dates", settings })).id;
    const results = await asCoach.coachTemplates.applyToAthletes({
      templateId,
      athletes: [{ athleteId: third.id }, { athleteId: second.id, raceDate: "2027-03-14" }],
    });
    expect(results[0]).toMatchObject({ ok: false, name: "Nia New" });
    expect(results[0]!.ok ? "" : results[0]!.message).toMatch(/race date/);
    expect(results[1]).toMatchObject({ ok: true, name: "Robin Runner" });
  });

  it("refuses the whole request when any athlete is not the coach's, and other coaches' templates", async () => {
    const { asCoach, athlete } = await coachWithTwoAthletes();
    const other = await sharedPlan(db());
    const template = await asCoach.coachTemplates.save({ name: "Mine", settings });
    const mixed = { templateId: template.id, athletes: [{ athleteId: athlete.id }, { athleteId: other.athlete.id }] };
    expect(await codeOf(asCoach.coachTemplates.preview(mixed))).toBe("FORBIDDEN");
    expect(await codeOf(asCoach.coachTemplates.applyToAthletes(mixed))).toBe("FORBIDDEN");
    expect((await other.asAthlete.plans.list({})).map((p) => p.status)).toEqual(["active"]);
    const theirs = { templateId: template.id, athletes: [{ athleteId: other.athlete.id }] };
    expect(await codeOf(other.asCoach.coachTemplates.applyToAthletes(theirs))).toBe("NOT_FOUND");
  });
});
