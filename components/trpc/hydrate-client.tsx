import { dehydrate } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { getQueryClient } from "@/server/trpc/server";
import { HydrationBoundary } from "./client";

/** Hands what a server component prefetched (trpc.x.prefetch) to the page's live queries. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
