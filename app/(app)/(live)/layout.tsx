import type { ReactNode } from "react";
import { TrpcReactProvider } from "@/components/trpc/client";

/**
 * The signed-in pages that keep live queries in the browser (TanStack Query over tRPC). The week
 * view is rendered on the server and stays outside, so its first load does not carry them.
 */
export default function LiveQueriesLayout({ children }: { children: ReactNode }) {
  return <TrpcReactProvider>{children}</TrpcReactProvider>;
}
