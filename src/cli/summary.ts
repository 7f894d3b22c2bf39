/**
 * The short human summary printed by the command line, in French or English: rows read,
 * imported and rejected (with the first reasons), detected columns, totals (Intl formats).
 */
import {
  dimensionKindLabel,
  roleLabel,
  type ColumnRole,
  type ImportResult,
  type Lang,
  type Reconciliation,
} from "../domain/import";

/** Reasons listed at most. */
export const FIRST_REASONS = 5;

const T = {
  fr: {
    file: "Fichier",
    rows: (read: string, imported: string, rejected: string, skipped: string): string =>
      `Lignes lues\u00a0: ${read} — importées\u00a0: ${imported} — rejetées\u00a0: ${rejected} — ignorées (vides, en-têtes, totaux)\u00a0: ${skipped}`,
    columns: "Colonnes détectées",
    dimensions: "Axes d'analyse",
    derived: "Calculé",
    emptyIgnored: (n: number) => plural(n, "fr", "Colonne vide ignorée", "Colonnes vides ignorées"),
    totals: "Totaux",
    check: "Contrôle",
    checkLine: (measure: string, source: string, imported: string, rejected: string, ok: boolean) =>
      `${measure}\u00a0: source ${source} = importé ${imported} + rejeté ${rejected}${ok ? " ✓" : " ✗ écart\u00a0!"}`,
    skippedTotals: (amount: string, lines: number) =>
      `(${plural(lines, "fr", "ligne de total ignorée", "lignes de total ignorées")}\u00a0: ${amount})`,
    firstReasons: "Premiers rejets",
    more: (n: string, count: number): string =>
      `… et ${n} ${plural(count, "fr", "autre rejet", "autres rejets")}`,
    sheet: "feuille",
    separator: "séparateur",
    tab: "tabulation",
    none: "aucune",
  },
  en: {
    file: "File",
    rows: (read: string, imported: string, rejected: string, skipped: string): string =>
      `Rows read: ${read} — imported: ${imported} — rejected: ${rejected} — skipped (blank, headers, totals): ${skipped}`,
    columns: "Detected columns",
    dimensions: "Dimensions",
    derived: "Computed",
    emptyIgnored: (n: number) => plural(n, "en", "Empty column ignored", "Empty columns ignored"),
    totals: "Totals",
    check: "Check",
    checkLine: (measure: string, source: string, imported: string, rejected: string, ok: boolean) =>
      `${measure}: source ${source} = imported ${imported} + rejected ${rejected}${ok ? " ✓" : " ✗ mismatch!"}`,
    skippedTotals: (amount: string, lines: number) =>
      `(${plural(lines, "en", "total line", "total lines")} skipped: ${amount})`,
    firstReasons: "First rejections",
    more: (n: string): string => `… and ${n} more`,
    sheet: "sheet",
    separator: "separator",
    tab: "tab",
    none: "none",
  },
};

const LOCALE: Record<Lang, string> = { fr: "fr-FR", en: "en-US" };

/** French puts a no-break space before ":" and ";". */
function colon(lang: Lang): string {
  return lang === "fr" ? "\u00a0:" : ":";
}

/** « text » in French, “text” in English (as the import messages and the task pane write them). */
function quoted(text: string, lang: Lang): string {
  return lang === "fr" ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}

const PLURAL: Record<Lang, Intl.PluralRules> = {
  fr: new Intl.PluralRules("fr-FR"),
  en: new Intl.PluralRules("en-US"),
};

/** The form agreeing with a count (French: 0 and 1 singular; English: 1 only). */
function plural(n: number, lang: Lang, one: string, other: string): string {
  return PLURAL[lang].select(n) === "one" ? one : other;
}

/** Encodings as people name them. */
const ENCODING_NAMES: Record<string, string> = {
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8 (BOM)",
  "windows-1252": "Windows-1252",
  "utf-16le": "UTF-16 LE",
  "utf-16be": "UTF-16 BE",
};

/** Formats an amount: with its currency when known, else with two decimals. */
export function formatAmount(value: number, currency: string | null, lang: Lang): string {
  const options: Intl.NumberFormatOptions = currency
    ? { style: "currency", currency }
    : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  return new Intl.NumberFormat(LOCALE[lang], options).format(value);
}

export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(value);
}

/** Source = imported + rejected, to a hundredth of a cent (sums are exact at the source's decimals). */
export function isBalanced(rec: Reconciliation): boolean {
  return Math.abs(rec.source - rec.imported - rec.rejected) < 1e-4;
}

/** The summary, one line per item. */
export function formatSummary(r: ImportResult, lang: Lang): string {
  const t = T[lang];
  const lines: string[] = [];
  const details: string[] = [r.source.format.toUpperCase()];
  if (r.source.encoding)
    details.push(ENCODING_NAMES[r.source.encoding] ?? r.source.encoding.toUpperCase());
  if (r.source.delimiter) {
    const sep = r.source.delimiter === "\t" ? t.tab : quoted(r.source.delimiter, lang);
    details.push(`${t.separator} ${sep}`);
  }
  if (r.source.sheet) details.push(`${t.sheet} ${quoted(r.source.sheet, lang)}`);
  lines.push(`${t.file}${colon(lang)} ${r.source.file} (${details.join(", ")})`);
  const count = (n: number): string => formatCount(n, lang);
  lines.push(
    t.rows(
      count(r.source.rowsRead),
      count(r.source.rowsImported),
      count(r.source.rowsRejected),
      count(r.source.rowsSkipped ?? 0)
    )
  );

  lines.push(`${t.columns}${colon(lang)}`);
  const single: ColumnRole[] = [
    "date",
    "revenue",
    "cost",
    "profit",
    "quantity",
    "unitPrice",
    "discount",
    "target",
  ];
  for (const role of single) {
    const header = r.roles[role as Exclude<ColumnRole, "dimension" | "ignore">];
    if (header) lines.push(`  ${roleLabel(role, lang)}${colon(lang)} ${header}`);
  }
  const dims = r.columns
    .filter((c) => c.role === "dimension")
    .map((c) => `${c.header} (${dimensionKindLabel(c.dimensionKind ?? "other", lang)})`);
  lines.push(`  ${t.dimensions}${colon(lang)} ${dims.length ? dims.join(", ") : t.none}`);
  const empty = r.issues.filter((i) => i.code === "empty-column" && i.column !== null);
  if (empty.length > 0)
    lines.push(
      `${t.emptyIgnored(empty.length)}${colon(lang)} ${empty.map((i) => i.column).join(", ")}`
    );
  if (r.derived.length > 0) {
    const names = r.derived.map((d) => roleLabel(d === "margin" ? "profit" : d, lang));
    lines.push(`${t.derived}${colon(lang)} ${names.join(", ")}`);
  }

  if (r.ok && r.table) {
    const currency = r.table.currency;
    const parts: string[] = [];
    if (r.totals.revenue !== null)
      parts.push(`${roleLabel("revenue", lang)} ${formatAmount(r.totals.revenue, currency, lang)}`);
    if (r.totals.cost !== null)
      parts.push(`${roleLabel("cost", lang)} ${formatAmount(r.totals.cost, currency, lang)}`);
    if (r.totals.margin !== null)
      parts.push(`${roleLabel("profit", lang)} ${formatAmount(r.totals.margin, currency, lang)}`);
    if (r.totals.quantity !== null)
      parts.push(`${roleLabel("quantity", lang)} ${count(r.totals.quantity)}`);
    lines.push(`${t.totals}${colon(lang)} ${parts.join(lang === "fr" ? "\u202f; " : "; ")}`);
  }

  const totalLines = r.issues.filter((i) => i.code === "total-line").length;
  if (r.ok && r.table && r.reconciliation.length > 0) {
    // Source = imported + rejected, per measure: nothing lost silently (total lines apart).
    const currency = r.table.currency;
    lines.push(`${t.check}${colon(lang)}`);
    for (const rec of r.reconciliation) {
      const fmt = (v: number) =>
        rec.measure === "quantity" ? count(v) : formatAmount(v, currency, lang);
      let line = t.checkLine(
        rec.header,
        fmt(rec.source),
        fmt(rec.imported),
        fmt(rec.rejected),
        isBalanced(rec)
      );
      if (rec.skippedTotals !== 0)
        line += ` ${t.skippedTotals(fmt(rec.skippedTotals), totalLines)}`;
      lines.push(`  ${line}`);
    }
  }

  const errors = r.issues.filter((i) => i.severity === "error");
  if (errors.length > 0) {
    lines.push(`${t.firstReasons}${colon(lang)}`);
    for (const issue of errors.slice(0, FIRST_REASONS)) lines.push(`  ${issue.message[lang]}`);
    const rest = r.source.rowsRejected - Math.min(errors.length, FIRST_REASONS);
    if (rest > 0) lines.push(`  ${t.more(count(rest), rest)}`);
  }
  return lines.join("\n");
}
