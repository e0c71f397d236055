import type { Metadata } from "next";
import { SessionPage } from "@/components/session/session-page";
import { loadAthlete } from "@/app/(app)/athletes/[athleteId]/load-athlete";

export const metadata: Metadata = { title: "Athlete's session" };

export default async function AthleteSessionPage({
  params,
}: {
  params: Promise<{ athleteId: string; sessionId: string }>;
}) {
  const { athleteId, sessionId } = await params;
  await loadAthlete(athleteId);
  return <SessionPage sessionId={sessionId} athleteId={athleteId} />;
}
