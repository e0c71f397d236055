import { expect, it } from "vitest";
import { findUserByEmail } from "@/db/queries/users";
import { describeWithDatabase } from "@/db/testing";
import { callerFor } from "@/server/trpc/__tests__/caller";
import { DEMO_USERS, seedDemo } from "./seed";
import { DEMO_COACHED, DEMO_PENDING_INVITEE } from "./seed-coaching";

const now = new Date("2026-11-25T10:00:00Z");

describeWithDatabase("demo coaching squad", (db) => {
  it("gives the demo coach an athlete on track, one slipping, one needing attention, an open invitation and a thread", async () => {
    await seedDemo(db(), now);
    await seedDemo(db(), now); // safe to rerun
    const coach = await findUserByEmail(db(), DEMO_USERS.coach.email);
    const caller = callerFor(db(), coach!.id, () => now);
    const athletes = await caller.coaching.athletes();
    expect(athletes.map((a) => a.name)).toEqual([
      DEMO_COACHED.attention.name,
      DEMO_COACHED.slipping.name,
      "Alex Runner",
    ]);
    const [jordan, sam, alex] = athletes;
    expect(jordan?.attention.map((a) => a.reason)).toEqual(
      expect.arrayContaining(["missed-items", "hard-effort", "unanswered-comment"]),
    );
    expect(sam?.attention).toEqual([]);
    expect(sam?.last30.band).toBe("partial");
    expect(alex?.attention).toEqual([]);
    expect(alex?.unreadComments).toBe(1);
    expect(alex?.last30.percent).toBeGreaterThanOrEqual(70);

    const { invitations, links } = await caller.coaching.listLinks();
    expect(invitations).toEqual([
      expect.objectContaining({ status: "pending", inviteeEmail: DEMO_PENDING_INVITEE, yourSide: "inviter" }),
    ]);
    expect(links.filter((link) => link.state === "active")).toHaveLength(3);
  });
});
