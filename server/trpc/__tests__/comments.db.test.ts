import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeWithDatabase } from "@/db/testing";
import { COMMENT_MAX_CHARS } from "../../domain/comments";
import { callerFor } from "./caller";
import { codeOf } from "./codes";
import { MONDAY, sharedPlan, stranger, WEEK_START } from "./shared-plan";

const minutes = (n: number) => new Date(MONDAY.getTime() + n * 60_000);
/** A clock that moves a second per reading, as a real one would between two requests. */
function ticking() {
  let tick = 0;
  return () => new Date(MONDAY.getTime() + ++tick * 1000);
}

describeWithDatabase("comments", (db) => {
  it("lets the coach and the athlete talk on a session, with unread counts for each side", async () => {
    const { asAthlete, asCoach, athlete, coach, sessions } = await sharedPlan(db(), ticking());
    const subject = { sessionId: sessions[0]!.id };
    const added = await asCoach.comments.add({ subject, body: "  Moved this to Thursday: fresher legs.  " });
    expect(added).toMatchObject({
      body: "Moved this to Thursday: fresher legs.",
      author: { isYou: true, role: "coach" },
    });

    expect(await asAthlete.comments.unread({})).toEqual({
      total: 1,
      threads: [{ athleteId: athlete.id, subject: `session:${subject.sessionId}`, count: 1, own: true }],
    });
    expect((await asCoach.comments.unread({})).total).toBe(0); // their own comment is not news

    const thread = await asAthlete.comments.list(subject);
    expect(thread.comments.map((c) => [c.author.name, c.author.role, c.body])).toEqual([
      ["Casey Coach", "coach", "Moved this to Thursday: fresher legs."],
    ]);
    expect(thread.comments[0]).toMatchObject({ canEdit: false, canDelete: false });

    await asAthlete.comments.markRead(subject);
    expect((await asAthlete.comments.unread({})).total).toBe(0);

    await asAthlete.comments.add({ subject, body: "Thanks, Thursday works." });
    expect(await asCoach.comments.unread({})).toEqual({
      total: 1,
      threads: [{ athleteId: athlete.id, subject: `session:${subject.sessionId}`, count: 1, own: false }],
    });
    expect((await asCoach.comments.unread({ athleteId: athlete.id })).total).toBe(1);
    expect(coach.id).not.toBe(athlete.id);
  });

  it("keeps one thread per week whichever day of it is named, apart from other weeks", async () => {
    const { asAthlete, asCoach, athlete } = await sharedPlan(db());
    await asCoach.comments.add({
      subject: { athleteId: athlete.id, weekOf: "2026-12-02" },
      body: "Big week: sleep well.",
    });
    const sameWeek = await asAthlete.comments.list({ weekOf: "2026-12-06" });
    expect(sameWeek.subject).toBe(`week:${WEEK_START}`);
    expect(sameWeek.comments.map((c) => c.body)).toEqual(["Big week: sleep well."]);
    expect((await asAthlete.comments.list({ weekOf: "2026-12-07" })).comments).toEqual([]);
  });

  it("lets authors edit their own comment for 10 minutes and delete it any time", async () => {
    const { asAthlete, athlete, coach, sessions } = await sharedPlan(db());
    const subject = { sessionId: sessions[0]!.id };
    const at = (n: number) => callerFor(db(), athlete.id, () => minutes(n));
    const asCoachAt = (n: number) => callerFor(db(), coach.id, () => minutes(n));
    const comment = await at(0).comments.add({ subject, body: "Legs felt heavy" });

    const edited = await at(9).comments.edit({ commentId: comment.id, body: "Legs felt heavy after the tempo" });
    expect(edited).toMatchObject({ body: "Legs felt heavy after the tempo", editedAt: minutes(9) });
    expect(await codeOf(asCoachAt(9).comments.edit({ commentId: comment.id, body: "no" }))).toBe("FORBIDDEN");
    expect(await codeOf(asCoachAt(9).comments.remove({ commentId: comment.id }))).toBe("FORBIDDEN");

    const late = at(11).comments.edit({ commentId: comment.id, body: "too late" });
    await expect(late).rejects.toThrow(/10 minutes/);
    expect((await at(11).comments.list(subject)).comments[0]).toMatchObject({ canEdit: false, canDelete: true });

    await at(60).comments.remove({ commentId: comment.id });
    const [gone] = (await asAthlete.comments.list(subject)).comments;
    expect(gone).toMatchObject({ deleted: true, body: "", canDelete: false });
    expect(await codeOf(at(61).comments.remove({ commentId: comment.id }))).toBe("NOT_FOUND");
    // A deleted comment is not unread for anyone.
    expect((await asCoachAt(62).comments.unread({})).total).toBe(0);
  });

  it("stores text exactly as typed and refuses empty or overlong comments with a clear message", async () => {
    const { asAthlete, sessions } = await sharedPlan(db());
    const subject = { sessionId: sessions[0]!.id };
    const html = '<script>alert("x")</script> <b>bold</b> & https://example.com/a?b=1';
    await asAthlete.comments.add({ subject, body: html });
    expect((await asAthlete.comments.list(subject)).comments[0]?.body).toBe(html);

    await expect(asAthlete.comments.add({ subject, body: "   " })).rejects.toThrow("Write something before sending.");
    await expect(asAthlete.comments.add({ subject, body: "x".repeat(COMMENT_MAX_CHARS + 1) })).rejects.toThrow(
      `Keep a comment under ${COMMENT_MAX_CHARS} characters.`,
    );
  });

  it("refuses strangers, ended coaches and anonymous callers; coaches never see each other's athletes", async () => {
    const { asCoach, athlete, coach, sessions } = await sharedPlan(db());
    const other = await sharedPlan(db());
    const subject = { sessionId: sessions[0]!.id };
    const comment = await asCoach.comments.add({ subject, body: "Check your hips" });
    await other.asCoach.comments.add({ subject: { sessionId: other.sessions[0]!.id }, body: "For my athlete only" });

    const { caller } = await stranger(db());
    expect(await codeOf(caller.comments.list(subject))).toBe("NOT_FOUND");
    expect(await codeOf(caller.comments.add({ subject, body: "hi" }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.comments.list({ athleteId: athlete.id, weekOf: WEEK_START }))).toBe("FORBIDDEN");
    expect(await codeOf(caller.comments.unread({ athleteId: athlete.id }))).toBe("FORBIDDEN");
    expect(await codeOf(other.asCoach.comments.list(subject))).toBe("NOT_FOUND");
    expect((await other.asCoach.comments.unread({})).total).toBe(0);
    expect((await asCoach.comments.unread({})).total).toBe(0);
    expect(await codeOf(callerFor(db(), null).comments.unread({}))).toBe("UNAUTHORIZED");

    await db().execute(
      sql`update coach_links set status = 'revoked' where athlete_id = ${athlete.id} and coach_id = ${coach.id}`,
    );
    expect(await codeOf(asCoach.comments.list(subject))).toBe("NOT_FOUND");
    expect(await codeOf(asCoach.comments.edit({ commentId: comment.id, body: "still mine?" }))).toBe("NOT_FOUND");
    expect((await asCoach.comments.unread({})).total).toBe(0);
  });

  it("counts unread comments for the navigation in one SQL statement", async () => {
    const { asAthlete, asCoach, athlete, sessions } = await sharedPlan(db());
    await asCoach.comments.add({ subject: { sessionId: sessions[0]!.id }, body: "One" });
    await asCoach.comments.add({ subject: { sessionId: sessions[1]!.id }, body: "Two" });
    await asCoach.comments.add({ subject: { athleteId: athlete.id, weekOf: WEEK_START }, body: "Three" });
    let total = 0;
    const statements = await db.statementsOf(async () => {
      total = (await asAthlete.comments.unread({})).total;
    });
    expect(total).toBe(3);
    expect(statements).toHaveLength(1);
  });
});
