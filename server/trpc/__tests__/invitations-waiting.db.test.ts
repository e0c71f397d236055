import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { findUserProfile } from "@/db/queries/users";
import { describeWithDatabase } from "@/db/testing";
import { appSmtpForThisFile } from "./app-smtp";
import { callerFor, signedUpCaller } from "./caller";

const now = new Date("2026-11-23T09:00:00Z");
const daysLater = (days: number) => () => new Date(now.getTime() + days * 86_400_000);

appSmtpForThisFile();

async function person(db: Database, name: string) {
  const { user } = await signedUpCaller(db, name);
  return { user, caller: callerFor(db, user.id, () => now) };
}

describeWithDatabase("invitations waiting for an answer", (db) => {
  it("lists the open invitations sent to your email, and only those", async () => {
    const athlete = await person(db(), "Alex Runner");
    const coach = await person(db(), "Casey Coach");
    const otherCoach = await person(db(), "Morgan Coach");
    expect(await athlete.caller.coaching.invitationsWaiting()).toEqual([]);

    const first = await coach.caller.coaching.invite({ direction: "coach-invites-athlete", email: athlete.user.email });
    const second = await otherCoach.caller.coaching.invite({
      direction: "coach-invites-athlete",
      email: athlete.user.email,
    });
    // A link without an email and an invitation the athlete sent are not theirs to answer.
    await coach.caller.coaching.invite({ direction: "coach-invites-athlete" });
    await athlete.caller.coaching.invite({ direction: "athlete-invites-coach", email: coach.user.email });

    const waiting = await athlete.caller.coaching.invitationsWaiting();
    // Over HTTP the session check has already read the caller's profile: one statement is left.
    const signedIn = callerFor(db(), athlete.user.id, () => now, {
      viewer: await findUserProfile(db(), athlete.user.id),
    });
    const statements = await db.statementsOf(async () => {
      expect(await signedIn.coaching.invitationsWaiting()).toEqual(waiting);
    });
    expect(statements).toHaveLength(1);
    expect(waiting.map((invitation) => invitation.id).sort()).toEqual(
      [first.invitation.id, second.invitation.id].sort(),
    );
    expect(waiting.find((invitation) => invitation.id === first.invitation.id)).toMatchObject({
      yourSide: "invitee",
      yourRole: "athlete",
      inviterName: "Casey Coach",
      status: "pending",
    });
    // The coach is asked about the athlete's invitation, not about the ones they sent.
    expect((await coach.caller.coaching.invitationsWaiting()).map((invitation) => invitation.inviterName)).toEqual([
      "Alex Runner",
    ]);

    // Answered or withdrawn, an invitation stops waiting; so does one past its 14 days.
    await athlete.caller.coaching.decline({ invitationId: first.invitation.id });
    expect((await athlete.caller.coaching.invitationsWaiting()).map((invitation) => invitation.id)).toEqual([
      second.invitation.id,
    ]);
    expect(await callerFor(db(), athlete.user.id, daysLater(14.1)).coaching.invitationsWaiting()).toEqual([]);
    await otherCoach.caller.coaching.withdraw({ invitationId: second.invitation.id });
    expect(await athlete.caller.coaching.invitationsWaiting()).toEqual([]);
  });
});
