import { ButtonLink } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 px-4 text-center">
      <p className="text-sm font-semibold text-brand">404</p>
      <h1 className="text-2xl font-bold">This page is not on the plan</h1>
      <p className="text-muted">The link may be old, or the page may belong to someone else.</p>
      <ButtonLink href="/dashboard">Back to your dashboard</ButtonLink>
    </main>
  );
}
