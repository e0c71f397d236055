"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { retryAfterFromCode } from "@/server/domain/sign-in-codes";
import { tooManyAttemptsMessage } from "@/server/domain/wait";
import { safeNextPath } from "./safe-next";

/** Why the sign-in was refused, in plain words: throttled (with the wait) or wrong credentials. */
function refusalMessage(code: string | undefined): string {
  const retryAfterSeconds = retryAfterFromCode(code);
  if (retryAfterSeconds !== null) return tooManyAttemptsMessage(retryAfterSeconds);
  return "That email and password don't match an account. Check them and try again.";
}

export function SignInForm({ next, notice }: { next?: string; notice?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (!result.ok || result.error) {
      setPending(false);
      setError(refusalMessage(result.code));
      return;
    }
    router.replace(safeNextPath(next));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {notice ? <Notice tone="info">{notice}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <TextField label="Email" name="email" type="email" autoComplete="email" required />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-center text-sm text-muted">
        New here?{" "}
        <Link href="/sign-up" className="font-semibold text-brand underline-offset-4 hover:underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}
