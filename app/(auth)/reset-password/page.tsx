import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { resetTokenSchema } from "@/server/schemas/password-reset";
import { serverCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false } };

const CLOSED: Record<string, string> = {
  used: "This link was already used. If you did not change the password yourself, ask for a new link.",
  expired: "This link has expired: links work for one hour. Ask for a new one.",
  unknown: "This reset link is not valid. Open it again from the latest email, or ask for a new one.",
};

/** Where a reset email's link lands: the token in the address is the credential. */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const parsed = resetTokenSchema.safeParse(token);
  const status = parsed.success
    ? (await (await serverCaller()).account.resetLinkStatus({ token: parsed.data })).status
    : "unknown";
  return (
    <Card>
      <h1 className="text-2xl font-bold tracking-tight">Choose a new password</h1>
      <div className="mt-4 space-y-4">
        {parsed.success && status === "open" ? (
          <ResetPasswordForm token={parsed.data} />
        ) : (
          <>
            <Notice tone="warning">{CLOSED[status]}</Notice>
            <ButtonLink href="/forgot-password">Ask for a new link</ButtonLink>
          </>
        )}
      </div>
    </Card>
  );
}
