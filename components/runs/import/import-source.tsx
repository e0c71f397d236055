"use client";

import { useId, type ChangeEvent } from "react";
import { TextField } from "@/components/ui/field";
import { cx } from "@/components/ui/cx";

export type SourceMode = "file" | "paste";

interface Props {
  mode: SourceMode;
  onModeChange: (mode: SourceMode) => void;
  onFile: (file: File | null) => void;
  fileName: string | null;
  pasted: string;
  onPaste: (text: string) => void;
  from: string;
  to: string;
  onRange: (range: { from: string; to: string }) => void;
  disabled: boolean;
}

const choice =
  "flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line px-3 text-sm font-medium has-[:checked]:border-brand has-[:checked]:bg-brand-soft has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand/40";

/**
 * Where the calendar comes from (a file or pasted text) and which dates to read. Both inputs
 * stay mounted when the athlete switches, so a chosen file or pasted text is never lost.
 */
export function ImportSource(props: Props) {
  const id = useId();
  const fileId = `${id}-file`;
  const pasteId = `${id}-paste`;

  function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    props.onFile(event.currentTarget.files?.[0] ?? null);
  }

  return (
    <div className="space-y-5">
      <fieldset className="space-y-2">
        <legend className="mb-2 text-sm font-medium">Your calendar</legend>
        <div className="flex flex-wrap gap-2">
          <label className={choice}>
            <input
              type="radio"
              name={`${id}-mode`}
              value="file"
              checked={props.mode === "file"}
              onChange={() => props.onModeChange("file")}
              className="accent-brand"
            />
            Upload an .ics file
          </label>
          <label className={choice}>
            <input
              type="radio"
              name={`${id}-mode`}
              value="paste"
              checked={props.mode === "paste"}
              onChange={() => props.onModeChange("paste")}
              className="accent-brand"
            />
            Paste the calendar text
          </label>
        </div>
      </fieldset>

      <div className={cx("space-y-1.5", props.mode !== "file" && "hidden")}>
        <label htmlFor={fileId} className="block text-sm font-medium">
          Calendar file
        </label>
        <input
          id={fileId}
          type="file"
          accept=".ics,text/calendar"
          onChange={chooseFile}
          disabled={props.disabled}
          aria-describedby={`${fileId}-hint`}
          className="block w-full text-sm file:mr-3 file:min-h-11 file:cursor-pointer file:rounded-lg file:border file:border-line file:bg-surface file:px-4 file:font-semibold file:text-fg hover:file:bg-raised"
        />
        <p id={`${fileId}-hint`} className="text-sm text-muted">
          {props.fileName ? `Chosen: ${props.fileName}. ` : ""}An .ics export of up to 5 MB from Google Calendar, Apple
          Calendar, Outlook or your training app.
        </p>
      </div>

      <div className={cx("space-y-1.5", props.mode !== "paste" && "hidden")}>
        <label htmlFor={pasteId} className="block text-sm font-medium">
          Calendar text
        </label>
        <textarea
          id={pasteId}
          value={props.pasted}
          onChange={(event) => props.onPaste(event.currentTarget.value)}
          disabled={props.disabled}
          rows={8}
          spellCheck={false}
          placeholder={"BEGIN:VCALENDAR\n…\nEND:VCALENDAR"}
          className="block w-full rounded-lg border border-line bg-surface px-3 py-2 font-mono text-sm text-fg placeholder:text-muted focus:border-brand focus:outline-none focus:ring-2 focus:ring-brand/30"
        />
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Runs from"
          type="date"
          value={props.from}
          required
          disabled={props.disabled}
          onChange={(event) => props.onRange({ from: event.currentTarget.value, to: props.to })}
        />
        <TextField
          label="Runs until"
          type="date"
          value={props.to}
          required
          disabled={props.disabled}
          onChange={(event) => props.onRange({ from: props.from, to: event.currentTarget.value })}
        />
      </div>
    </div>
  );
}
