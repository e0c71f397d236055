import { redirect } from "next/navigation";
import { Logo } from "@/components/layout/logo";
import { ButtonLink } from "@/components/ui/button";
import { currentUser } from "@/server/auth";

const promises = [
  {
    title: "Reads your run calendar",
    text: "Import your marathon plan from any calendar app, or start from a published plan.",
  },
  {
    title: "Places sessions with care",
    text: "Never the day before your long run, heavy work away from hard days, nothing just before the race.",
  },
  {
    title: "Builds bodyweight to heavy",
    text: "Sixteen weeks of progression with deloads on your step-back weeks and a proper taper.",
  },
];

export default async function LandingPage() {
  if (await currentUser()) redirect("/dashboard");
  return (
    <main className="mx-auto flex min-h-dvh max-w-5xl flex-col px-4 py-6">
      <header className="flex items-center justify-between">
        <Logo />
        <ButtonLink href="/sign-in" variant="ghost">
          Sign in
        </ButtonLink>
      </header>
      <section className="flex flex-1 flex-col justify-center py-16">
        <p className="text-sm font-semibold uppercase tracking-wider text-brand">Strength training for runners</p>
        <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight sm:text-6xl">
          A strength plan that knows when your long run is.
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-muted">
          Groundwork lays a 16-week strength block around the runs you already have planned, and explains every choice.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <ButtonLink href="/sign-up">Create your plan</ButtonLink>
          <ButtonLink href="/sign-in" variant="secondary">
            I have an account
          </ButtonLink>
        </div>
        <ul className="mt-14 grid gap-4 sm:grid-cols-3">
          {promises.map((promise) => (
            <li key={promise.title} className="rounded-2xl border border-line bg-surface p-5">
              <h2 className="font-semibold">{promise.title}</h2>
              <p className="mt-2 text-sm text-muted">{promise.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
