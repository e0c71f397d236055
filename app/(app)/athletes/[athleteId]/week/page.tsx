import type { Metadata } from "next";
import { WeekPage } from "@/components/week/week-page";
import { isIsoDate } from "@/server/domain/dates";
import { loadAthlete } from "@/app/(app)/athletes/[athleteId]/load-athlete";

export const metadata: Metadata = { title: "Athlete's week" };

export default async function AthleteWeekPage({
  params,
  searchParams,
}: {
  params: Promise<{ athleteId: string }>;
  searchParams: Promise<{ date?: string | string[] }>;
}) {
  const [{ athleteId }, { date: raw }] = await Promise.all([params, searchParams]);
  const athlete = await loadAthlete(athleteId);
  const date = typeof raw === "string" && isIsoDate(raw) ? raw : undefined;
  return <WeekPage title={`${athlete.name}'s week`} date={date} athleteId={athleteId} />;
}
