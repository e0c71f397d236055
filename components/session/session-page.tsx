import { notFound } from "next/navigation";
import { Suspense } from "react";
import { loadOrNotFound } from "@/server/trpc/load";
import { HydrateClient } from "@/components/trpc/hydrate-client";
import { getQueryClient, serverCaller, trpc } from "@/server/trpc/server";
import { SessionDetail } from "./session-detail";

/**
 * A session as a page, loaded on the server and handed to the client cache. With `athleteId`
 * (a coach's /athletes/[id]/sessions/[id]) the session must be that athlete's, not another
 * athlete's the same coach also sees.
 */
export async function SessionPage({ sessionId, athleteId }: { sessionId: string; athleteId?: string }) {
  const caller = await serverCaller();
  const session = await loadOrNotFound(() => caller.plans.session({ sessionId }));
  if (!session || (athleteId && session.athleteId !== athleteId)) notFound();
  getQueryClient().setQueryData(trpc.plans.session.queryKey({ sessionId }), session);
  return (
    <HydrateClient>
      <Suspense fallback={<p className="text-muted">Loading the session…</p>}>
        <SessionDetail sessionId={sessionId} />
      </Suspense>
    </HydrateClient>
  );
}
