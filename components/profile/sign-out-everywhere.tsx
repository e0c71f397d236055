"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "@/components/runs/error-message";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { signOutAction } from "@/server/auth/actions";

/**
 * "Sign out everywhere": ends every session of the account on the server (a lost phone, a shared
 * computer), then signs this browser out too.
 */
export function SignOutEverywhere() {
  const trpc = useTRPC();
  const endAll = useMutation(trpc.security.signOutEverywhere.mutationOptions());
  const [confirming, setConfirming] = useState(false);

  async function onConfirm() {
    try {
      await endAll.mutateAsync();
    } catch {
      return; // shown from endAll.error below
    }
    await signOutAction();
  }

  return (
    <section aria-labelledby="sign-out-everywhere-title" className="space-y-3">
      <h2 id="sign-out-everywhere-title" className="text-lg font-semibold">
        Sign out everywhere
      </h2>
      <p className="text-sm text-muted">
        Signs your account out of every browser and device, this one included. Use it if you lost a device or signed in
        on a shared computer.
      </p>
      {endAll.error ? (
        <Notice tone="error">{errorMessage(endAll.error, "We could not sign you out everywhere. Try again.")}</Notice>
      ) : null}
      {!confirming ? (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Sign out everywhere…
        </Button>
      ) : (
        <div className="flex flex-wrap gap-2" role="group" aria-label="Confirm signing out everywhere">
          <Button variant="danger" onClick={onConfirm} disabled={endAll.isPending} autoFocus>
            {endAll.isPending ? "Signing out…" : "Yes, sign out everywhere"}
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)} disabled={endAll.isPending}>
            Cancel
          </Button>
        </div>
      )}
    </section>
  );
}
