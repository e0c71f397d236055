import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { SessionDetail } from "@/components/session/session-detail";
import { loadOrNotFound } from "@/server/trpc/load";
import { HydrateClient, getQueryClient, serverCaller, trpc } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Session" };

export default async function SessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const caller = await serverCaller();
  const session = await loadOrNotFound(() => caller.plans.session({ sessionId }));
  if (!session) notFound();
  getQueryClient().setQueryData(trpc.plans.session.queryKey({ sessionId }), session);
  return (
    <HydrateClient>
      <Suspense fallback={<p className="text-muted">Loading the session…</p>}>
        <SessionDetail sessionId={sessionId} />
      </Suspense>
    </HydrateClient>
  );
}
