import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AthleteHeader } from "@/components/athlete/athlete-header";
import { AthleteScopeProvider } from "@/components/athlete/scope";
import { loadOrNotFound } from "@/server/trpc/load";
import { serverCaller } from "@/server/trpc/server";

/**
 * A coach working in an athlete's plan: the athlete's own components, inside a scope that makes
 * every call carry the athlete and every link stay under /athletes/<id>. Anyone without an active
 * link (or an unknown id) gets a 404.
 */
export default async function AthleteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ athleteId: string }>;
}) {
  const { athleteId } = await params;
  const caller = await serverCaller();
  const athlete = await loadOrNotFound(() => caller.coaching.athlete({ athleteId }));
  if (!athlete) notFound();
  const { links } = await caller.coaching.listLinks();
  const athletes = links
    .filter((link) => link.yourRole === "coach" && link.state === "active")
    .map((link) => ({ id: link.athleteId, name: link.otherName }));
  return (
    <AthleteScopeProvider athleteId={athlete.id} athleteName={athlete.name}>
      <div className="space-y-6">
        <AthleteHeader athleteId={athlete.id} name={athlete.name} athletes={athletes} />
        {children}
      </div>
    </AthleteScopeProvider>
  );
}
