"use client";

import { useMutation } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { errorMessage } from "@/components/runs/error-message";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { DELETE_CONFIRMATION_WORD } from "@/server/domain/account-lifecycle";
import { deleteAccountSchema } from "@/server/schemas/account-deletion";

type FieldErrors = { password?: string; confirmation?: string };

/**
 * "Delete account": asks for the password and the typed word, then removes the account and its
 * data and signs this browser out (every other session ended with the account).
 */
export function DeleteAccount() {
  const trpc = useTRPC();
  const remove = useMutation(trpc.account.delete.mutationOptions());
  const [open, setOpen] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [leaving, setLeaving] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = deleteAccountSchema.safeParse({
      password: form.get("password"),
      confirmation: form.get("confirmation"),
    });
    if (!parsed.success) {
      const flat = z.flattenError(parsed.error).fieldErrors;
      setFieldErrors({ password: flat.password?.[0], confirmation: flat.confirmation?.[0] });
      return;
    }
    setFieldErrors({});
    try {
      await remove.mutateAsync(parsed.data);
    } catch {
      return; // shown from remove.error below
    }
    setLeaving(true);
    await signOut({ redirectTo: "/account-deleted" });
  }

  return (
    <section aria-labelledby="delete-account-title" className="space-y-3">
      <h2 id="delete-account-title" className="text-lg font-semibold">
        Delete account
      </h2>
      <p className="text-sm text-muted">
        Removes your account and everything in it for good: runs, plans, sessions, logs, your comments and coach links.
        Download your data first if you want to keep it.
      </p>
      {!open ? (
        <Button variant="danger" onClick={() => setOpen(true)}>
          Delete my account…
        </Button>
      ) : (
        <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-danger/40 p-4" noValidate>
          {remove.error ? (
            <Notice tone="error">{errorMessage(remove.error, "We could not delete the account. Try again.")}</Notice>
          ) : null}
          {leaving ? <Notice tone="info">Account deleted. Signing you out…</Notice> : null}
          <TextField
            label="Your password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            autoFocus
            error={fieldErrors.password}
          />
          <TextField
            label={`Type ${DELETE_CONFIRMATION_WORD} to confirm`}
            name="confirmation"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            error={fieldErrors.confirmation}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={remove.isPending || leaving}>
              {remove.isPending || leaving ? "Deleting your account…" : "Delete my account and data"}
            </Button>
            <Button variant="ghost" onClick={() => setOpen(false)} disabled={remove.isPending || leaving}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
