import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/server/auth";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  if (await currentUser()) redirect("/dashboard");
  const { next } = await searchParams;
  const nextPath = typeof next === "string" ? next : undefined;
  return (
    <Card>
      <h1 className="text-2xl font-bold tracking-tight">Welcome back</h1>
      <p className="mt-1 mb-6 text-sm text-muted">Sign in to see this week&apos;s sessions.</p>
      <SignInForm next={nextPath} notice={nextPath ? "Sign in to continue." : undefined} />
      <p className="mt-4 text-center text-sm">
        <Link href="/forgot-password" className="font-semibold text-brand underline-offset-4 hover:underline">
          Forgot your password?
        </Link>
      </p>
    </Card>
  );
}
