"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "@/components/runs/error-message";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** Saves a JSON document through the browser's own download, with no server round trip for the file. */
function saveJson(data: unknown, fileName: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** "Download my data": everything the account holds, as one JSON file. */
export function DataExport() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function download() {
    setPending(true);
    setError(null);
    setSaved(false);
    try {
      // Always fresh: an export must hold what is stored now, not a cached copy.
      const data = await queryClient.fetchQuery({ ...trpc.account.exportData.queryOptions(), staleTime: 0, gcTime: 0 });
      saveJson(data, `groundwork-data-${data.exportedAt.slice(0, 10)}.json`);
      setSaved(true);
    } catch (failure) {
      setError(errorMessage(failure, "We could not prepare your data. Try again."));
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="data-export-title" className="space-y-3">
      <h2 id="data-export-title" className="text-lg font-semibold">
        Your data
      </h2>
      <p className="text-sm text-muted">
        One JSON file with your profile, runs, plans (weeks, sessions and exercises), check-offs and logged sets,
        comments you wrote, coach links, invitations and the history of changes to your plan.
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {saved ? <Notice tone="success">Your data was downloaded.</Notice> : null}
      <Button variant="secondary" onClick={download} disabled={pending}>
        {pending ? "Preparing your data…" : "Download my data"}
      </Button>
    </section>
  );
}
