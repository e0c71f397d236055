import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { describeWithDatabase } from "@/db/testing";
import { CATALOG } from "../../planner";
import { codeOf } from "./codes";
import { MONDAY, sharedPlan, stranger } from "./shared-plan";

describeWithDatabase("prescription editing", (db) => {
  it("lets the coach change sets, reps or time and load guidance, and the athlete sees it with who did it", async () => {
    const { asAthlete, asCoach, sessions } = await sharedPlan(db());
    const sessionId = sessions[0]!.id;
    const before = await asAthlete.plans.session({ sessionId });
    const first = before.exercises[0]!;
    const measure =
      first.reps !== null
        ? { reps: first.reps + 2 }
        : first.seconds !== null
          ? { seconds: first.seconds + 10 }
          : { metres: (first.metres ?? 10) + 10 };
    await asCoach.prescriptions.edit({
      sessionId,
      position: first.position,
      sets: 4,
      ...measure,
      intensity: "RPE 7, slow lowering",
    });

    const after = await asAthlete.plans.session({ sessionId });
    expect(after.exercises[0]).toMatchObject({
      exerciseId: first.exerciseId,
      sets: 4,
      ...measure,
      intensity: "RPE 7, slow lowering",
    });
    const [entry] = await asAthlete.history.forSession({ sessionId });
    expect(entry).toMatchObject({ action: "dose-changed", actor: { name: "Casey Coach", role: "coach" } });
    expect(entry!.summary).toContain(`Changed ${first.name}:`);
    expect(entry!.summary).toContain("“RPE 7, slow lowering”");
  });

  it("refuses a measure the exercise is not counted in, and out-of-range doses, with clear messages", async () => {
    const { asAthlete, sessions } = await sharedPlan(db());
    const sessionId = sessions[0]!.id;
    const detail = await asAthlete.plans.session({ sessionId });
    const byReps = detail.exercises.find((e) => e.unit === "reps")!;
    await expect(
      asAthlete.prescriptions.edit({ sessionId, position: byReps.position, sets: 3, seconds: 30, intensity: "easy" }),
    ).rejects.toThrow(`${byReps.name} is counted in reps, not seconds.`);
    await expect(
      asAthlete.prescriptions.edit({ sessionId, position: byReps.position, sets: 11, reps: 8, intensity: "easy" }),
    ).rejects.toThrow("At most 10 sets.");
    await expect(
      asAthlete.prescriptions.edit({
        sessionId,
        position: byReps.position,
        sets: 3,
        reps: 8,
        seconds: 5,
        intensity: "x",
      }),
    ).rejects.toThrow("exactly one of them");
    expect(
      await codeOf(asAthlete.prescriptions.edit({ sessionId, position: 49, sets: 3, reps: 8, intensity: "x" })),
    ).toBe("NOT_FOUND");
  });

  it("adds an exercise from the catalogue only if the plan's equipment allows it, and removes one", async () => {
    const { asAthlete, asCoach, sessions } = await sharedPlan(db());
    const sessionId = sessions[0]!.id;
    const options = await asCoach.prescriptions.options({ sessionId });
    const present = (await asAthlete.plans.session({ sessionId })).exercises;
    expect(options.length).toBeGreaterThan(0);
    expect(options.some((o) => present.some((e) => e.exerciseId === o.id))).toBe(false);
    expect(options.some((o) => o.id === CATALOG.find((e) => e.equipment.includes("barbell"))?.id)).toBe(false);

    const barbell = CATALOG.find((e) => e.equipment.includes("barbell") && e.unit === "reps")!;
    await expect(
      asCoach.prescriptions.addExercise({ sessionId, exerciseId: barbell.id, sets: 3, reps: 5, intensity: "RPE 7" }),
    ).rejects.toThrow(`${barbell.name} needs`);
    await expect(
      asCoach.prescriptions.addExercise({
        sessionId,
        exerciseId: present[0]!.exerciseId,
        sets: 3,
        reps: 5,
        intensity: "x",
      }),
    ).rejects.toThrow("already in this session");

    const pick = options.find((o) => o.unit === "reps")!;
    const { position } = await asCoach.prescriptions.addExercise({
      sessionId,
      exerciseId: pick.id,
      sets: 2,
      reps: 10,
      intensity: "bodyweight",
    });
    const withNew = await asAthlete.plans.session({ sessionId });
    expect(withNew.exercises.at(-1)).toMatchObject({
      position,
      exerciseId: pick.id,
      sets: 2,
      reps: 10,
      name: pick.name,
    });

    await asAthlete.prescriptions.removeExercise({ sessionId, position: present[0]!.position });
    const finalList = (await asAthlete.plans.session({ sessionId })).exercises.map((e) => e.exerciseId);
    expect(finalList).not.toContain(present[0]!.exerciseId);
    expect(finalList).toContain(pick.id);
    const summaries = (await asAthlete.history.forSession({ sessionId })).map((e) => e.summary);
    expect(summaries).toEqual([`Removed ${present[0]!.name}`, `Added ${pick.name} (2 × 10)`]);
  });

  it("keeps at least one exercise and leaves a checked-off session as it was done", async () => {
    const { asAthlete, sessions } = await sharedPlan(db());
    const sessionId = sessions[0]!.id;
    const detail = await asAthlete.plans.session({ sessionId });
    for (const exercise of detail.exercises.slice(1))
      await asAthlete.prescriptions.removeExercise({ sessionId, position: exercise.position });
    await expect(
      asAthlete.prescriptions.removeExercise({ sessionId, position: detail.exercises[0]!.position }),
    ).rejects.toThrow("at least one exercise");

    const other = sessions[1]!.id;
    await asAthlete.sessions.checkOff({
      sessionId: other,
      status: "skipped",
      reason: "travel",
      clientId: randomUUID(),
      clientTime: MONDAY.toISOString(),
    });
    const first = (await asAthlete.plans.session({ sessionId: other })).exercises[0]!;
    await expect(
      asAthlete.prescriptions.edit({ sessionId: other, position: first.position, sets: 2, reps: 5, intensity: "x" }),
    ).rejects.toThrow("checked off");
  });

  it("refuses strangers and coaches of other athletes", async () => {
    const { sessions } = await sharedPlan(db());
    const other = await sharedPlan(db());
    const { caller } = await stranger(db());
    const sessionId = sessions[0]!.id;
    for (const who of [caller, other.asCoach]) {
      expect(await codeOf(who.prescriptions.options({ sessionId }))).toBe("NOT_FOUND");
      expect(await codeOf(who.prescriptions.removeExercise({ sessionId, position: 0 }))).toBe("NOT_FOUND");
      expect(
        await codeOf(who.prescriptions.edit({ sessionId, position: 0, sets: 3, reps: 8, intensity: "RPE 6" })),
      ).toBe("NOT_FOUND");
    }
  });
});
