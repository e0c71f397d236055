"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorMessage } from "@/components/runs/error-message";
import { useTRPC } from "@/components/trpc/client";
import { Button, ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** Accept or decline an invitation through its link, signed in. */
export function InvitationAnswer({ token, inviterName }: { token: string; inviterName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [declined, setDeclined] = useState(false);
  const accept = useMutation(
    trpc.coaching.accept.mutationOptions({
      onSuccess: (made) => {
        router.push(made.yourRole === "coach" ? "/dashboard" : "/profile#coaching");
        router.refresh();
      },
      onError: (failure) => setError(errorMessage(failure, "The invitation could not be accepted. Try again.")),
    }),
  );
  const decline = useMutation(
    trpc.coaching.decline.mutationOptions({
      onSuccess: () => setDeclined(true),
      onError: (failure) => setError(errorMessage(failure, "The invitation could not be declined. Try again.")),
    }),
  );
  if (declined) {
    return (
      <div className="space-y-4">
        <Notice tone="success">You declined. {inviterName} sees that; nothing else changes.</Notice>
        <ButtonLink href="/dashboard" variant="secondary">
          Go to your dashboard
        </ButtonLink>
      </div>
    );
  }
  const pending = accept.isPending || decline.isPending;
  return (
    <div className="space-y-4">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => accept.mutate({ token })} disabled={pending}>
          {accept.isPending ? "Accepting…" : "Accept"}
        </Button>
        <Button variant="secondary" onClick={() => decline.mutate({ token })} disabled={pending}>
          Decline
        </Button>
      </div>
    </div>
  );
}
