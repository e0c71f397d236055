import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { linkCoach } from "@/db/queries/coaching";
import { listSessionsOfPlan } from "@/db/queries/plans";
import { authSessions, comments, passwordResets, plans, runs, setLogs, users } from "@/db/schema";
import { rowsOf } from "@/db/rows";
import { describeWithDatabase } from "@/db/testing";
import { authenticate } from "../../services/accounts";
import { callerFor, signedUpCaller } from "./caller";
import { codeOf } from "./codes";
import { marathonSettings, seedMarathonCalendar } from "./marathon-calendar";

/**
 * "Download my data" and "Delete account": the export holds the caller's own data and nothing of
 * anyone else's; deletion removes every row that names the person, in every table that references
 * users, and leaves the other people's data as it was.
 */

const NOW = new Date("2026-12-20T09:00:00Z");
const PASSWORD = "correct-horse-9";

async function person(db: Database, name: string) {
  const { user } = await signedUpCaller(db, name);
  await seedMarathonCalendar(db, user.id);
  const caller = callerFor(db, user.id, () => NOW);
  const { planId } = await caller.plans.create({ settings: marathonSettings });
  const [session] = (await listSessionsOfPlan(db, planId)).filter((s) => s.date < "2026-12-20");
  return { user, caller, planId, session: session! };
}

/** Every (table, column) with a foreign key to users, read from the database's own catalogue. */
async function columnsReferencingUsers(db: Database): Promise<{ table: string; column: string }[]> {
  const rows = await db.execute<{ table_name: string; column_name: string }>(sql`
    select kcu.table_name, kcu.column_name
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu
      on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
    join information_schema.constraint_column_usage ccu
      on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
    where tc.constraint_type = 'FOREIGN KEY' and ccu.table_name = 'users' and tc.table_schema = 'public'
    order by 1, 2`);
  const list = Array.isArray(rows) ? rows : (rows as { rows: typeof rows }).rows;
  return (list as { table_name: string; column_name: string }[]).map((r) => ({
    table: r.table_name,
    column: r.column_name,
  }));
}

/** How many rows of each referencing table name the user, e.g. { "runs.athlete_id": 80, ... } (zeros left out). */
async function rowsNaming(db: Database, userId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table, column } of await columnsReferencingUsers(db)) {
    const result = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)} = ${userId}::uuid`,
    );
    const n = Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
    if (n > 0) counts[`${table}.${column}`] = n;
  }
  return counts;
}

/** Rows that join two people (a link, a read mark) rather than belong to one. */
const BETWEEN_PEOPLE = ["coach_links.", "comment_reads.", "history_reads."];

/** The counts of rows the person owns as the athlete (their runs, plans, comment threads, history, ...). */
function ownedRows(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counts).filter(
      ([key]) => key.endsWith(".athlete_id") && !BETWEEN_PEOPLE.some((prefix) => key.startsWith(prefix)),
    ),
  );
}

describeWithDatabase("account export and deletion", (db) => {
  let leaver: Awaited<ReturnType<typeof person>>;
  let coach: Awaited<ReturnType<typeof person>>;
  let coached: Awaited<ReturnType<typeof person>>;
  let leaverCommentOnOther: string;
  let coachReply: string;

  beforeAll(async () => {
    leaver = await person(db(), "Leaving Runner");
    coach = await person(db(), "Their Coach");
    coached = await person(db(), "Athlete The Leaver Coaches");
    await linkCoach(db(), leaver.user.id, coach.user.id, "active");
    await linkCoach(db(), coached.user.id, leaver.user.id, "active");

    const { caller } = leaver;
    // A change on record in the leaver's history (before the check-off, which pins the session).
    await caller.plans.moveSession({ sessionId: leaver.session.id, date: leaver.session.date, confirm: true });
    const [exercise] = (await caller.plans.session({ sessionId: leaver.session.id })).exercises;
    await caller.sessions.log({
      sessionId: leaver.session.id,
      rpe: 7,
      sets: [{ exerciseId: exercise!.exerciseId, set: 1, reps: 8, loadKg: 22.5 }],
      clientId: randomUUID(),
      clientTime: "2026-12-20T08:00:00Z",
    });
    await caller.comments.add({ subject: { sessionId: leaver.session.id }, body: "Felt strong today" });
    leaverCommentOnOther = (
      await caller.comments.add({ subject: { sessionId: coached.session.id }, body: "Keep the knees out" })
    ).id;
    coachReply = (await coach.caller.comments.add({ subject: { sessionId: leaver.session.id }, body: "Coach's note" }))
      .id;
    await coach.caller.comments.add({ subject: { sessionId: coach.session.id }, body: "Coach's own private log" });
    await caller.coaching.invite({ direction: "athlete-invites-coach", email: "friend@example.test" });
    await db().insert(authSessions).values({ userId: leaver.user.id, createdAt: NOW });
  }, 120_000);

  it("exports the caller's own data, nested like the app shows it, and nobody else's", async () => {
    const data = await leaver.caller.account.exportData();
    expect(data.profile).toMatchObject({ id: leaver.user.id, email: leaver.user.email, name: "Leaving Runner" });
    expect(data.runs).toHaveLength(80);
    const [plan] = data.plans;
    expect(plan).toMatchObject({ id: leaver.planId, weeks: expect.any(Array), sessions: expect.any(Array) });
    expect(plan!.weeks).toHaveLength(16);
    const session = plan!.sessions.find((s) => s.id === leaver.session.id)!;
    expect(session.exercises.length).toBeGreaterThan(0);
    expect(session.checkOff).toMatchObject({ status: "done", rpe: 7 });
    expect(session.loggedSets).toEqual([expect.objectContaining({ setNumber: 1, reps: 8, loadKg: 22.5 })]);
    expect(data.commentsWritten.map((c) => c.body).sort()).toEqual(["Felt strong today", "Keep the knees out"]);
    expect(data.coachLinks).toHaveLength(2);
    expect(data.coachLinks.map((link) => link.otherName).sort()).toEqual(["Athlete The Leaver Coaches", "Their Coach"]);
    expect(data.invitations).toEqual([expect.objectContaining({ inviteeEmail: "friend@example.test" })]);
    expect(data.history.length).toBeGreaterThan(0);

    const text = JSON.stringify(data);
    for (const foreign of [coach.planId, coached.planId, coach.session.id, coachReply, "Coach's own private log"]) {
      expect(text).not.toContain(foreign);
    }
    expect(text).not.toMatch(/argon2|passwordHash|tokenHash|"token"/);
  });

  it("refuses to export for a signed-out visitor", async () => {
    expect(await codeOf(callerFor(db()).account.exportData())).toBe("UNAUTHORIZED");
  });

  it("deletes nothing without the password and the typed word", async () => {
    const before = await rowsNaming(db(), leaver.user.id);
    const wrongPassword = leaver.caller.account.delete({ password: "not-my-password-1", confirmation: "DELETE" });
    await expect(wrongPassword).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/password/),
    });
    expect(await codeOf(leaver.caller.account.delete({ password: PASSWORD, confirmation: "delete it" }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(callerFor(db()).account.delete({ password: PASSWORD, confirmation: "DELETE" }))).toBe(
      "UNAUTHORIZED",
    );
    expect(await rowsNaming(db(), leaver.user.id)).toEqual(before);
  });

  it("removes every row naming the person, blanks their comments on others' threads, and leaves the others' data", async () => {
    const othersBefore = {
      coach: await rowsNaming(db(), coach.user.id),
      coached: await rowsNaming(db(), coached.user.id),
    };
    expect(Object.keys(await rowsNaming(db(), leaver.user.id))).toEqual(
      expect.arrayContaining(["runs.athlete_id", "plans.athlete_id", "set_logs.athlete_id", "auth_sessions.user_id"]),
    );

    expect(await leaver.caller.account.delete({ password: PASSWORD, confirmation: " delete " })).toEqual({
      deleted: true,
    });

    expect(await rowsNaming(db(), leaver.user.id)).toEqual({});
    expect(await db().select().from(users).where(eq(users.id, leaver.user.id))).toEqual([]);
    expect(await authenticate(db(), leaver.user.email, PASSWORD)).toBeNull();
    // Their words on another athlete's thread are gone; the thread keeps a "deleted" line.
    const [onOther] = await db().select().from(comments).where(eq(comments.id, leaverCommentOnOther));
    expect(onOther).toMatchObject({ body: "", authorId: null, deletedAt: expect.any(Date) });
    const thread = await coached.caller.comments.list({ sessionId: coached.session.id });
    expect(thread.comments).toEqual([
      expect.objectContaining({
        deleted: true,
        body: "",
        author: expect.objectContaining({ name: "A former member" }),
      }),
    ]);
    // The coach's reply lived on the leaver's thread, which is gone with it.
    expect(await db().select().from(comments).where(eq(comments.id, coachReply))).toEqual([]);

    // The other two keep everything they own (every row keyed by them as the athlete); what goes is
    // only what joined them to the leaver: the links, read marks, and the coach's reply on the leaver's thread.
    for (const other of [coach, coached]) {
      const before = othersBefore[other === coach ? "coach" : "coached"];
      expect(ownedRows(await rowsNaming(db(), other.user.id))).toEqual(ownedRows(before));
    }
    expect((await coached.caller.plans.overview({ planId: coached.planId })).weeks).toHaveLength(16);
    expect(await db().$count(plans, eq(plans.athleteId, coach.user.id))).toBe(1);
    expect(await db().$count(runs, eq(runs.athleteId, coached.user.id))).toBe(80);
    expect(await db().$count(setLogs, eq(setLogs.athleteId, leaver.user.id))).toBe(0);
    expect(await db().$count(passwordResets, eq(passwordResets.userId, leaver.user.id))).toBe(0);
    // The deleted account's session is refused: it has no user any more.
    expect(await codeOf(leaver.caller.profile.get())).toBe("NOT_FOUND");
  });
});
