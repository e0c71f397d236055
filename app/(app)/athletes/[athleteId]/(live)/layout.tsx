import type { ReactNode } from "react";
import { TrpcReactProvider } from "@/components/trpc/client";

/** A coach's pages in the athlete's plan that keep live queries (the week view stays outside). */
export default function AthleteLiveQueriesLayout({ children }: { children: ReactNode }) {
  return <TrpcReactProvider>{children}</TrpcReactProvider>;
}
