/**
 * `npm run dashboard -- <file> [--sheet NAME] [--json report.json] [--lang fr|en]
 *  [--sentences N] [--currency CODE] [--targets FILE] [--out dashboard.xlsx]`
 *
 * One small orchestrating function, one step per stage: read the file, import it, read the
 * targets, analyse and comment (or build the workbook, whose analysis and commentary are then
 * the ones printed), print the summary and commentary, write the report.
 * Exit status: 0 when records were produced (even with rejected rows), 2 when nothing usable was
 * found (reason on stderr), 1 for a command-line mistake or an output that cannot be written.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { decodeText, importBytes, type ImportResult, type Lang } from "../domain/import";
import { parseMonthlyTargets } from "../domain/import/targets";
import { langFromArgv, parseCliArgs, USAGE, type CliArgs } from "./args";
import { buildReport } from "./report";
import { formatSummary } from "./summary";
import { createSimulatedExcel } from "../workbook-sim";
import { buildDashboard } from "../excel";
import { analyze, type Analysis } from "../domain/analysis";
import { writeCommentary, type Commentary } from "../domain/commentary";

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_NOTHING_USABLE = 2;

/** Where the command writes and reads: real streams and files, or test doubles. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  readFile(file: string): Promise<Uint8Array>;
  writeFile(file: string, text: string): Promise<void>;
}

export const nodeIO: CliIO = {
  out: (text) => void process.stdout.write(text + "\n"),
  err: (text) => void process.stderr.write(text + "\n"),
  readFile: async (file) => new Uint8Array(await readFile(file)),
  writeFile: (file, text) => writeFile(file, text, "utf8"),
};

const MESSAGES = {
  fr: {
    notFound: (f: string) => `Fichier introuvable\u00a0: ${f}`,
    isDirectory: (f: string) => `${f} est un dossier, pas un fichier.`,
    unreadable: (f: string, why: string) => `Impossible de lire ${f} (${why}).`,
    cannotWrite: (f: string, why: string) => `Impossible d'écrire ${f} (${why}).`,
    workbookWritten: (f: string) => `Classeur écrit\u00a0: ${f}`,
    nothingUsable: (f: string) => `Rien d'exploitable dans ${f}\u00a0:`,
    reportWritten: (f: string) => `Rapport JSON écrit\u00a0: ${f}`,
    sheetIgnored:
      "--sheet ne concerne que les classeurs .xlsx\u00a0: option ignorée pour ce fichier.",
    notWired: (option: string) =>
      `${option}\u00a0: cette étape n'est pas encore disponible dans cette version.`,
    badTargetLine: (f: string, line: number, text: string) =>
      `${f}, ligne ${line}\u00a0: «\u00a0${text}\u00a0» n'est pas un mois suivi d'un montant (ligne ignorée).`,
    noTargets: (f: string) =>
      `${f}\u00a0: aucun objectif mensuel lu (un mois et son montant par ligne).`,
    dateOrderHint:
      "Ou relancez en indiquant l'ordre des dates ambiguës\u00a0: --date-order dmy (jour/mois/année) ou --date-order mdy (mois/jour/année)\u202f; une date qui ne peut se lire que dans l'autre ordre est alors lue ainsi et signalée.",
  },
  en: {
    notFound: (f: string) => `File not found: ${f}`,
    isDirectory: (f: string) => `${f} is a folder, not a file.`,
    unreadable: (f: string, why: string) => `Cannot read ${f} (${why}).`,
    cannotWrite: (f: string, why: string) => `Cannot write ${f} (${why}).`,
    workbookWritten: (f: string) => `Workbook written: ${f}`,
    nothingUsable: (f: string) => `Nothing usable in ${f}:`,
    reportWritten: (f: string) => `JSON report written: ${f}`,
    sheetIgnored: "--sheet only applies to .xlsx workbooks: ignored for this file.",
    notWired: (option: string) => `${option}: this step is not available yet in this version.`,
    badTargetLine: (f: string, line: number, text: string) =>
      `${f}, line ${line}: "${text}" is not a month followed by an amount (line ignored).`,
    noTargets: (f: string) => `${f}: no monthly target read (one month and its amount per line).`,
    dateOrderHint:
      "Or run again stating the order of ambiguous dates: --date-order dmy (day/month/year) or --date-order mdy (month/day/year); a date that can only be read the other way is then read so and reported.",
  },
};

function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : "";
}

/** Step 1: the file's bytes, or a plain message. */
async function readSource(args: CliArgs, io: CliIO): Promise<Uint8Array | string> {
  const m = MESSAGES[args.lang];
  try {
    return await io.readFile(args.file);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT") return m.notFound(args.file);
    if (code === "EISDIR") return m.isDirectory(args.file);
    return m.unreadable(
      args.file,
      code || (error instanceof Error ? error.message : String(error))
    );
  }
}

/** Step 2: the import. */
async function importSource(bytes: Uint8Array, args: CliArgs): Promise<ImportResult> {
  return importBytes(bytes, {
    fileName: path.basename(args.file),
    sheet: args.sheet,
    lang: args.lang,
    currency: args.currency,
    dateOrder: args.dateOrder,
  });
}

/**
 * Step 2b, `--targets`: monthly targets from a small text file, decoded like the sources (a French
 * Excel CSV is Windows-1252). Bad lines are reported and skipped; a file with none is an error.
 */
async function readTargets(
  file: string,
  args: CliArgs,
  io: CliIO
): Promise<{ monthly: Record<string, number>; warnings: string[] } | string> {
  const m = MESSAGES[args.lang];
  const bytes = await readSource({ ...args, file }, io);
  if (typeof bytes === "string") return bytes;
  const text = decodeText(bytes).text;
  // A `;`-separated file is a French export: a lone comma is its decimal mark.
  const numbersLang: Lang = text.includes(";") ? "fr" : args.lang;
  const { monthly, errors } = parseMonthlyTargets(text, numbersLang);
  const name = path.basename(file);
  if (Object.keys(monthly).length === 0) return m.noTargets(name);
  return { monthly, warnings: errors.map((e) => m.badTargetLine(name, e.line, e.text)) };
}

/**
 * `--out`: the add-in's own Excel code (src/excel) builds the dashboard in the workbook
 * simulator, whose export is written as .xlsx. Returns an error message, or null.
 */
async function writeWorkbook(
  result: ImportResult,
  args: CliArgs,
  out: string,
  targets: Record<string, number> | undefined
): Promise<{ analysis: Analysis; commentary: Commentary } | string> {
  const sim = createSimulatedExcel({ displayLanguage: args.lang === "fr" ? "fr-FR" : "en-US" });
  const built = await buildDashboard(sim, {
    importResult: result,
    options: {
      lang: args.lang,
      commentarySentences: args.sentences,
      currency: args.currency,
      ...(targets ? { targets: { kind: "monthly" as const, monthly: targets } } : {}),
    },
    sourceName: path.basename(args.file),
  });
  if (!built.ok || !built.analysis || !built.commentary) return built.error?.[args.lang] ?? "";
  // The simulator's fresh workbook starts with a blank sheet (Feuil1): not part of the dashboard.
  await writeFile(out, await sim.exportXlsx({ withoutBlankSheets: true }));
  return { analysis: built.analysis, commentary: built.commentary };
}

/** The commentary as printed after the summary: a title, then one sentence per line. */
export function formatCommentary(commentary: Commentary): string {
  const title = commentary.lang === "fr" ? "Commentaire\u00a0:" : "Commentary:";
  return ["", title, ...commentary.sentences.map((s) => `  ${s.text}`)].join("\n");
}

/** Runs the command; returns the exit status. Never throws. */
export async function runDashboard(argv: string[], io: CliIO = nodeIO): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    // The language of help and usage errors, when --lang could still be read.
    const lang = langFromArgv(argv);
    if (parsed.help) {
      io.out(USAGE[lang]);
      return EXIT_OK;
    }
    io.err(`${parsed.message}\n${USAGE[lang]}`);
    return EXIT_USAGE;
  }
  const args = parsed.args;
  const m = MESSAGES[args.lang];
  try {
    const bytes = await readSource(args, io);
    if (typeof bytes === "string") {
      io.err(bytes);
      return EXIT_NOTHING_USABLE;
    }
    const result = await importSource(bytes, args);
    if (args.sheet !== undefined && result.source.format === "csv") io.err(m.sheetIgnored);

    let targets: Record<string, number> | undefined;
    if (args.targets !== undefined) {
      const read = await readTargets(args.targets, args, io);
      if (typeof read === "string") {
        io.err(read);
        return EXIT_USAGE;
      }
      read.warnings.forEach((w) => io.err(w));
      targets = read.monthly;
    }

    io.out(formatSummary(result, args.lang));
    let analysis: Analysis | undefined;
    let commentary: Commentary | undefined;
    if (args.out !== undefined && result.ok) {
      // The workbook's own analysis and commentary are the ones printed and reported.
      const built = await writeWorkbook(result, args, args.out, targets).catch(
        (e: unknown) => errorCode(e) || String(e)
      );
      if (typeof built === "string") {
        io.err(m.cannotWrite(args.out, built));
        return EXIT_USAGE;
      }
      ({ analysis, commentary } = built);
    } else if (result.ok && result.table) {
      analysis = analyze(result.table, targets ? { targets: { monthly: targets } } : {});
      commentary = writeCommentary(
        { analysis, importResult: result, fileName: path.basename(args.file) },
        { lang: args.lang, sentences: args.sentences, currency: args.currency }
      );
    }
    if (commentary && commentary.sentences.length > 0) io.out(formatCommentary(commentary));
    if (args.out !== undefined && result.ok) io.out(m.workbookWritten(args.out));
    if (args.json !== undefined) {
      const report = buildReport({ importResult: result, lang: args.lang, analysis, commentary });
      try {
        await io.writeFile(args.json, JSON.stringify(report, null, 2) + "\n");
        io.out(m.reportWritten(args.json));
      } catch (error) {
        io.err(m.cannotWrite(args.json, errorCode(error) || String(error)));
        return EXIT_USAGE;
      }
    }
    if (!result.ok) {
      io.err(`${m.nothingUsable(args.file)} ${result.fatal?.[args.lang] ?? ""}`);
      if (result.issues.some((i) => i.code === "date-order-conflict")) io.err(m.dateOrderHint);
      return EXIT_NOTHING_USABLE;
    }
    return EXIT_OK;
  } catch (error) {
    // Not expected (the import never throws): still a message, not a stack trace.
    io.err(m.unreadable(args.file, error instanceof Error ? error.message : String(error)));
    return EXIT_NOTHING_USABLE;
  }
}

// Run when executed as a script (tsx src/cli/dashboard.ts), not when imported by tests.
if (require.main === module) {
  runDashboard(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
