import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Account deleted", robots: { index: false } };

export default function AccountDeletedPage() {
  return (
    <Card>
      <h1 className="text-2xl font-bold tracking-tight">Your account is deleted</h1>
      <p className="mt-2 text-sm text-muted">
        Your runs, plans, sessions, logs and comments are gone, and every device was signed out. Thank you for training
        with Groundwork.
      </p>
      <div className="mt-6 flex flex-wrap gap-2">
        <ButtonLink href="/sign-up">Create a new account</ButtonLink>
        <ButtonLink href="/" variant="secondary">
          Home
        </ButtonLink>
      </div>
    </Card>
  );
}
