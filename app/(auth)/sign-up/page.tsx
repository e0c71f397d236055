import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/server/auth";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  if (await currentUser()) redirect("/dashboard");
  const { next } = await searchParams;
  return (
    <Card>
      <h1 className="text-2xl font-bold tracking-tight">Create your account</h1>
      <p className="mt-1 mb-6 text-sm text-muted">Strength work that fits around your runs, not on top of them.</p>
      <SignUpForm next={typeof next === "string" ? next : undefined} />
    </Card>
  );
}
