import type { Metadata } from "next";
import { SessionPage } from "@/components/session/session-page";

export const metadata: Metadata = { title: "Session" };

export default async function OwnSessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  return <SessionPage sessionId={sessionId} />;
}
