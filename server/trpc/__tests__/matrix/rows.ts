import { randomUUID } from "node:crypto";
import { linkCoach } from "@/db/queries/coaching";
import { insertRuns } from "@/db/queries/runs";
import { callerFor, signedUpCaller } from "../caller";
import { marathonSettings, RACE_DAY } from "../marathon-calendar";
import { replacePasswordReset } from "@/db/queries/password-resets";
import { hashResetToken } from "../../../services/password-reset";
import type { Actor, Caller, MatrixFixture } from "./fixture";

/**
 * The authorization matrix as data: one row per procedure of the app router. `kind` says who
 * may call it; `input` builds a valid input for that caller (fresh rows where a call uses
 * something up), so an allowed call must succeed and a refused one fails only for access.
 */
export type Kind =
  /** The athlete's data: the athlete and an actively linked coach. */
  | "athlete-scoped"
  /** The caller's own account (or their own list): anyone signed in. */
  | "own-account"
  /** No sign-in needed. */
  | "public"
  /** Only the athlete themself (answering or withdrawing their own invitation). */
  | "owner-only";

export interface MatrixRow {
  kind: Kind;
  input: (f: MatrixFixture, actor: Actor) => unknown;
  /** Undo what an allowed call changed that later rows rely on. */
  after?: (f: MatrixFixture) => Promise<void>;
  /**
   * Who makes the call in the actor's place, for a call that would use the actor up (deleting the
   * account): a stand-in of the same kind (signed in or not), since the call acts on the caller only.
   */
  standIn?: (f: MatrixFixture, actor: Actor) => Promise<Caller>;
}

export const ALLOWED: Record<Kind, readonly Actor[]> = {
  "athlete-scoped": ["owner", "linkedCoach"],
  "own-account": ["owner", "linkedCoach", "pendingCoach", "endedCoach", "unlinkedCoach", "otherAthlete"],
  public: ["owner", "linkedCoach", "pendingCoach", "endedCoach", "unlinkedCoach", "otherAthlete", "anonymous"],
  "owner-only": ["owner"],
};

const mayWrite = (actor: Actor) => actor === "owner" || actor === "linkedCoach";
const range = { from: "2026-11-23", to: "2026-12-20" };
const write = () => ({ clientId: randomUUID(), clientTime: "2026-12-20T08:00:00Z" });
const athlete = (f: MatrixFixture) => ({ athleteId: f.ownerId });
const session = (pick: "moveSession" | "editSession" | "removeSession" | "checkSession") => (f: MatrixFixture) => ({
  sessionId: f[pick].id,
});

async function freshRun(f: MatrixFixture): Promise<string> {
  const [run] = await insertRuns(f.db, [{ athleteId: f.ownerId, date: "2026-12-09", type: "easy", source: "manual" }]);
  return run!.id;
}

/** A comment the caller wrote on the athlete's thread when they could; the athlete's otherwise. */
async function commentFor(f: MatrixFixture, actor: Actor): Promise<string> {
  if (actor === "endedCoach") return f.endedCommentId;
  const author = mayWrite(actor) ? f.caller(actor) : f.caller("owner");
  return (await author.comments.add({ subject: { sessionId: f.moveSession.id }, body: `From ${actor}` })).id;
}

/** A template the caller owns (anyone may have templates), applied to the owner. */
async function templateFor(f: MatrixFixture, actor: Actor) {
  const owner = actor === "anonymous" ? "linkedCoach" : actor;
  const template = await f.caller(owner).coachTemplates.save({
    name: `Matrix ${randomUUID()}`,
    settings: { level: "beginner", sessionsPerWeek: 2, equipment: ["mat"], allowRestDays: false },
  });
  return { templateId: template.id, athletes: [{ athleteId: f.ownerId, raceDate: RACE_DAY }] };
}

/** An invitation from a new coach to the owner's address: only the owner may answer it. */
async function invitationToOwner(f: MatrixFixture) {
  const { user } = await signedUpCaller(f.db, "Matrix inviter");
  const owner = f.people.owner;
  const result = await callerFor(f.db, user.id, f.now).coaching.invite({
    direction: "coach-invites-athlete",
    email: owner.email,
  });
  return { invitationId: result.invitation.id };
}

async function exerciseToSwap(f: MatrixFixture) {
  const detail = await f.caller("owner").plans.session({ sessionId: f.moveSession.id });
  for (const exercise of detail.exercises) {
    const to = exercise.swaps.regression ?? exercise.swaps.progression ?? exercise.swaps.alternatives[0];
    if (to) return { sessionId: detail.id, position: exercise.position, exerciseId: to.id };
  }
  throw new Error("no swap available");
}

async function doseEdit(f: MatrixFixture) {
  const [first] = (await f.caller("owner").plans.session({ sessionId: f.editSession.id })).exercises;
  const measure = first!.unit === "reps" ? { reps: 8 } : first!.unit === "seconds" ? { seconds: 30 } : { metres: 20 };
  return { sessionId: f.editSession.id, position: first!.position, sets: 3, ...measure, intensity: "RPE 6" };
}

let added = 0;
async function exerciseToAdd(f: MatrixFixture) {
  const options = await f.caller("owner").prescriptions.options({ sessionId: f.editSession.id });
  const option = options.filter((o) => o.unit === "reps")[added++ % 5]!;
  return { sessionId: f.editSession.id, exerciseId: option.id, sets: 2, reps: 10, intensity: "bodyweight" };
}

async function exerciseToRemove(f: MatrixFixture) {
  const detail = await f.caller("owner").plans.session({ sessionId: f.removeSession.id });
  return { sessionId: detail.id, position: detail.exercises.at(-1)!.position };
}

async function withFeed<T>(f: MatrixFixture, input: T): Promise<T> {
  await f.caller("owner").feeds.create({});
  return input;
}

/** A reset link for a fresh account, as if just emailed. */
async function resetLink(f: MatrixFixture) {
  const { user } = await signedUpCaller(f.db, "Matrix reset");
  const token = randomUUID().replaceAll("-", "") + randomUUID().replaceAll("-", "");
  const now = f.now();
  const expiresAt = new Date(now.getTime() + 3_600_000);
  await replacePasswordReset(f.db, { tokenHash: hashResetToken(token), userId: user.id, createdAt: now, expiresAt });
  return { token, password: "matrix-reset-pass-7" };
}

/** A fresh account to delete in the actor's place (anonymous stays anonymous). */
async function disposableAccount(f: MatrixFixture, actor: Actor): Promise<Caller> {
  if (actor === "anonymous") return f.caller("anonymous");
  const { user } = await signedUpCaller(f.db, `Matrix leaving ${actor}`);
  return callerFor(f.db, user.id, f.now);
}

const publishedChoice = { kind: "published" as const, templateId: "higdon-novice" as const, raceDate: RACE_DAY };

export const MATRIX: Record<string, MatrixRow> = {
  "health.ping": { kind: "public", input: () => undefined },
  "account.signUp": {
    kind: "public",
    input: () => ({ email: `matrix-${randomUUID()}@example.test`, name: "New", password: "correct-horse-9" }),
  },
  "account.requestPasswordReset": { kind: "public", input: () => ({ email: `reset-${randomUUID()}@example.test` }) },
  "account.resetLinkStatus": { kind: "public", input: () => ({ token: "x".repeat(43) }) },
  "account.resetPassword": { kind: "public", input: resetLink },
  "account.exportData": { kind: "own-account", input: () => undefined },
  "account.delete": {
    kind: "own-account",
    input: () => ({ password: "correct-horse-9", confirmation: "DELETE" }),
    standIn: disposableAccount,
  },
  "profile.get": { kind: "own-account", input: () => undefined },
  "security.signOutEverywhere": { kind: "own-account", input: () => undefined },
  "security.changePassword": {
    kind: "own-account",
    input: () => ({ currentPassword: "correct-horse-9", newPassword: "matrix-new-pass-7" }),
  },
  "profile.today": { kind: "athlete-scoped", input: athlete },
  "profile.update": {
    kind: "own-account",
    input: (_f, actor) => ({ name: `Matrix ${actor}`, timeZone: "Europe/Berlin", units: "km", weekStart: "monday" }),
  },

  "runs.list": { kind: "athlete-scoped", input: (f) => ({ ...athlete(f), ...range }) },
  "runs.create": { kind: "athlete-scoped", input: (f) => ({ ...athlete(f), date: "2026-12-10", type: "easy" }) },
  "runs.update": { kind: "athlete-scoped", input: async (f) => ({ runId: await freshRun(f), distanceKm: 6 }) },
  "runs.delete": { kind: "athlete-scoped", input: async (f) => ({ runId: await freshRun(f) }) },
  "runs.previewImport": {
    kind: "athlete-scoped",
    input: (f) => ({
      ...athlete(f),
      ...range,
      text: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:m-1@test\r\nDTSTART;VALUE=DATE:20261208\r\nSUMMARY:Easy run\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    }),
  },
  "runs.commitImport": {
    kind: "athlete-scoped",
    input: (f) => ({
      ...athlete(f),
      ...range,
      runs: [{ uid: "m-1@test", include: true, date: "2026-12-08", type: "easy" }],
    }),
  },
  "runs.checkOff": {
    kind: "athlete-scoped",
    input: (f) => ({ runId: f.runId, status: "skipped", reason: "ill", ...write() }),
  },

  "plans.preview": { kind: "athlete-scoped", input: (f) => ({ ...athlete(f), settings: marathonSettings }) },
  "plans.create": { kind: "athlete-scoped", input: (f) => ({ ...athlete(f), settings: marathonSettings }) },
  "plans.list": { kind: "athlete-scoped", input: athlete },
  "plans.overview": { kind: "athlete-scoped", input: (f) => ({ planId: f.planId }) },
  "plans.printable": { kind: "athlete-scoped", input: (f) => ({ planId: f.planId }) },
  "plans.week": { kind: "athlete-scoped", input: (f) => ({ ...athlete(f), date: "2026-12-02" }) },
  "plans.session": { kind: "athlete-scoped", input: session("moveSession") },
  "plans.moveSession": {
    kind: "athlete-scoped",
    input: (f) => ({ sessionId: f.moveSession.id, date: f.moveSession.date, confirm: true }),
  },
  "plans.swapExercise": { kind: "athlete-scoped", input: exerciseToSwap },
  "plans.replan": { kind: "athlete-scoped", input: (f) => ({ planId: f.planId, confirm: false }) },

  "feeds.get": { kind: "athlete-scoped", input: athlete },
  "feeds.create": { kind: "athlete-scoped", input: athlete },
  "feeds.regenerate": { kind: "athlete-scoped", input: (f) => withFeed(f, athlete(f)) },
  "feeds.revoke": { kind: "athlete-scoped", input: (f) => withFeed(f, athlete(f)) },
  "feeds.setIncludeRuns": { kind: "athlete-scoped", input: (f) => withFeed(f, { ...athlete(f), includeRuns: false }) },

  "templates.list": { kind: "own-account", input: () => undefined },
  "templates.preview": { kind: "athlete-scoped", input: (f) => ({ ...athlete(f), choice: publishedChoice }) },
  "templates.save": { kind: "athlete-scoped", input: (f) => ({ ...athlete(f), choice: publishedChoice }) },

  "history.forSession": { kind: "athlete-scoped", input: session("moveSession") },
  "history.changedSince": { kind: "athlete-scoped", input: (f) => ({ ...athlete(f), ...range }) },
  "history.markSeen": { kind: "athlete-scoped", input: session("moveSession") },

  "comments.list": { kind: "athlete-scoped", input: session("moveSession") },
  "comments.add": { kind: "athlete-scoped", input: (f) => ({ subject: session("moveSession")(f), body: "Matrix" }) },
  "comments.edit": {
    kind: "athlete-scoped",
    input: async (f, actor) => ({ commentId: await commentFor(f, actor), body: "Edited" }),
  },
  "comments.remove": { kind: "athlete-scoped", input: async (f, actor) => ({ commentId: await commentFor(f, actor) }) },
  "comments.markRead": { kind: "athlete-scoped", input: session("moveSession") },
  "comments.unread": { kind: "athlete-scoped", input: athlete },

  "prescriptions.options": { kind: "athlete-scoped", input: session("editSession") },
  "prescriptions.edit": { kind: "athlete-scoped", input: doseEdit },
  "prescriptions.addExercise": { kind: "athlete-scoped", input: exerciseToAdd },
  "prescriptions.removeExercise": { kind: "athlete-scoped", input: exerciseToRemove },

  "coachTemplates.list": { kind: "own-account", input: () => undefined },
  "coachTemplates.save": {
    kind: "own-account",
    input: () => ({
      name: `Matrix ${randomUUID()}`,
      settings: { level: "beginner", sessionsPerWeek: 2, equipment: [], allowRestDays: false },
    }),
  },
  "coachTemplates.remove": {
    kind: "own-account",
    input: async (f, actor) => ({ templateId: (await templateFor(f, actor)).templateId }),
  },
  "coachTemplates.preview": { kind: "athlete-scoped", input: templateFor },
  "coachTemplates.applyToAthletes": { kind: "athlete-scoped", input: templateFor },

  "coaching.invite": { kind: "own-account", input: () => ({ direction: "coach-invites-athlete" }) },
  "coaching.listLinks": { kind: "own-account", input: () => undefined },
  "coaching.invitationsWaiting": { kind: "own-account", input: () => undefined },
  "coaching.invitationByToken": { kind: "public", input: (f) => ({ token: f.invitationToken }) },
  "coaching.accept": { kind: "owner-only", input: invitationToOwner },
  "coaching.decline": { kind: "owner-only", input: invitationToOwner },
  "coaching.withdraw": {
    kind: "owner-only",
    input: async (f) => {
      const result = await f.caller("owner").coaching.invite({ direction: "athlete-invites-coach" });
      return { invitationId: result.invitation.id };
    },
  },
  "coaching.athletes": { kind: "own-account", input: () => undefined },
  "coaching.athlete": { kind: "athlete-scoped", input: athlete },
  "coaching.endLink": {
    kind: "athlete-scoped",
    input: (f) => ({ athleteId: f.ownerId, coachId: f.people.linkedCoach.id }),
    // Ending is the point of the call; the next rows need the link again.
    after: (f) => linkCoach(f.db, f.ownerId, f.people.linkedCoach.id, "active"),
  },

  "sessions.checkOff": {
    kind: "athlete-scoped",
    input: (f) => ({ sessionId: f.checkSession.id, status: "skipped", reason: "travel", ...write() }),
  },
  "sessions.log": {
    kind: "athlete-scoped",
    input: (f) => ({ sessionId: f.checkSession.id, sets: [], rpe: 6, ...write() }),
  },
  "sessions.soreness": {
    kind: "athlete-scoped",
    input: (f) => ({ sessionId: f.checkSession.id, soreness: "mild", ...write() }),
  },
  "sessions.history": { kind: "athlete-scoped", input: session("checkSession") },

  "adherence.summary": { kind: "athlete-scoped", input: (f) => ({ ...athlete(f), ...range }) },
  "adherence.recent": { kind: "athlete-scoped", input: athlete },
};
