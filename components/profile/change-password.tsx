"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { z } from "zod";
import { errorMessage } from "@/components/runs/error-message";
import { useTRPC } from "@/components/trpc/client";
import { TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { Notice } from "@/components/ui/notice";
import { PASSWORD_RULE } from "@/server/schemas/account";
import { changePasswordSchema } from "@/server/schemas/security";

type FieldErrors = { currentPassword?: string; newPassword?: string };

/**
 * "Change password": the current password, then a new one under the sign-up rule. Every other
 * browser is signed out; this one stays signed in.
 */
export function ChangePassword() {
  const trpc = useTRPC();
  const change = useMutation(trpc.security.changePassword.mutationOptions());
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<number | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setDone(null);
    const parsed = changePasswordSchema.safeParse({
      currentPassword: form.get("currentPassword"),
      newPassword: form.get("newPassword"),
    });
    if (!parsed.success) {
      const flat = z.flattenError(parsed.error).fieldErrors;
      setFieldErrors({ currentPassword: flat.currentPassword?.[0], newPassword: flat.newPassword?.[0] });
      return;
    }
    setFieldErrors({});
    try {
      const { endedSessions } = await change.mutateAsync(parsed.data);
      formRef.current?.reset();
      setDone(endedSessions);
    } catch {
      // shown from change.error below
    }
  }

  return (
    <section aria-labelledby="change-password-title" className="space-y-3">
      <h2 id="change-password-title" className="text-lg font-semibold">
        Change password
      </h2>
      <form ref={formRef} onSubmit={onSubmit} className="space-y-4" noValidate>
        {done !== null ? (
          <Notice tone="info">
            Password changed.{" "}
            {done === 0
              ? "No other browser was signed in."
              : `Signed out ${done} other ${done === 1 ? "browser" : "browsers"}.`}
          </Notice>
        ) : null}
        <TextField
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          error={fieldErrors.currentPassword}
        />
        <TextField
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          hint={PASSWORD_RULE}
          error={fieldErrors.newPassword}
        />
        <FormFooter
          error={change.error ? errorMessage(change.error, "We could not change the password. Try again.") : null}
          pending={change.isPending}
          submitLabel="Change password"
          pendingLabel="Changing…"
        />
      </form>
    </section>
  );
}
