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
  /** Day/month order of the dates when the file mixes or does not show it. */
  dateOrder?: "dmy" | "mdy";
}

export type ParsedArgs =
  { ok: true; args: CliArgs } | { ok: false; help: boolean; message: string };

const NBSP = "\u00a0";

/** « text » in French (no-break spaces inside), “text” in English. */
function q(text: string, lang: Lang): string {
  return lang === "fr" ? `«${NBSP}${text}${NBSP}»` : `“${text}”`;
}

/** Usage mistakes, said in the language asked for (French typography: U+00A0 before ":"). */
export const ARG_MESSAGES = {
  fr: {
    badLang: (v: string) =>
      `--lang${NBSP}: ${q(v, "fr")} n'est pas une langue proposée (fr ou en).`,
    badSentences: (v: string) =>
      `--sentences${NBSP}: ${q(v, "fr")} n'est pas un nombre entier entre 1 et 20.`,
    badCurrency: (v: string) =>
      `--currency${NBSP}: ${q(v, "fr")} n'est pas un code de devise ISO 4217 (EUR, USD…).`,
    badDateOrder: (v: string) =>
      `--date-order${NBSP}: ${q(v, "fr")} n'est pas un ordre proposé (dmy pour jour/mois/année, mdy pour mois/jour/année).`,
    missingFile: `Fichier manquant${NBSP}: indiquez le fichier à importer.`,
    tooManyFiles: (files: string[]) =>
      `Un seul fichier attendu, ${files.length} donnés${NBSP}: ${files.join(", ")}.`,
    unknownOption: (o: string) => `Option inconnue${NBSP}: ${o}.`,
    missingValue: (o: string) => `${o}${NBSP}: valeur manquante.`,
    noValueExpected: (o: string) => `${o} ne prend pas de valeur.`,
  },
  en: {
    badLang: (v: string) => `--lang: ${q(v, "en")} is not an available language (fr or en).`,
    badSentences: (v: string) => `--sentences: ${q(v, "en")} is not a whole number from 1 to 20.`,
    badCurrency: (v: string) =>
      `--currency: ${q(v, "en")} is not an ISO 4217 currency code (EUR, USD…).`,
    badDateOrder: (v: string) =>
      `--date-order: ${q(v, "en")} is not an available order (dmy for day/month/year, mdy for month/day/year).`,
    missingFile: "Missing file: give the file to import.",
    tooManyFiles: (files: string[]) =>
      `One file expected, ${files.length} given: ${files.join(", ")}.`,
    unknownOption: (o: string) => `Unknown option: ${o}.`,
    missingValue: (o: string) => `${o}: value missing.`,
    noValueExpected: (o: string) => `${o} takes no value.`,
  },
};

export const USAGE = {
  fr: `Utilisation${NBSP}: npm run dashboard -- <fichier.csv|fichier.xlsx> [options]
  --sheet NOM        feuille ou tableau à lire dans un .xlsx (par défaut${NBSP}: la première feuille avec des données)
  --json RAPPORT     écrit le rapport JSON dans ce fichier
  --lang fr|en       langue du résumé et des messages (par défaut${NBSP}: fr)
  --sentences N      nombre de phrases du commentaire (1 à 20)
  --out FICHIER      classeur .xlsx à produire
  --currency CODE    devise des montants si le fichier ne la dit pas (EUR, USD…)
  --targets FICHIER  objectifs mensuels${NBSP}: un mois et son montant par ligne (2025-01;52700,00)
  --date-order dmy|mdy  ordre des dates ambiguës (01/02)${NBSP}: jour/mois ou mois/jour
  --help             cette aide`,
  en: `Usage: npm run dashboard -- <file.csv|file.xlsx> [options]
  --sheet NAME       sheet or table to read in an .xlsx (default: the first sheet with data)
  --json REPORT      write the JSON report to this file
  --lang fr|en       language of the summary and messages (default: fr)
  --sentences N      number of commentary sentences (1 to 20)
  --out FILE         .xlsx workbook to produce
  --currency CODE    currency of the amounts when the file does not say it (EUR, USD…)
  --targets FILE     monthly targets: one month and its amount per line (2025-01,52700.00)
  --date-order dmy|mdy  order of ambiguous dates (01/02): day/month or month/day
  --help             this help`,
};

/**
 * The language of the messages, read before the options are checked (so that a mistake is said
 * in it): `--lang en` or `--lang=en`, else French.
 */
export function langFromArgv(argv: string[]): Lang {
  const at = argv.indexOf("--lang");
  return argv.includes("--lang=en") || (at >= 0 && argv[at + 1] === "en") ? "en" : "fr";
}

/** Node's parseArgs error as a message in the user's language. */
function parseError(error: unknown, lang: Lang): string {
  const m = ARG_MESSAGES[lang];
  const code =
    typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const text = error instanceof Error ? error.message : String(error);
  // "Unknown option '--bogus'. …", "Option '-h, --help' does not take an argument"
  const quoted = /'([^']*)'/.exec(text)?.[1] ?? "";
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? /-\w/.exec(quoted)?.[0] ?? quoted;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return m.unknownOption(option);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return /does not take/.test(text) ? m.noValueExpected(option) : m.missingValue(option);
  return text;
}

/** Parses argv (without node and script). */
export function parseCliArgs(argv: string[]): ParsedArgs {
  const m = ARG_MESSAGES[langFromArgv(argv)];
  const fail = (message: string): ParsedArgs => ({ ok: false, help: false, message });
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
        "date-order": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return fail(parseError(error, langFromArgv(argv)));
  }
  if (values.help) return { ok: false, help: true, message: "" };
  const lang = (values.lang as string | undefined) ?? "fr";
  if (lang !== "fr" && lang !== "en") return fail(m.badLang(lang));
  if (positionals.length === 0) return fail(m.missingFile);
  if (positionals.length > 1) return fail(m.tooManyFiles(positionals));
  const args: CliArgs = { file: positionals[0], lang };
  if (typeof values.sheet === "string") args.sheet = values.sheet;
  if (typeof values.json === "string") args.json = values.json;
  if (typeof values.out === "string") args.out = values.out;
  if (typeof values.targets === "string") args.targets = values.targets;
  if (typeof values.currency === "string") {
    const code = values.currency.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) return fail(m.badCurrency(values.currency));
    args.currency = code;
  }
  if (typeof values.sentences === "string") {
    const n = Number(values.sentences);
    if (values.sentences.trim() === "" || !Number.isInteger(n) || n < 1 || n > 20)
      return fail(m.badSentences(values.sentences));
    args.sentences = n;
  }
  const order = values["date-order"];
  if (typeof order === "string") {
    const o = order.trim().toLowerCase();
    if (o !== "dmy" && o !== "mdy") return fail(m.badDateOrder(order));
    args.dateOrder = o;
  }
  return { ok: true, args };
}
