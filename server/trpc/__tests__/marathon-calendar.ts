import { insertRuns } from "@/db/queries/runs";
import type { Database } from "@/db/client";
import { addDays } from "../../domain/dates";

export const RACE_DAY = "2027-03-14"; // a Sunday
export const BLOCK_START = "2026-11-23"; // the Monday 16 weeks before

/**
 * A realistic 16-week marathon calendar: intervals Tuesday, easy Wednesday and Saturday, tempo
 * Thursday, a long run on Sunday that grows with a step back every fourth week, Monday and
 * Friday rest, the race on the last Sunday.
 */
export async function seedMarathonCalendar(db: Database, athleteId: string): Promise<void> {
  const rows = [];
  for (let week = 0; week < 16; week++) {
    const monday = addDays(BLOCK_START, week * 7);
    const longKm = week % 4 === 3 ? 16 : 18 + week * 1.5;
    const isRaceWeek = week === 15;
    rows.push(
      { date: addDays(monday, 1), type: "intervals" as const, distanceKm: 10, title: "6 x 800m" },
      { date: addDays(monday, 2), type: "easy" as const, distanceKm: 8 },
      { date: addDays(monday, 3), type: "tempo" as const, distanceKm: 11 },
      { date: addDays(monday, 5), type: "easy" as const, distanceKm: 6 },
      isRaceWeek
        ? { date: RACE_DAY, type: "race" as const, distanceKm: 42.195, title: "City Marathon" }
        : { date: addDays(monday, 6), type: "long" as const, distanceKm: Math.min(longKm, 32) },
    );
  }
  await insertRuns(
    db,
    rows.map((run) => ({ ...run, athleteId, source: "manual" as const })),
  );
}

export const marathonSettings = {
  raceDate: RACE_DAY,
  sessionsPerWeek: 2 as const,
  level: "intermediate" as const,
  equipment: ["mat", "dumbbell", "band", "box"] as ("mat" | "dumbbell" | "band" | "box")[],
  allowRestDays: false,
  blockedDates: [],
};
