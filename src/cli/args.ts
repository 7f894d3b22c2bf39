/**
 * Command-line options of `npm run dashboard -- <file> [options]`, parsed with Node's
 * util.parseArgs. Validation errors come back as plain messages, never exceptions.
 */
import { parseArgs } from "node:util";
import type { Lang } from "../domain/import";

export interface CliArgs {
  file: string;
  /** .xlsx: sheet or table to read. */
  sheet?: string;
  /** Where to write the JSON report. */
  json?: string;
  lang: Lang;
  /** Number of commentary sentences wanted (wired by the commentary step). */
  sentences?: number;
  /** Workbook to write (wired by the dashboard step). */
  out?: string;
  /** ISO 4217 code of the amounts when the file does not say it (e.g. USD). */
  currency?: string;
  /** Monthly targets file: one month and its amount per line (`Mois;Objectif`). */
  targets?: string;
}

export type ParsedArgs =
  { ok: true; args: CliArgs } | { ok: false; help: boolean; message: string };

export const USAGE = {
  fr: `Utilisation\u00a0: npm run dashboard -- <fichier.csv|fichier.xlsx> [options]
  --sheet NOM        feuille ou tableau à lire dans un .xlsx (par défaut\u00a0: la première feuille avec des données)
  --json RAPPORT     écrit le rapport JSON dans ce fichier
  --lang fr|en       langue du résumé et des messages (par défaut\u00a0: fr)
  --sentences N      nombre de phrases du commentaire
  --out FICHIER      classeur .xlsx à produire
  --currency CODE    devise des montants si le fichier ne la dit pas (EUR, USD…)
  --targets FICHIER  objectifs mensuels\u00a0: un mois et son montant par ligne (2025-01;52700,00)
  --help             cette aide`,
  en: `Usage: npm run dashboard -- <file.csv|file.xlsx> [options]
  --sheet NAME       sheet or table to read in an .xlsx (default: the first sheet with data)
  --json REPORT      write the JSON report to this file
  --lang fr|en       language of the summary and messages (default: fr)
  --sentences N      number of commentary sentences
  --out FILE         .xlsx workbook to produce
  --currency CODE    currency of the amounts when the file does not say it (EUR, USD…)
  --targets FILE     monthly targets: one month and its amount per line (2025-01,52700.00)
  --help             this help`,
};

/** Parses argv (without node and script). */
export function parseCliArgs(argv: string[]): ParsedArgs {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        sheet: { type: "string" },
        json: { type: "string" },
        lang: { type: "string" },
        sentences: { type: "string" },
        out: { type: "string" },
        currency: { type: "string" },
        targets: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return {
      ok: false,
      help: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  if (values.help) return { ok: false, help: true, message: "" };
  const lang = (values.lang as string | undefined) ?? "fr";
  if (lang !== "fr" && lang !== "en") {
    return { ok: false, help: false, message: `--lang: "${lang}" (fr | en)` };
  }
  if (positionals.length !== 1) {
    return {
      ok: false,
      help: false,
      message:
        positionals.length === 0
          ? "missing <file>"
          : `one file expected, got ${positionals.length}`,
    };
  }
  const args: CliArgs = { file: positionals[0], lang };
  if (typeof values.sheet === "string") args.sheet = values.sheet;
  if (typeof values.json === "string") args.json = values.json;
  if (typeof values.out === "string") args.out = values.out;
  if (typeof values.targets === "string") args.targets = values.targets;
  if (typeof values.currency === "string") {
    const code = values.currency.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) {
      return {
        ok: false,
        help: false,
        message: `--currency: "${values.currency}" (ISO 4217 code: EUR, USD…)`,
      };
    }
    args.currency = code;
  }
  if (typeof values.sentences === "string") {
    const n = Number(values.sentences);
    if (!Number.isInteger(n) || n < 1 || n > 20) {
      return { ok: false, help: false, message: `--sentences: "${values.sentences}" (1 to 20)` };
    }
    args.sentences = n;
  }
  return { ok: true, args };
}
