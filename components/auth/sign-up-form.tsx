"use client";

import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { PASSWORD_RULE, signUpSchema, type SignUpInput } from "@/server/schemas/account";
import { safeNextPath } from "./safe-next";

type FieldErrors = Partial<Record<keyof SignUpInput, string>>;

function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** `next`: a same-site path to go to once signed up (an invitation link), checked by safeNextPath. */
export function SignUpForm({ next }: { next?: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const signUp = useMutation(trpc.account.signUp.mutationOptions());
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signUpSchema.safeParse({
      name: form.get("name"),
      email: form.get("email"),
      password: form.get("password"),
      timeZone: browserTimeZone(),
    });
    setFormError(null);
    if (!parsed.success) {
      const flat = z.flattenError(parsed.error).fieldErrors;
      setFieldErrors({ name: flat.name?.[0], email: flat.email?.[0], password: flat.password?.[0] });
      return;
    }
    setFieldErrors({});
    try {
      await signUp.mutateAsync(parsed.data);
    } catch (error) {
      setFormError(error instanceof Error ? error.message : "We could not create your account. Try again.");
      return;
    }
    setSigningIn(true);
    const result = await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirect: false,
    });
    if (!result.ok || result.error) {
      router.replace("/sign-in");
      return;
    }
    router.replace(safeNextPath(next));
    router.refresh();
  }

  const pending = signUp.isPending || signingIn;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {formError ? (
        <Notice tone="error">
          {formError}{" "}
          {signUp.error?.data?.code === "CONFLICT" ? (
            <Link href="/sign-in" className="font-semibold underline">
              Go to sign in
            </Link>
          ) : null}
        </Notice>
      ) : null}
      <TextField label="Your name" name="name" autoComplete="name" required error={fieldErrors.name} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required error={fieldErrors.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={PASSWORD_RULE}
        error={fieldErrors.password}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-muted">
        Already have an account?{" "}
        <Link
          href={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"}
          className="font-semibold text-brand underline-offset-4 hover:underline"
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
