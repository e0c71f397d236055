"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { errorMessage } from "@/components/runs/error-message";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { RESET_LINK_MINUTES } from "@/server/domain/account-lifecycle";
import { requestPasswordResetSchema } from "@/server/schemas/password-reset";

/**
 * Asks for the email a reset link goes to. The answer is the same whether or not the address has
 * an account, so this page cannot be used to find out who uses Groundwork.
 */
export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const request = useMutation(trpc.account.requestPasswordReset.mutationOptions());
  const [emailError, setEmailError] = useState<string | undefined>();
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = requestPasswordResetSchema.safeParse({ email: new FormData(event.currentTarget).get("email") });
    if (!parsed.success) {
      setEmailError(z.flattenError(parsed.error).fieldErrors.email?.[0]);
      return;
    }
    setEmailError(undefined);
    try {
      await request.mutateAsync(parsed.data);
      setSentTo(parsed.data.email);
    } catch {
      // The message is shown from request.error below.
    }
  }

  if (sentTo) {
    return (
      <div className="space-y-4">
        <Notice tone="success" title="Check your email">
          If an account uses {sentTo}, we have sent it a link to choose a new password. The link works once, for{" "}
          {RESET_LINK_MINUTES / 60} hour. Nothing arrived after a few minutes? Look in the spam folder, or try again.
        </Notice>
        <p className="text-center text-sm">
          <Link href="/sign-in" className="font-semibold text-brand underline-offset-4 hover:underline">
            Back to sign in
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {request.error ? (
        <Notice tone="error">{errorMessage(request.error, "We could not send the link. Try again.")}</Notice>
      ) : null}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        error={emailError}
        hint="The address you signed up with."
      />
      <Button type="submit" className="w-full" disabled={request.isPending}>
        {request.isPending ? "Sending the link…" : "Send me a reset link"}
      </Button>
      <p className="text-center text-sm text-muted">
        Remembered it?{" "}
        <Link href="/sign-in" className="font-semibold text-brand underline-offset-4 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
