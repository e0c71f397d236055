import type { Database } from "@/db/client";
import { linkCoach } from "@/db/queries/coaching";
import { listSessionsOfPlan } from "@/db/queries/plans";
import { callerFor, signedUpCaller } from "../caller";
import { marathonSettings, seedMarathonCalendar } from "../marathon-calendar";

/** Everyone the matrix calls as, relative to one athlete (the owner). */
export const ACTORS = [
  "owner",
  "linkedCoach",
  "pendingCoach",
  "endedCoach",
  "unlinkedCoach",
  "otherAthlete",
  "anonymous",
] as const;
export type Actor = (typeof ACTORS)[number];

/** Late enough that the first weeks' sessions and runs are due (check-offs need that). */
export const MATRIX_NOW = new Date("2026-12-20T09:00:00Z");

export type Caller = ReturnType<typeof callerFor>;

export async function matrixFixture(db: Database) {
  const now = () => MATRIX_NOW;
  const people = {} as Record<Exclude<Actor, "anonymous">, { id: string; email: string; caller: Caller }>;
  for (const actor of ACTORS) {
    if (actor === "anonymous") continue;
    const { user } = await signedUpCaller(db, `Matrix ${actor}`);
    people[actor] = { id: user.id, email: user.email, caller: callerFor(db, user.id, now) };
  }
  const owner = people.owner;
  await seedMarathonCalendar(db, owner.id);
  await seedMarathonCalendar(db, people.otherAthlete.id);
  await linkCoach(db, owner.id, people.linkedCoach.id, "active");
  await linkCoach(db, owner.id, people.pendingCoach.id, "pending");
  await linkCoach(db, owner.id, people.endedCoach.id, "active");
  // The unlinked coach coaches someone else.
  const { user: theirAthlete } = await signedUpCaller(db, "Matrix their athlete");
  await linkCoach(db, theirAthlete.id, people.unlinkedCoach.id, "active");

  const { planId } = await owner.caller.plans.create({ settings: marathonSettings });
  await people.otherAthlete.caller.plans.create({ settings: marathonSettings });
  const sessions = (await listSessionsOfPlan(db, planId)).filter((s) => s.date < "2026-12-20");
  const [moveSession, editSession, removeSession, checkSession] = sessions;
  if (!moveSession || !editSession || !removeSession || !checkSession) throw new Error("too few past sessions");
  const runs = await owner.caller.runs.list({ from: "2026-11-23", to: "2026-12-19" });

  // The ended coach wrote a comment while linked; then the athlete ended the link.
  const endedComment = await people.endedCoach.caller.comments.add({
    subject: { sessionId: moveSession.id },
    body: "Written while still linked",
  });
  await owner.caller.coaching.endLink({ athleteId: owner.id, coachId: people.endedCoach.id });
  const { token } = await owner.caller.coaching.invite({ direction: "athlete-invites-coach" });

  return {
    db,
    now,
    people,
    caller: (actor: Actor): Caller => (actor === "anonymous" ? callerFor(db, null, now) : people[actor].caller),
    ownerId: owner.id,
    planId,
    moveSession,
    editSession,
    removeSession,
    checkSession,
    runId: runs[0]!.id,
    endedCommentId: endedComment.id,
    invitationToken: token,
  };
}
export type MatrixFixture = Awaited<ReturnType<typeof matrixFixture>>;
