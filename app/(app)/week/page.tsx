import type { Metadata } from "next";
import { WeekPage } from "@/components/week/week-page";
import { isIsoDate } from "@/server/domain/dates";

export const metadata: Metadata = { title: "This week" };

export default async function OwnWeekPage({ searchParams }: { searchParams: Promise<{ date?: string | string[] }> }) {
  const { date: raw } = await searchParams;
  return <WeekPage title="Your week" date={typeof raw === "string" && isIsoDate(raw) ? raw : undefined} />;
}
