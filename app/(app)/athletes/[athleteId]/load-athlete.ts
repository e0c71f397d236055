import "server-only";
import { notFound } from "next/navigation";
import { loadOrNotFound } from "@/server/trpc/load";
import { serverCaller } from "@/server/trpc/server";

/**
 * The athlete a coach's page is about, or the not-found page: pages render beside the layout,
 * so each one refuses on its own when the link has ended (the coach's next request).
 */
export async function loadAthlete(athleteId: string) {
  const caller = await serverCaller();
  const athlete = await loadOrNotFound(() => caller.coaching.athlete({ athleteId }));
  if (!athlete) notFound();
  return athlete;
}
