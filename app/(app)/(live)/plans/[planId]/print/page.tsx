import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { exerciseById } from "@/server/planner";
import { formatDay } from "@/components/ui/dates";
import { LOAD_LABEL, PHASE_LABEL } from "@/components/plan/labels";
import { PrintButton } from "@/components/plan/print-button";
import { formatDose } from "@/components/session/dose";
import { loadOrNotFound } from "@/server/trpc/load";
import { serverCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Print plan" };

/** One week per block, exercises written out: made for paper (print CSS hides the app chrome). */
export default async function PrintPlanPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const caller = await serverCaller();
  const printable = await loadOrNotFound(() => caller.plans.printable({ planId }));
  if (!printable) notFound();
  return (
    <article className="space-y-6 print:space-y-3 print:text-[11px]">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold print:text-lg">{printable.plan.name}</h1>
          <p className="text-muted">
            {formatDay(printable.plan.startDate, "d MMM yyyy")} – {formatDay(printable.plan.endDate, "d MMM yyyy")}
          </p>
        </div>
        <PrintButton />
      </header>
      {printable.weeks.map((week) => (
        <section
          key={week.index}
          className="break-inside-avoid rounded-xl border border-line p-4 print:rounded-none print:p-2"
        >
          <h2 className="font-semibold">
            Week {week.index} · {PHASE_LABEL[week.phase]}
            {week.deload ? " · deload" : ""}{" "}
            <span className="font-normal text-muted">from {formatDay(week.startDate, "d MMM")}</span>
          </h2>
          {week.sessions.length === 0 ? <p className="text-sm text-muted">No strength this week.</p> : null}
          {week.sessions.map((session) => (
            <div key={session.id} className="mt-2">
              <h3 className="text-sm font-semibold">
                {formatDay(session.date, "EEEE d MMM")} · {LOAD_LABEL[session.load]} · {session.focus}
              </h3>
              <ul className="ml-4 list-disc text-sm">
                {session.exercises.map((exercise) => (
                  <li key={exercise.position}>
                    {exerciseById(exercise.exerciseId)?.name ?? exercise.exerciseId}: {formatDose(exercise)} ·{" "}
                    {exercise.intensity}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
