import { buttonClass } from "@/components/ui/button-class";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 px-4 text-center">
      <p className="text-sm font-semibold text-brand">404</p>
      <h1 className="text-2xl font-bold">This page is not on the plan</h1>
      <p className="text-muted">The link may be old, or the page may belong to someone else.</p>
      {/* A plain link: this page is a boundary of every route, so next/link here would be in every
          page's first load, a second copy beside the one the pages' own links use. */}
      <a href="/dashboard" className={buttonClass()}>
        Back to your dashboard
      </a>
    </main>
  );
}
