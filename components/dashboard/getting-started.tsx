import Link from "next/link";
import { Card } from "@/components/ui/card";

export interface NextStep {
  title: string;
  detail: string;
  href?: string;
  action?: string;
  done?: boolean;
}

/** The empty dashboard: what to do next, in order, so a new runner never meets a blank page. */
export function GettingStarted({ name, steps }: { name: string; steps: NextStep[] }) {
  return (
    <section aria-labelledby="getting-started" className="space-y-6">
      <div>
        <h1 id="getting-started" className="text-2xl font-bold tracking-tight sm:text-3xl">
          Welcome, {name.split(" ")[0]}
        </h1>
        <p className="mt-2 max-w-prose text-muted">
          You have no strength plan yet. Three steps get you a 16-week block that works around your running.
        </p>
      </div>
      <ol className="grid gap-4 sm:grid-cols-3">
        {steps.map((step, index) => (
          <li key={step.title}>
            <Card className="flex h-full flex-col gap-3">
              <span
                aria-hidden="true"
                className="inline-flex size-8 items-center justify-center rounded-full bg-brand-soft text-sm font-bold text-brand-strong"
              >
                {index + 1}
              </span>
              <h2 className="font-semibold">{step.title}</h2>
              <p className="flex-1 text-sm text-muted">{step.detail}</p>
              {step.href && step.action ? (
                <Link href={step.href} className="text-sm font-semibold text-brand underline-offset-4 hover:underline">
                  {step.action} <span aria-hidden="true">→</span>
                </Link>
              ) : null}
            </Card>
          </li>
        ))}
      </ol>
    </section>
  );
}
