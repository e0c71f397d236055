"use client";

import { Component, lazy, Suspense, type ComponentType, type ReactNode } from "react";

/**
 * A part of a server-rendered page that keeps live queries of its own: a count that refreshes, a
 * comment thread. The server renders it whole. In the browser the rest of the page hydrates
 * without it: its code and the data layer arrive just after, and only then does it hydrate and
 * start its queries (`fallback` shows if it ever has to render before that). If its code cannot
 * load (no signal), the fallback stays instead of the page's error screen.
 */
export function liveIsland<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): ComponentType<P> {
  const Live = lazy(async () => {
    const [Island, { TrpcReactProvider }] = await Promise.all([load(), import("./client")]);
    function WithDataLayer(props: P) {
      return (
        <TrpcReactProvider>
          <Island {...props} />
        </TrpcReactProvider>
      );
    }
    return { default: WithDataLayer };
  });
  function LiveIsland(props: P) {
    return (
      <StayOnFailure fallback={fallback}>
        <Suspense fallback={fallback}>
          <Live {...props} />
        </Suspense>
      </StayOnFailure>
    );
  }
  return LiveIsland;
}

/** Keeps the fallback in place when an island's code fails to load, instead of the page's error screen. */
class StayOnFailure extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
