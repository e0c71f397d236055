import { expect, it } from "vitest";
import { linkCoach } from "@/db/queries/coaching";
import { describeWithDatabase } from "@/db/testing";
import { signedUpCaller } from "../trpc/__tests__/caller";
import { assertCanAccessAthlete, canAccessAthlete } from "./access";

describeWithDatabase("athlete access", (db) => {
  it("lets the athlete and an actively linked coach in, and keeps everyone else out", async () => {
    const athlete = (await signedUpCaller(db(), "Athlete")).user;
    const coach = (await signedUpCaller(db(), "Coach")).user;
    const stranger = (await signedUpCaller(db(), "Stranger")).user;

    expect(await canAccessAthlete(db(), athlete.id, athlete.id)).toBe(true);
    expect(await canAccessAthlete(db(), coach.id, athlete.id)).toBe(false);

    await linkCoach(db(), athlete.id, coach.id, "pending");
    expect(await canAccessAthlete(db(), coach.id, athlete.id)).toBe(false);

    await linkCoach(db(), athlete.id, coach.id, "active");
    expect(await canAccessAthlete(db(), coach.id, athlete.id)).toBe(true);
    // A link is one-way: the athlete does not see the coach's own training.
    expect(await canAccessAthlete(db(), athlete.id, coach.id)).toBe(false);
    await expect(assertCanAccessAthlete(db(), stranger.id, athlete.id)).rejects.toMatchObject({ code: "forbidden" });
  });
});
