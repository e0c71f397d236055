"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import type { AppRouter } from "@/server/trpc/routers";
import { dataLayer } from "./data-layer";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** Live queries for the pages that keep them (the data layer itself is in data-layer.ts). */
export function TrpcReactProvider({ children }: { children: ReactNode }) {
  const [{ queryClient, trpcClient }] = useState(dataLayer);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

// Server components hydrate through this module (hydrate-client.tsx), so the boundary's code
// travels with the provider's instead of as a small chunk of its own that other pages fetch too.
export { HydrationBoundary } from "@tanstack/react-query";
