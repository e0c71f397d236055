/** Why a file was refused as a whole. A single bad event never throws: it becomes a warning. */
export type IcsErrorCode = "too-large" | "not-icalendar" | "too-deep";

export class IcsImportError extends Error {
  readonly code: IcsErrorCode;

  constructor(code: IcsErrorCode, message: string) {
    super(message);
    this.name = "IcsImportError";
    this.code = code;
  }
}

export function isIcsImportError(value: unknown): value is IcsImportError {
  return value instanceof IcsImportError;
}
