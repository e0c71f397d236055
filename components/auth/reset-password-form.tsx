"use client";

import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { errorMessage } from "@/components/runs/error-message";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { PASSWORD_RULE, passwordSchema } from "@/server/schemas/account";

/**
 * Chooses the new password through a reset link, then signs in with it. Using the link signs the
 * account out everywhere else, which the page says before and after.
 */
export function ResetPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const reset = useMutation(trpc.account.resetPassword.mutationOptions());
  const [passwordError, setPasswordError] = useState<string | undefined>();
  const [signingIn, setSigningIn] = useState(false);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = passwordSchema.safeParse(new FormData(event.currentTarget).get("password"));
    if (!parsed.success) {
      setPasswordError(parsed.error.issues[0]?.message);
      return;
    }
    setPasswordError(undefined);
    let email: string;
    try {
      ({ email } = await reset.mutateAsync({ token, password: parsed.data }));
    } catch {
      return; // shown from reset.error below
    }
    setDone(true);
    setSigningIn(true);
    const result = await signIn("credentials", { email, password: parsed.data, redirect: false });
    if (!result.ok || result.error) {
      setSigningIn(false);
      return;
    }
    router.replace("/dashboard");
    router.refresh();
  }

  if (done) {
    return (
      <Notice tone="success" title="Password changed">
        {signingIn ? (
          "Signing you in with the new password…"
        ) : (
          <>
            Every device was signed out.{" "}
            <Link href="/sign-in" className="font-semibold underline">
              Sign in with your new password
            </Link>
          </>
        )}
      </Notice>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {reset.error ? (
        <Notice tone="error">
          {errorMessage(reset.error, "We could not change the password. Try again.")}{" "}
          {reset.error.data?.code === "BAD_REQUEST" && !reset.error.data.fieldErrors ? (
            <Link href="/forgot-password" className="font-semibold underline">
              Ask for a new link
            </Link>
          ) : null}
        </Notice>
      ) : null}
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={PASSWORD_RULE}
        error={passwordError}
      />
      <p className="text-sm text-muted">Saving it signs your account out on every device.</p>
      <Button type="submit" className="w-full" disabled={reset.isPending || signingIn}>
        {reset.isPending ? "Saving the new password…" : "Save the new password"}
      </Button>
    </form>
  );
}
