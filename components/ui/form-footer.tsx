import { Button } from "./button";

/** A small form's last lines: its error (announced), the submit button and an optional Cancel. */
export function FormFooter({
  error,
  errorId,
  pending,
  submitLabel,
  pendingLabel,
  onCancel,
}: {
  error: string | null | undefined;
  errorId?: string;
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  onCancel?: () => void;
}) {
  return (
    <>
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </>
  );
}
