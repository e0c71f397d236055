import type { Metadata } from "next";
import { RunSourceChooser } from "@/components/runs/run-source-chooser";

export const metadata: Metadata = { title: "Add your run calendar" };

export default function StartRunsPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Add your run calendar</h1>
        <p className="mt-1 max-w-prose text-muted">
          Strength sessions are placed around your runs, so we need to know them first. Choose whichever is quickest for
          you; you can mix them later.
        </p>
      </div>
      <RunSourceChooser />
    </div>
  );
}
