import { createHash, randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import {
  upsertRunCheckOff,
  upsertSessionCheckOff,
  upsertSessionLog,
  upsertSessionSoreness,
} from "@/db/queries/checkoffs";
import { activateCoachLink } from "@/db/queries/coach-links";
import { insertComment, markThreadRead } from "@/db/queries/comments";
import { insertInvitation } from "@/db/queries/invitations";
import { findActivePlan, listSessionsOfPlan } from "@/db/queries/plans";
import { insertRuns, listAllRuns, newRunRow } from "@/db/queries/runs";
import { findUserByEmail, insertUser } from "@/db/queries/users";
import { runCountsForAdherence } from "../domain/checkoff";
import { INVITATION_DAYS } from "../domain/coaching";
import { addDays, startOfWeek } from "../domain/dates";
import { todayIn } from "../services/clock";
import { hashPassword } from "../services/password";
import { createPlan } from "../services/plans";
import { buildTemplate } from "../templates";

/**
 * The demo coach's squad, so the coach's home shows every state at first start: Alex (the main
 * demo athlete, on track), Sam (slipping: about two thirds of the work done, nothing alarming) and
 * Jordan (needs attention: missed days, a very hard and sore session, a question left unanswered),
 * one invitation still waiting, and a short comment thread with Alex.
 */
export const DEMO_COACHED = {
  slipping: { email: "sam@example.com", name: "Sam Okafor", password: "demo-sam-2026", raceWeeks: 9 },
  attention: { email: "jordan@example.com", name: "Jordan Lee", password: "demo-jordan-2026", raceWeeks: 5 },
} as const;
export const DEMO_PENDING_INVITEE = "pat@example.com";
const TIME_ZONE = "Europe/London";
const HOUR = 3_600_000;

type Stamp = { viewerId: string; now: Date; clientId: string; clientTime: string };
const stamp = (athleteId: string, date: string, now: Date): Stamp => ({
  viewerId: athleteId,
  now,
  clientId: crypto.randomUUID(),
  clientTime: `${date}T18:00:00Z`,
});

async function demoAthlete(db: Database, who: (typeof DEMO_COACHED)[keyof typeof DEMO_COACHED], now: Date) {
  if (await findUserByEmail(db, who.email)) return null;
  const user = await insertUser(db, {
    email: who.email,
    name: who.name,
    timeZone: TIME_ZONE,
    passwordHash: await hashPassword(who.password),
  });
  if (!user) return null;
  const today = todayIn(TIME_ZONE, now);
  const raceDate = addDays(startOfWeek(addDays(today, who.raceWeeks * 7), 1), 6);
  await insertRuns(
    db,
    buildTemplate("higdon-intermediate", raceDate).map((run) =>
      newRunRow({ athleteId: user.id, source: "template", sourceUid: "higdon-intermediate" }, run),
    ),
  );
  const settings = {
    raceDate,
    weeks: 16,
    sessionsPerWeek: 2 as const,
    level: "intermediate" as const,
    equipment: ["mat", "band", "dumbbell"] as ("mat" | "band" | "dumbbell")[],
    allowRestDays: false,
    blockedDates: [],
  };
  await createPlan(db, user.id, { name: "Marathon strength block", settings });
  return { id: user.id, today };
}

/** Sam: every other session only partly done, one run in four skipped, evenly: slipping, no alarm. */
async function slippingLogs(db: Database, athleteId: string, today: string, now: Date) {
  const plan = await findActivePlan(db, athleteId);
  if (!plan) return;
  const sessions = (await listSessionsOfPlan(db, plan.id)).filter((s) => s.date < today);
  for (const [index, session] of sessions.entries()) {
    const status = index % 2 === 0 ? "done" : "partial";
    await upsertSessionCheckOff(db, stamp(athleteId, session.date, now), {
      sessionId: session.id,
      status,
      reason: null,
    });
  }
  const runs = (await listAllRuns(db, athleteId)).filter((r) => r.date < today && runCountsForAdherence(r.type));
  for (const [index, run] of runs.entries()) {
    const skipped = index % 4 === 3;
    await upsertRunCheckOff(db, stamp(athleteId, run.date, now), {
      runId: run.id,
      status: skipped ? "skipped" : "done",
      reason: skipped ? "no-time" : null,
      actualDistanceKm: skipped ? null : run.distanceKm,
      actualMinutes: skipped ? null : run.durationMin,
    });
  }
}

/** Jordan: on plan until a week ago; since then runs missed and one session logged 9/10, very sore. */
async function attentionLogs(db: Database, athleteId: string, today: string, now: Date) {
  const plan = await findActivePlan(db, athleteId);
  if (!plan) return;
  const weekAgo = addDays(today, -7);
  const sessions = (await listSessionsOfPlan(db, plan.id)).filter((s) => s.date < today);
  const lastSession = sessions.at(-1);
  for (const session of sessions) {
    if (session === lastSession) {
      await upsertSessionLog(db, stamp(athleteId, session.date, now), {
        sessionId: session.id,
        rpe: 9,
        note: "Knee felt it on the split squats.",
      });
      await upsertSessionSoreness(db, stamp(athleteId, session.date, now), {
        sessionId: session.id,
        soreness: "very-sore",
      });
    } else {
      await upsertSessionCheckOff(db, stamp(athleteId, session.date, now), {
        sessionId: session.id,
        status: session.date < weekAgo ? "done" : "skipped",
        reason: session.date < weekAgo ? null : "injured",
      });
    }
  }
  const runs = (await listAllRuns(db, athleteId)).filter((r) => r.date < weekAgo && runCountsForAdherence(r.type));
  for (const run of runs) {
    await upsertRunCheckOff(db, stamp(athleteId, run.date, now), {
      runId: run.id,
      status: "done",
      reason: null,
      actualDistanceKm: run.distanceKm,
      actualMinutes: run.durationMin,
    });
  }
}

async function commentThreads(db: Database, ids: { coachId: string; alexId: string; jordanId?: string }, now: Date) {
  const week = `week:${startOfWeek(todayIn(TIME_ZONE, now), 1)}`;
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR);
  const thread = [
    {
      authorId: ids.alexId,
      hours: 30,
      body: "Legs were heavy after the intervals. Should I keep this week's second session?",
    },
    {
      authorId: ids.coachId,
      hours: 26,
      body: "Keep it, but stop at two sets of split squats if they still feel heavy.",
    },
    { authorId: ids.alexId, hours: 3, body: "Done, two sets felt right. Thanks!" },
  ];
  for (const line of thread) {
    await insertComment(db, {
      athleteId: ids.alexId,
      subject: week,
      sessionId: null,
      authorId: line.authorId,
      body: line.body,
      createdAt: at(line.hours),
    });
  }
  await markThreadRead(db, { readerId: ids.coachId, athleteId: ids.alexId, subject: week, lastReadAt: at(26) });
  await markThreadRead(db, { readerId: ids.alexId, athleteId: ids.alexId, subject: week, lastReadAt: at(3) });
  if (ids.jordanId) {
    await insertComment(db, {
      athleteId: ids.jordanId,
      subject: week,
      sessionId: null,
      authorId: ids.jordanId,
      body: "My knee is sore since the last session. Should I skip the next one?",
      createdAt: at(30),
    });
  }
}

/** Adds the squad around the demo coach and Alex; does nothing when it is already there. */
export async function seedCoachingDemo(db: Database, ids: { coachId: string; athleteId: string }, now: Date) {
  const sam = await demoAthlete(db, DEMO_COACHED.slipping, now);
  if (!sam) return;
  const jordan = await demoAthlete(db, DEMO_COACHED.attention, now);
  await slippingLogs(db, sam.id, sam.today, now);
  if (jordan) await attentionLogs(db, jordan.id, jordan.today, now);
  for (const athleteId of [ids.athleteId, sam.id, jordan?.id]) {
    if (athleteId) await activateCoachLink(db, { athleteId, coachId: ids.coachId, now });
  }
  await insertInvitation(db, {
    inviterId: ids.coachId,
    direction: "coach-invites-athlete",
    inviteeEmail: DEMO_PENDING_INVITEE,
    athleteId: null,
    // Nobody holds this demo link: only its hash exists, as for every invitation.
    tokenHash: createHash("sha256").update(randomBytes(32).toString("base64url")).digest("hex"),
    expiresAt: new Date(now.getTime() + INVITATION_DAYS * 24 * HOUR),
    createdAt: new Date(now.getTime() - 24 * HOUR),
  });
  await commentThreads(db, { coachId: ids.coachId, alexId: ids.athleteId, jordanId: jordan?.id }, now);
}
