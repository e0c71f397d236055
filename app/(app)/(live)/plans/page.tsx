import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDay } from "@/components/ui/dates";
import { serverCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Plans" };

export default async function PlansPage() {
  const plans = await (await serverCaller()).plans.list({});
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Your strength plans</h1>
          <p className="mt-1 text-muted">One block is active; past blocks stay here to look back on.</p>
        </div>
        <ButtonLink href="/plans/new">New plan</ButtonLink>
      </div>
      {plans.length === 0 ? (
        <Card className="text-center">
          <h2 className="text-lg font-semibold">No plan yet</h2>
          <p className="mt-1 text-muted">Create a 16-week block around your run calendar in a couple of minutes.</p>
          <ButtonLink href="/plans/new" className="mt-4">
            Create your first plan
          </ButtonLink>
        </Card>
      ) : (
        <ul className="space-y-3">
          {plans.map((plan) => (
            <li key={plan.id}>
              <Link
                href={`/plans/${plan.id}`}
                className="block rounded-2xl border border-line bg-surface p-4 hover:border-brand"
              >
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{plan.name}</span>
                  <span
                    className={
                      plan.status === "active"
                        ? "rounded-full bg-brand-soft px-2 py-0.5 text-xs font-semibold text-brand-strong"
                        : "rounded-full bg-raised px-2 py-0.5 text-xs"
                    }
                  >
                    {plan.status === "active" ? "Active" : "Past block"}
                  </span>
                </span>
                <span className="mt-1 block text-sm text-muted">
                  {formatDay(plan.startDate, "d MMM yyyy")} – {formatDay(plan.endDate, "d MMM yyyy")}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
