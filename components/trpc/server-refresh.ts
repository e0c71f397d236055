"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useTransition } from "react";

/**
 * Reloads the server-rendered page in place (router.refresh) and resolves once the new render is
 * on screen, so a tick can stay shown until the server's figures replace it.
 */
export function useServerRefresh(): () => Promise<void> {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const waiting = useRef<(() => void)[]>([]);
  useEffect(() => {
    if (!refreshing) for (const done of waiting.current.splice(0)) done();
  }, [refreshing]);
  return useCallback(
    () =>
      new Promise<void>((resolve) => {
        waiting.current.push(resolve);
        startRefresh(() => router.refresh());
      }),
    [router],
  );
}
