import type { Database } from "@/db/client";
import { linkCoach } from "@/db/queries/coaching";
import { insertRuns, listAllRuns, newRunRow } from "@/db/queries/runs";
import { countUsers, findUserByEmail, insertUser } from "@/db/queries/users";
import { hashPassword } from "../services/password";
import { addDays, startOfWeek } from "../domain/dates";
import { todayIn } from "../services/clock";
import { createPlan } from "../services/plans";
import { buildTemplate } from "../templates";
import { seedCoachingDemo } from "./seed-coaching";
import { seedDemoLogs } from "./seed-logs";

/** The demo accounts the README lists. Known passwords: demo data only, never real users. */
export const DEMO_USERS = {
  coach: { email: "coach@example.com", name: "Casey Coach", password: "demo-coach-2026", timeZone: "Europe/London" },
  athlete: {
    email: "athlete@example.com",
    name: "Alex Runner",
    password: "demo-athlete-2026",
    timeZone: "Europe/London",
  },
} as const;

async function ensureUser(db: Database, demo: (typeof DEMO_USERS)[keyof typeof DEMO_USERS]): Promise<string> {
  const existing = await findUserByEmail(db, demo.email);
  if (existing) return existing.id;
  const user = await insertUser(db, {
    email: demo.email,
    name: demo.name,
    timeZone: demo.timeZone,
    passwordHash: await hashPassword(demo.password),
  });
  if (!user) throw new Error(`could not create demo user ${demo.email}`);
  return user.id;
}

/**
 * Creates the demo coach and athlete (linked) if they are missing, and gives an athlete with an
 * empty calendar a Higdon-like intermediate marathon build (race 14 weeks out, so the block is
 * already under way) and the strength plan laid around it. Safe to run twice.
 */
export async function seedDemo(db: Database, now: Date): Promise<void> {
  const coachId = await ensureUser(db, DEMO_USERS.coach);
  const athleteId = await ensureUser(db, DEMO_USERS.athlete);
  await linkCoach(db, athleteId, coachId, "active");
  if ((await listAllRuns(db, athleteId)).length > 0) return;

  const today = todayIn(DEMO_USERS.athlete.timeZone, now);
  const raceDate = addDays(startOfWeek(addDays(today, 14 * 7), 1), 6);
  const runs = buildTemplate("higdon-intermediate", raceDate);
  await insertRuns(
    db,
    runs.map((run) => newRunRow({ athleteId, source: "template", sourceUid: "higdon-intermediate" }, run)),
  );
  await createPlan(db, athleteId, {
    name: "Spring marathon strength block",
    settings: {
      raceDate,
      weeks: 16,
      sessionsPerWeek: 2,
      level: "intermediate",
      equipment: ["mat", "band", "dumbbell", "box"],
      allowRestDays: false,
      blockedDates: [],
    },
  });
  await seedDemoLogs(db, athleteId, DEMO_USERS.athlete.timeZone, now);
  await seedCoachingDemo(db, { coachId, athleteId }, now);
}

export async function seedIfEmpty(db: Database, now: Date): Promise<void> {
  if ((await countUsers(db)) === 0) await seedDemo(db, now);
}
