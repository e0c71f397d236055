import Link from "next/link";
import { Card } from "@/components/ui/card";

const choices = [
  {
    href: "/runs/import",
    title: "Import your calendar",
    detail: "Your plan is already in Google, Apple or Outlook calendar, or a training app: upload its .ics export.",
    action: "Import a file",
  },
  {
    href: "/runs/templates",
    title: "Start from a published plan",
    detail: "Novice, intermediate, Hansons-style, 18/55 or three runs a week, counted back from your race day.",
    action: "Choose a plan",
  },
  {
    href: "/runs/build",
    title: "Build your own week",
    detail: "Say which days are long, hard, easy or rest and how far the long run grows. We lay out the weeks.",
    action: "Build my week",
  },
  {
    href: "/runs",
    title: "Add runs by hand",
    detail: "Open the calendar and add each run on its day. Good for a short block or a few changes.",
    action: "Open the calendar",
  },
];

/** The four ways to get a run calendar in, for a runner who has none yet. */
export function RunSourceChooser() {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {choices.map((choice) => (
        <li key={choice.href}>
          <Card className="relative flex h-full flex-col gap-2 focus-within:ring-2 focus-within:ring-brand/40 hover:border-brand">
            <h2 className="font-semibold">{choice.title}</h2>
            <p className="flex-1 text-sm text-muted">{choice.detail}</p>
            <Link
              href={choice.href}
              className="text-sm font-semibold text-brand underline-offset-4 after:absolute after:inset-0 after:content-[''] hover:underline focus-visible:outline-none"
            >
              {choice.action} <span aria-hidden="true">→</span>
            </Link>
          </Card>
        </li>
      ))}
    </ul>
  );
}
