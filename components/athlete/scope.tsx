"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { athleteBasePath } from "./paths";

/**
 * Whose plan a page shows. The athlete's own pages have no provider: `athleteId` is undefined
 * (procedures default to the signed-in user) and links start at "/". A coach's pages under
 * /athletes/[athleteId]/... wrap the same components in the provider, so every procedure call
 * carries the athlete and every link stays inside the athlete's URLs.
 */
export type AthleteScope = {
  athleteId?: string;
  athleteName?: string;
  /** "" for the athlete's own pages, "/athletes/<id>" when a coach works in the athlete's plan. */
  basePath: string;
};

const OWN_SCOPE: AthleteScope = { basePath: "" };

const AthleteScopeContext = createContext<AthleteScope>(OWN_SCOPE);

export function AthleteScopeProvider({
  athleteId,
  athleteName,
  children,
}: {
  athleteId: string;
  athleteName?: string;
  children: ReactNode;
}) {
  const scope = useMemo(
    () => ({ athleteId, athleteName, basePath: athleteBasePath(athleteId) }),
    [athleteId, athleteName],
  );
  return <AthleteScopeContext.Provider value={scope}>{children}</AthleteScopeContext.Provider>;
}

export function useAthleteScope(): AthleteScope {
  return useContext(AthleteScopeContext);
}
