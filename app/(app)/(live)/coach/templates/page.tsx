import type { Metadata } from "next";
import { Suspense } from "react";
import { TemplateList } from "@/components/coaching/templates/template-list";
import { HydrateClient } from "@/components/trpc/hydrate-client";
import { getQueryClient, trpc } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Plan templates" };

export default async function CoachTemplatesPage() {
  await getQueryClient().prefetchQuery(trpc.coachTemplates.list.queryOptions());
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Plan templates</h1>
        <p className="mt-1 text-muted">
          Save the settings you use most and give several athletes a plan at once, each around their own runs.
        </p>
      </div>
      <HydrateClient>
        <Suspense fallback={<p className="text-muted">Loading your templates…</p>}>
          <TemplateList />
        </Suspense>
      </HydrateClient>
    </div>
  );
}
