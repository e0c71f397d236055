import { hashPassword } from "../server/auth/password";
import type { Database } from "./client";
import { linkCoach } from "./queries/coaching";
import { countUsers, findUserByEmail, insertUser } from "./queries/users";

/** The demo accounts the README lists. Known passwords: demo data only, never real users. */
export const DEMO_USERS = {
  coach: { email: "coach@example.com", name: "Casey Coach", password: "demo-coach-2026", timeZone: "Europe/London" },
  athlete: { email: "athlete@example.com", name: "Alex Runner", password: "demo-athlete-2026", timeZone: "Europe/London" },
} as const;

/** Creates the demo coach and athlete (linked) if they are missing. Safe to run twice. */
export async function seedDemo(db: Database): Promise<void> {
  const ids: string[] = [];
  for (const demo of [DEMO_USERS.coach, DEMO_USERS.athlete]) {
    const existing = await findUserByEmail(db, demo.email);
    const user =
      existing ??
      (await insertUser(db, {
        email: demo.email,
        name: demo.name,
        timeZone: demo.timeZone,
        passwordHash: await hashPassword(demo.password),
      }));
    if (!user) throw new Error(`could not create demo user ${demo.email}`);
    ids.push(user.id);
  }
  const [coachId, athleteId] = ids;
  if (coachId && athleteId) await linkCoach(db, athleteId, coachId, "active");
}

export async function seedIfEmpty(db: Database): Promise<void> {
  if ((await countUsers(db)) === 0) await seedDemo(db);
}
