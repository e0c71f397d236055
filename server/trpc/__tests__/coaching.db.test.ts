import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { describeWithDatabase } from "@/db/testing";
import { appSmtpForThisFile } from "./app-smtp";
import { callerFor, signedUpCaller } from "./caller";
import { codeOf } from "./codes";

const now = new Date("2026-11-23T09:00:00Z");
const later = (days: number) => () => new Date(now.getTime() + days * 86_400_000);
const range = { from: "2026-11-01", to: "2026-12-31" };

const smtp = appSmtpForThisFile();

async function person(db: Database, name: string) {
  const { user } = await signedUpCaller(db, name);
  return { user, caller: callerFor(db, user.id, () => now) };
}

async function linked(db: Database) {
  const coach = await person(db, "Casey Coach");
  const athlete = await person(db, "Alex Runner");
  const { token } = await coach.caller.coaching.invite({ direction: "coach-invites-athlete" });
  await athlete.caller.coaching.accept({ token });
  return { coach, athlete };
}

describeWithDatabase("coaching links", (db) => {
  it("links a coach and an athlete through a copied link, and only once accepted", async () => {
    const coach = await person(db(), "Casey Coach");
    const athlete = await person(db(), "Alex Runner");
    const sent = await coach.caller.coaching.invite({ direction: "coach-invites-athlete" });
    expect(sent.path).toBe(`/invitations/${sent.token}`);
    expect(sent.emailSent).toBe(false);
    expect(sent.invitation).toMatchObject({ status: "pending", yourSide: "inviter", yourRole: "coach" });

    // Anyone holding the link sees who invites them, signed in or not.
    expect(await callerFor(db(), null, () => now).coaching.invitationByToken({ token: sent.token })).toMatchObject({
      inviterName: "Casey Coach",
      inviteeRole: "athlete",
      status: "pending",
    });
    // A pending invitation gives no access.
    expect(await codeOf(coach.caller.runs.list({ athleteId: athlete.user.id, ...range }))).toBe("FORBIDDEN");

    expect(await athlete.caller.coaching.accept({ token: sent.token })).toMatchObject({
      athleteId: athlete.user.id,
      coachId: coach.user.id,
      otherName: "Casey Coach",
      yourRole: "athlete",
    });
    expect(await coach.caller.runs.list({ athleteId: athlete.user.id, ...range })).toEqual([]);
    const coachView = await coach.caller.coaching.listLinks();
    expect(coachView.links).toEqual([
      expect.objectContaining({
        yourRole: "coach",
        otherName: "Alex Runner",
        state: "active",
        athleteId: athlete.user.id,
      }),
    ]);
    expect(coachView.invitations[0]).toMatchObject({ status: "accepted", responderName: "Alex Runner" });
    expect((await athlete.caller.coaching.listLinks()).links).toEqual([
      expect.objectContaining({ yourRole: "athlete", otherName: "Casey Coach", state: "active" }),
    ]);
  });

  it("uses a link once: a second person, a second answer and the inviter themself are refused", async () => {
    const coach = await person(db(), "Casey Coach");
    const { token } = await coach.caller.coaching.invite({ direction: "coach-invites-athlete" });
    expect(await codeOf(coach.caller.coaching.accept({ token }))).toBe("BAD_REQUEST");
    const first = await person(db(), "First");
    const second = await person(db(), "Second");
    await first.caller.coaching.accept({ token });
    expect(await codeOf(second.caller.coaching.accept({ token }))).toBe("CONFLICT");
    expect(await codeOf(first.caller.coaching.decline({ token }))).toBe("CONFLICT");
    expect(await codeOf(coach.caller.runs.list({ athleteId: second.user.id, ...range }))).toBe("FORBIDDEN");
  });

  it("lets a link lapse after 14 days", async () => {
    const coach = await person(db(), "Casey Coach");
    const athlete = await person(db(), "Late Runner");
    const { token } = await coach.caller.coaching.invite({ direction: "coach-invites-athlete" });
    const lateAthlete = callerFor(db(), athlete.user.id, later(14.1));
    expect(await lateAthlete.coaching.invitationByToken({ token })).toMatchObject({ status: "expired" });
    expect(await codeOf(lateAthlete.coaching.accept({ token }))).toBe("CONFLICT");
    expect((await coach.caller.coaching.listLinks()).invitations[0]).toMatchObject({ status: "expired" });
    expect(await codeOf(coach.caller.runs.list({ athleteId: athlete.user.id, ...range }))).toBe("FORBIDDEN");
    // Still within the 14 days it would have worked: a fresh link does.
    const fresh = await coach.caller.coaching.invite({ direction: "coach-invites-athlete" });
    await callerFor(db(), athlete.user.id, later(13.9)).coaching.accept({ token: fresh.token });
  });

  it("sends an invitation by email with a working link, and shows it to the invitee in the app", async () => {
    const coach = await person(db(), "Casey Coach");
    const email = `invitee-${Date.now()}@example.test`;
    const sent = await coach.caller.coaching.invite({ direction: "coach-invites-athlete", email });
    expect(sent.emailSent).toBe(true);
    const mail = await smtp().waitFor(email);
    expect(mail.subject).toBe("Casey Coach invites you to train with them on Groundwork");
    const link = /http:\/\/groundwork\.test\/invitations\/([A-Za-z0-9_-]{43})/.exec(mail.text);
    expect(link?.[1]).toBe(sent.token);

    // They sign up with that address: the invitation waits for them in the app.
    const user = await callerFor(db()).account.signUp({ email, name: "Invited Runner", password: "correct-horse-9" });
    const invitee = callerFor(db(), user.id, () => now);
    const { invitations } = await invitee.coaching.listLinks();
    expect(invitations).toEqual([
      expect.objectContaining({
        id: sent.invitation.id,
        yourSide: "invitee",
        yourRole: "athlete",
        inviterName: "Casey Coach",
      }),
    ]);
    // Nobody else can answer it by id.
    const stranger = await person(db(), "Stranger");
    expect(await codeOf(stranger.caller.coaching.accept({ invitationId: sent.invitation.id }))).toBe("NOT_FOUND");
    expect((await stranger.caller.coaching.listLinks()).invitations).toEqual([]);

    await invitee.coaching.accept({ invitationId: sent.invitation.id });
    expect(await coach.caller.runs.list({ athleteId: user.id, ...range })).toEqual([]);
    // The emailed link is used up with it.
    expect(await codeOf(invitee.coaching.accept({ token: link![1]! }))).toBe("CONFLICT");
  });

  it("lets an athlete invite a coach, and a declined invitation links nobody", async () => {
    const athlete = await person(db(), "Alex Runner");
    const coach = await person(db(), "Casey Coach");
    const asked = await athlete.caller.coaching.invite({ direction: "athlete-invites-coach" });
    expect(await callerFor(db()).coaching.invitationByToken({ token: asked.token })).toMatchObject({
      inviteeRole: "coach",
    });
    expect(await coach.caller.coaching.decline({ token: asked.token })).toEqual({ declined: true });
    expect(await codeOf(coach.caller.runs.list({ athleteId: athlete.user.id, ...range }))).toBe("FORBIDDEN");
    expect((await athlete.caller.coaching.listLinks()).invitations[0]).toMatchObject({
      status: "declined",
      responderName: "Casey Coach",
    });

    const again = await athlete.caller.coaching.invite({ direction: "athlete-invites-coach" });
    expect(await coach.caller.coaching.accept({ token: again.token })).toMatchObject({
      athleteId: athlete.user.id,
      coachId: coach.user.id,
      yourRole: "coach",
    });
    expect(await coach.caller.runs.list({ athleteId: athlete.user.id, ...range })).toEqual([]);
  });

  it("lets the inviter withdraw an open invitation, and nobody else", async () => {
    const coach = await person(db(), "Casey Coach");
    const other = await person(db(), "Other Coach");
    const { token, invitation } = await coach.caller.coaching.invite({ direction: "coach-invites-athlete" });
    expect(await codeOf(other.caller.coaching.withdraw({ invitationId: invitation.id }))).toBe("NOT_FOUND");
    expect(await coach.caller.coaching.withdraw({ invitationId: invitation.id })).toEqual({ withdrawn: true });
    expect(await codeOf(other.caller.coaching.accept({ token }))).toBe("CONFLICT");
    expect(await codeOf(coach.caller.coaching.withdraw({ invitationId: invitation.id }))).toBe("NOT_FOUND");
  });

  it("ends a link from either side: the coach's next request is refused, both see it ended", async () => {
    const { coach, athlete } = await linked(db());
    const link = { athleteId: athlete.user.id, coachId: coach.user.id };
    const stranger = await person(db(), "Stranger");
    expect(await codeOf(stranger.caller.coaching.endLink(link))).toBe("NOT_FOUND");

    expect(await athlete.caller.coaching.endLink(link)).toMatchObject({ ended: true });
    expect(await codeOf(coach.caller.runs.list({ athleteId: athlete.user.id, ...range }))).toBe("FORBIDDEN");
    expect(await codeOf(coach.caller.plans.list({ athleteId: athlete.user.id }))).toBe("FORBIDDEN");
    expect(await codeOf(athlete.caller.coaching.endLink(link))).toBe("NOT_FOUND");
    expect((await coach.caller.coaching.listLinks()).links).toEqual([
      expect.objectContaining({ state: "ended", endedByYou: false, otherName: "Alex Runner" }),
    ]);
    expect((await athlete.caller.coaching.listLinks()).links).toEqual([
      expect.objectContaining({ state: "ended", endedByYou: true, otherName: "Casey Coach" }),
    ]);

    // A new invitation re-activates the same link; this time the coach ends it.
    const { token } = await coach.caller.coaching.invite({ direction: "coach-invites-athlete" });
    await athlete.caller.coaching.accept({ token });
    expect((await athlete.caller.coaching.listLinks()).links).toEqual([expect.objectContaining({ state: "active" })]);
    await coach.caller.coaching.endLink(link);
    expect(await codeOf(coach.caller.runs.list({ athleteId: athlete.user.id, ...range }))).toBe("FORBIDDEN");
  });

  it("replaces the feed address when a coach who saw it loses access, and only then", async () => {
    const seen = await linked(db());
    const feed = await seen.athlete.caller.feeds.create({});
    expect(await seen.coach.caller.feeds.get({ athleteId: seen.athlete.user.id })).toMatchObject({ token: feed.token });
    expect(
      await seen.athlete.caller.coaching.endLink({ athleteId: seen.athlete.user.id, coachId: seen.coach.user.id }),
    ).toEqual({ ended: true, feedReplaced: true });
    const replaced = await seen.athlete.caller.feeds.get({});
    expect(replaced?.token).not.toBe(feed.token);
    expect(replaced?.includeRuns).toBe(feed.includeRuns);
    expect(await codeOf(seen.coach.caller.feeds.get({ athleteId: seen.athlete.user.id }))).toBe("FORBIDDEN");

    const unseen = await linked(db());
    const own = await unseen.athlete.caller.feeds.create({});
    await unseen.coach.caller.coaching.endLink({ athleteId: unseen.athlete.user.id, coachId: unseen.coach.user.id });
    expect((await unseen.athlete.caller.feeds.get({}))?.token).toBe(own.token);
  });

  it("gives the athlete's profile to the athlete and an active coach only", async () => {
    const { coach, athlete } = await linked(db());
    const stranger = await person(db(), "Stranger");
    const pending = await person(db(), "Pending Coach");
    await pending.caller.coaching.invite({ direction: "coach-invites-athlete", email: athlete.user.email });
    const ref = { athleteId: athlete.user.id };
    expect(await coach.caller.coaching.athlete(ref)).toMatchObject({ name: "Alex Runner", timeZone: "Europe/Berlin" });
    expect(await athlete.caller.coaching.athlete(ref)).toMatchObject({ id: athlete.user.id });
    expect(await codeOf(stranger.caller.coaching.athlete(ref))).toBe("FORBIDDEN");
    expect(await codeOf(pending.caller.coaching.athlete(ref))).toBe("FORBIDDEN");
    expect(await codeOf(callerFor(db(), null).coaching.athlete(ref))).toBe("UNAUTHORIZED");
    await coach.caller.coaching.endLink({ athleteId: athlete.user.id, coachId: coach.user.id });
    expect(await codeOf(coach.caller.coaching.athlete(ref))).toBe("FORBIDDEN");
    expect(await coach.caller.coaching.athletes()).toEqual([]);
  });

  it("refuses the signed-out, self-invitations and an already linked pair", async () => {
    const anonymous = callerFor(db(), null, () => now);
    expect(await codeOf(anonymous.coaching.invite({ direction: "coach-invites-athlete" }))).toBe("UNAUTHORIZED");
    expect(await codeOf(anonymous.coaching.listLinks())).toBe("UNAUTHORIZED");
    expect(await codeOf(anonymous.coaching.invitationByToken({ token: "a".repeat(43) }))).toBe("NOT_FOUND");
    expect(await codeOf(anonymous.coaching.invitationByToken({ token: "short" }))).toBe("BAD_REQUEST");

    const { coach, athlete } = await linked(db());
    const self = await coach.caller.profile.get();
    expect(await codeOf(coach.caller.coaching.invite({ direction: "coach-invites-athlete", email: self.email }))).toBe(
      "BAD_REQUEST",
    );
    const athleteEmail = (await athlete.caller.profile.get()).email;
    expect(
      await codeOf(coach.caller.coaching.invite({ direction: "coach-invites-athlete", email: athleteEmail })),
    ).toBe("CONFLICT");
  });
});
