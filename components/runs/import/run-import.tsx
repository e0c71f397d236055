"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { formatLongDay } from "@/components/ui/dates";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { ICS_TOO_LARGE, MAX_ICS_BYTES } from "@/server/domain/limits";
import { errorMessage } from "../error-message";
import type { DistanceUnit } from "../units";
import { ImportSource, type SourceMode } from "./import-source";
import {
  describeChanges,
  rowsFromPreview,
  toReviewedRuns,
  type ImportPreview,
  type ImportSummary,
  type ReviewRow,
} from "./review-rows";
import { ReviewTable } from "./review-table";

interface Reviewing {
  preview: ImportPreview;
  rows: ReviewRow[];
  range: { from: string; to: string };
}

/**
 * Import a calendar export: read it (nothing is saved), review the runs and fix their types,
 * then save them merged into what an earlier import of the same calendar stored.
 */
export function RunImport({
  units,
  defaultFrom,
  defaultTo,
}: {
  units: DistanceUnit;
  defaultFrom: string;
  defaultTo: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<SourceMode>("file");
  /** The chosen file's bytes in base64: the server decodes them (UTF-16, byte-order marks). */
  const [file, setFile] = useState<{ name: string; base64: string; empty: boolean } | null>(null);
  const [pasted, setPasted] = useState("");
  const [range, setRange] = useState({ from: defaultFrom, to: defaultTo });
  const [error, setError] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState<Reviewing | null>(null);
  const [saved, setSaved] = useState<{ summary: ImportSummary; firstDate: string | null } | null>(null);

  const read = useMutation(trpc.runs.previewImport.mutationOptions());
  const save = useMutation(trpc.runs.commitImport.mutationOptions());

  async function chooseFile(chosen: File | null) {
    setError(null);
    if (!chosen) return setFile(null);
    if (chosen.size > MAX_ICS_BYTES) {
      setFile(null);
      return setError(ICS_TOO_LARGE);
    }
    try {
      setFile({ name: chosen.name, base64: await readAsBase64(chosen), empty: chosen.size === 0 });
    } catch {
      setFile(null);
      setError("That file could not be read. Export it again and choose it once more.");
    }
  }

  async function onRead(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setSaved(null);
    if (mode === "file" ? !file || file.empty : pasted.trim() === "") {
      return setError(
        mode === "file" ? "Choose your calendar's .ics file first." : "Paste your calendar's text first.",
      );
    }
    if (!range.from || !range.to) return setError("Choose the first and last day to read.");
    if (range.from > range.to) return setError("The range must start before it ends.");
    const source = mode === "file" && file ? { file: file.base64 } : { text: pasted };
    try {
      const preview = await read.mutateAsync({ ...source, ...range });
      setReviewing({ preview, rows: rowsFromPreview(preview), range });
    } catch (failure) {
      setError(errorMessage(failure, "The calendar could not be read. Try again."));
    }
  }

  async function onSave() {
    if (!reviewing) return;
    setError(null);
    try {
      const summary = await save.mutateAsync({ ...reviewing.range, runs: toReviewedRuns(reviewing.rows) });
      const firstDate = reviewing.rows.find((row) => row.include)?.date ?? null;
      setSaved({ summary, firstDate });
      setReviewing(null);
      await queryClient.invalidateQueries({ queryKey: trpc.runs.pathKey() });
    } catch (failure) {
      setError(errorMessage(failure, "Nothing was saved. Try again."));
    }
  }

  function changeRow(uid: string, changes: Partial<Pick<ReviewRow, "type" | "include">>) {
    setReviewing(
      (current) =>
        current && { ...current, rows: current.rows.map((row) => (row.uid === uid ? { ...row, ...changes } : row)) },
    );
  }

  const busy = read.isPending || save.isPending;
  return (
    <div className="space-y-6">
      {error ? <Notice tone="error">{error}</Notice> : null}
      {saved ? <SavedSummary {...saved} /> : null}
      <Card>
        <form onSubmit={onRead} className="space-y-5" noValidate>
          <ImportSource
            mode={mode}
            onModeChange={setMode}
            onFile={(chosen) => void chooseFile(chosen)}
            fileName={file?.name ?? null}
            pasted={pasted}
            onPaste={setPasted}
            from={range.from}
            to={range.to}
            onRange={setRange}
            disabled={busy}
          />
          <Button type="submit" variant={reviewing ? "secondary" : "primary"} disabled={busy}>
            {read.isPending ? "Reading…" : reviewing ? "Read again" : "Read calendar"}
          </Button>
        </form>
      </Card>
      {reviewing ? (
        <Review
          reviewing={reviewing}
          units={units}
          onChange={changeRow}
          onSave={() => void onSave()}
          saving={save.isPending}
          disabled={busy}
        />
      ) : null}
    </div>
  );
}

function Review({
  reviewing,
  units,
  onChange,
  onSave,
  saving,
  disabled,
}: {
  reviewing: Reviewing;
  units: DistanceUnit;
  onChange: (uid: string, changes: Partial<Pick<ReviewRow, "type" | "include">>) => void;
  onSave: () => void;
  saving: boolean;
  disabled: boolean;
}) {
  const { preview, rows, range } = reviewing;
  const included = rows.filter((row) => row.include).length;
  const toCheck = rows.filter((row) => row.check).length;
  const removes = preview.changes.removed;
  return (
    <section aria-labelledby="review-heading" className="space-y-4">
      <div>
        <h2 id="review-heading" className="text-lg font-semibold">
          Review {rows.length} {rows.length === 1 ? "run" : "runs"}
        </h2>
        <p className="mt-1 text-sm text-muted">
          {formatLongDay(range.from)} to {formatLongDay(range.to)}.{" "}
          {preview.skipped > 0
            ? `${preview.skipped} other ${preview.skipped === 1 ? "event was" : "events were"} left out (not runs). `
            : ""}
          {toCheck > 0
            ? `${toCheck} highlighted ${toCheck === 1 ? "row needs" : "rows need"} a look: check the type.`
            : ""}
        </p>
      </div>
      {preview.warnings.length > 0 ? (
        <Notice
          tone="warning"
          title={`${preview.warnings.length} ${preview.warnings.length === 1 ? "note" : "notes"} on this file`}
        >
          <ul className="list-disc space-y-1 pl-5">
            {preview.warnings.slice(0, 10).map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {rows.length === 0 ? (
        <Notice tone="info" title="No runs in that range.">
          Check the dates, or export a longer range from your calendar.
          {removes > 0 ? ` Saving removes the ${removes} runs an earlier import put in this range.` : ""}
        </Notice>
      ) : (
        <Card className="p-2 sm:p-3">
          <ReviewTable rows={rows} units={units} onChange={onChange} disabled={disabled} />
        </Card>
      )}
      {rows.length > 0 || removes > 0 ? (
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
          <Button onClick={onSave} disabled={disabled || (included === 0 && rows.length > 0)}>
            {saving
              ? "Saving…"
              : rows.length === 0
                ? `Remove ${removes} imported ${removes === 1 ? "run" : "runs"}`
                : included === 0
                  ? "Tick the runs to save"
                  : `Save ${included} ${included === 1 ? "run" : "runs"}`}
          </Button>
          <p className="text-sm text-muted">
            {rows.length === 0
              ? "Compared with your calendar now"
              : "Saving every run shown, compared with your calendar now"}
            : {describeChanges(preview.changes)}.
          </p>
        </div>
      ) : null}
    </section>
  );
}

function SavedSummary({ summary, firstDate }: { summary: ImportSummary; firstDate: string | null }) {
  return (
    <Notice tone="success" title="Your run calendar is saved.">
      <p>Changes: {describeChanges(summary)}.</p>
      <p className="mt-2">
        <Link
          href={firstDate ? `/runs?week=${firstDate}` : "/runs"}
          className="font-semibold underline underline-offset-4"
        >
          See your runs in the calendar
        </Link>
      </p>
    </Notice>
  );
}

/** A file's bytes as base64, read by the browser without building a string per byte. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === "string" ? reader.result : "";
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("unreadable file"));
    reader.readAsDataURL(file);
  });
}
