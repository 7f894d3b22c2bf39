/**
 * Turns what can go wrong (Office.js errors, a failed worker, anything else) into a plain message
 * and the next thing to do, in the UI language. The technical detail is kept for a support request.
 */
import type { Lang, Localized } from "../domain/import/types";
import type { Strings } from "./i18n/strings";

export interface PlainError {
  message: string;
  action: string;
  /** Error code and message as raised, for the "technical detail" line. */
  detail: string;
}

/** Office.js errors carry a string `code` (Excel.ErrorCodes); so does the simulator. */
function errorCode(err: unknown): string | null {
  if (err && typeof err === "object" && "code" in err) {
    const code = (err as { code: unknown }).code;
    if (typeof code === "string" && code) return code;
  }
  return null;
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (err && typeof err === "object" && "message" in err)
    return String((err as { message: unknown }).message);
  return String(err);
}

function localizedOf(err: unknown): Localized | null {
  if (err && typeof err === "object" && "localized" in err) {
    const l = (err as { localized: unknown }).localized;
    if (l && typeof l === "object" && "fr" in l && "en" in l) return l as Localized;
  }
  return null;
}

export function describeError(err: unknown, s: Strings, lang: Lang): PlainError {
  const code = errorCode(err);
  const text = errorText(err);
  const detail = code ? `${code}: ${text}` : text;
  const known = code ? s.errors[code] : undefined;
  const localized = localizedOf(err);
  if (known)
    return { message: localized ? localized[lang] : known.message, action: known.action, detail };
  if (localized)
    return { message: localized[lang], action: s.unexpectedAction, detail: code ?? "" };
  if (err instanceof Error && err.name === "WorkerError") return { ...s.errors.Worker, detail };
  return {
    message: s.unexpected(code ?? (err instanceof Error ? err.name : "Error")),
    action: s.unexpectedAction,
    detail,
  };
}
