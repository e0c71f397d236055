"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, useSyncExternalStore } from "react";
import { errorMessage } from "@/components/runs/error-message";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

const noSubscription = () => () => {};

/** The site's origin in the browser ("" while rendering on the server). */
function useOrigin(): string {
  return useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
}

type Confirming = "regenerate" | "revoke" | null;

/**
 * The calendar feed on the profile page: a secret address calendar apps subscribe to, with the
 * strength sessions and (if wanted) the runs. It can be replaced or turned off at any time.
 */
export function CalendarFeed() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const origin = useOrigin();
  const feed = useQuery(trpc.feeds.get.queryOptions({}));
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [includeRuns, setIncludeRuns] = useState(true);
  const [copied, setCopied] = useState(false);

  const settle = (message: string | null) => async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.feeds.get.queryKey({}) });
    setConfirming(null);
    setCopied(false);
    setNotice(message);
  };
  const fail = (failure: unknown) => setError(errorMessage(failure, "That did not work. Try again."));
  const create = useMutation(
    trpc.feeds.create.mutationOptions({
      onSuccess: settle("Your feed is ready. Add its address to your calendar app."),
      onError: fail,
    }),
  );
  const regenerate = useMutation(
    trpc.feeds.regenerate.mutationOptions({
      onSuccess: settle("New address made. The old one no longer works: subscribe again with this one."),
      onError: fail,
    }),
  );
  const revoke = useMutation(
    trpc.feeds.revoke.mutationOptions({
      onSuccess: settle("Feed turned off. Calendars subscribed to it stop updating."),
      onError: fail,
    }),
  );
  const toggleRuns = useMutation(trpc.feeds.setIncludeRuns.mutationOptions({ onSuccess: settle(null), onError: fail }));
  const pending = create.isPending || regenerate.isPending || revoke.isPending || toggleRuns.isPending;

  function act(run: () => void) {
    setError(null);
    setNotice(null);
    run();
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setError("Copying did not work here: select the address and copy it by hand.");
    }
  }

  if (feed.isPending) return <p className="text-muted">Loading your calendar feed…</p>;
  if (feed.isError) {
    return (
      <div className="space-y-3">
        <Notice tone="error">{errorMessage(feed.error, "Your calendar feed could not be loaded.")}</Notice>
        <Button variant="secondary" onClick={() => void feed.refetch()}>
          Try again
        </Button>
      </div>
    );
  }

  const url = feed.data ? `${origin}${feed.data.path}` : "";
  const webcal = url.replace(/^https?:\/\//, "webcal://");
  return (
    <section aria-labelledby="calendar-feed-heading" className="space-y-4">
      <div>
        <h2 id="calendar-feed-heading" className="text-lg font-semibold">
          Calendar feed
        </h2>
        <p className="mt-1 text-sm text-muted">
          See your strength sessions (with the exercises, sets and reps) in Google Calendar, Apple Calendar or Outlook.
          They update by themselves when your plan changes.
        </p>
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {notice ? <Notice tone="success">{notice}</Notice> : null}

      {feed.data === null ? (
        <div className="space-y-4">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-5 accent-brand"
              checked={includeRuns}
              onChange={(event) => setIncludeRuns(event.currentTarget.checked)}
            />
            Include my runs too
          </label>
          <Button onClick={() => act(() => create.mutate({ includeRuns }))} disabled={pending}>
            {create.isPending ? "Creating…" : "Create my calendar feed"}
          </Button>
        </div>
      ) : (
        <div className="space-y-4">
          <div className="space-y-1.5">
            <label htmlFor="feed-url" className="block text-sm font-medium">
              Your feed address (keep it private)
            </label>
            <div className="flex flex-col gap-2 sm:flex-row">
              <input
                id="feed-url"
                readOnly
                value={url}
                onFocus={(event) => event.currentTarget.select()}
                className="block min-h-11 w-full min-w-0 rounded-lg border border-line bg-raised px-3 font-mono text-sm text-fg"
              />
              <Button variant="secondary" onClick={() => void copy(url)} disabled={!url}>
                {copied ? "Copied" : "Copy"}
              </Button>
            </div>
            <p className="text-sm text-muted">
              Google Calendar: Other calendars, +, From URL. Outlook: Add calendar, Subscribe from web. On an iPhone or
              Mac,{" "}
              <a href={webcal} className="font-semibold text-brand underline-offset-4 hover:underline">
                subscribe with one tap
              </a>
              .
            </p>
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-5 accent-brand"
              checked={feed.data.includeRuns}
              disabled={pending}
              onChange={(event) => {
                const next = event.currentTarget.checked;
                act(() => toggleRuns.mutate({ includeRuns: next }));
              }}
            />
            Include my runs too
          </label>
          {confirming ? (
            <div className="space-y-3 rounded-lg border border-line bg-raised p-3">
              <p className="text-sm font-medium">
                {confirming === "regenerate"
                  ? "Make a new address? Calendars subscribed to the current one stop updating until you subscribe again."
                  : "Turn the feed off? Calendars subscribed to it stop updating, and the address stops working."}
              </p>
              <div className="flex flex-wrap gap-2">
                <Button
                  variant={confirming === "revoke" ? "danger" : "primary"}
                  disabled={pending}
                  onClick={() => act(() => (confirming === "regenerate" ? regenerate.mutate({}) : revoke.mutate({})))}
                >
                  {confirming === "regenerate" ? "Yes, make a new address" : "Yes, turn it off"}
                </Button>
                <Button variant="secondary" disabled={pending} onClick={() => setConfirming(null)}>
                  Cancel
                </Button>
              </div>
            </div>
          ) : (
            <div className="flex flex-wrap gap-2">
              <Button variant="secondary" onClick={() => setConfirming("regenerate")} disabled={pending}>
                Make a new address
              </Button>
              <Button
                variant="ghost"
                className="text-danger!"
                onClick={() => setConfirming("revoke")}
                disabled={pending}
              >
                Turn off the feed
              </Button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
