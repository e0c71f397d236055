import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { SessionDetail } from "@/components/session/session-detail";
import { loadOrNotFound } from "@/server/trpc/load";
import { HydrateClient, getQueryClient, serverCaller, trpc } from "@/server/trpc/server";
import { loadAthlete } from "../../load-athlete";

export const metadata: Metadata = { title: "Athlete's session" };

export default async function AthleteSessionPage({
  params,
}: {
  params: Promise<{ athleteId: string; sessionId: string }>;
}) {
  const { athleteId, sessionId } = await params;
  await loadAthlete(athleteId);
  const caller = await serverCaller();
  const [session, plans] = await Promise.all([
    loadOrNotFound(() => caller.plans.session({ sessionId })),
    caller.plans.list({ athleteId }),
  ]);
  // The session must be this athlete's, not another athlete's the coach also sees.
  if (!session || !plans.some((plan) => plan.id === session.planId)) notFound();
  getQueryClient().setQueryData(trpc.plans.session.queryKey({ sessionId }), session);
  return (
    <HydrateClient>
      <Suspense fallback={<p className="text-muted">Loading the session…</p>}>
        <SessionDetail sessionId={sessionId} />
      </Suspense>
    </HydrateClient>
  );
}
