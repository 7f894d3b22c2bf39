/**
 * Plain-language messages of the import report, French and English.
 *
 * French typography (Imprimerie nationale usage, as in the task pane and the commentary): a
 * no-break space (U+00A0) before ":" and inside « guillemets », a narrow no-break space (U+202F)
 * before ";", "!" and "?"; numbers and percentages through Intl (which puts U+202F between
 * thousands and U+00A0 before "%"). English: curly “quotes”, as in the task pane. Counts choose
 * the singular or plural form through Intl.PluralRules ("1 ligne", "0 ligne", "2 lignes"; "1 row",
 * "0 rows"), never "ligne(s)". A message that names its row or column starts with it, capitalised
 * in both languages ("Ligne 12, colonne « CA HT » : …", "Column “Date”: …").
 */
import type { Lang, Localized } from "./types";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

/** « text » with the no-break spaces French puts inside guillemets. */
function frQuote(text: string): string {
  return `«${NBSP}${text}${NBSP}»`;
}

/** “text”, the English quotation marks of the task pane. */
function enQuote(text: string): string {
  return `“${text}”`;
}

/**
 * Shortens a raw value for display (a cell may hold a whole swallowed file): one line, runs of
 * spaces reduced; no-break spaces are kept ("12 %" stays unbreakable).
 */
export function shortValue(value: string): string {
  const oneLine = value.replace(/[\r\n\t\f\v\u2028\u2029]+/g, " ").replace(/ {2,}/g, " ");
  return oneLine.length > 60 ? oneLine.slice(0, 57) + "…" : oneLine;
}

// Amounts in messages: at least the cents, up to the 4 decimals costs may have (exactness
// matters here: the user compares them with the file).
const frNumber = new Intl.NumberFormat("fr-FR", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});
const enNumber = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});

export function formatNumberFr(value: number): string {
  return frNumber.format(value);
}

export function formatNumberEn(value: number): string {
  return enNumber.format(value);
}

const LOCALE: Record<Lang, string> = { fr: "fr-FR", en: "en-US" };
const PLURAL: Record<Lang, Intl.PluralRules> = {
  fr: new Intl.PluralRules("fr-FR"),
  en: new Intl.PluralRules("en-US"),
};
const COUNT: Record<Lang, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }),
};

/** True when a count takes the singular in this language (French: 0 and 1; English: 1). */
export function isSingular(n: number, lang: Lang): boolean {
  return PLURAL[lang].select(n) === "one";
}

/** The form agreeing with a count: `plural(3, "fr", "ligne", "lignes")` → "lignes". */
export function plural(n: number, lang: Lang, one: string, other: string): string {
  return isSingular(n, lang) ? one : other;
}

/** A count and its noun: "1 ligne", "12 345 lignes", "1 row", "0 rows". */
export function count(n: number, lang: Lang, one: string, other: string): string {
  return `${COUNT[lang].format(n)} ${plural(n, lang, one, other)}`;
}

/** "100 %" / "100%" through Intl. */
function percent(fraction: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: "percent" }).format(fraction);
}

/** "Ligne 12, colonne « CA HT » : " / "Row 12, column “CA HT”: " (parts left out when unknown). */
export function where(row: number | null, column: string | null): Localized {
  const fr: string[] = [];
  const en: string[] = [];
  if (row !== null) {
    fr.push(`ligne ${row}`);
    en.push(`row ${row}`);
  }
  if (column !== null) {
    fr.push(`colonne ${frQuote(column)}`);
    en.push(`column ${enQuote(column)}`);
  }
  if (fr.length === 0) return { fr: "", en: "" };
  const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return { fr: `${cap(fr.join(", "))}${NBSP}: `, en: `${cap(en.join(", "))}: ` };
}

/**
 * Builds a message from its French and English bodies, prefixed with where it happened; without a
 * place, the body itself starts with a capital letter.
 */
export function at(row: number | null, column: string | null, body: Localized): Localized {
  const w = where(row, column);
  const cap = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return {
    fr: w.fr ? w.fr + body.fr : cap(body.fr),
    en: w.en ? w.en + body.en : cap(body.en),
  };
}

export const quote = { fr: frQuote, en: enQuote };

/**
 * Which lines above a total line its amount sums, as the import checked it: the imported lines
 * (`equals: "imported"`), the imported and the rejected ones (`"importedAndRejected"`), or neither
 * (`null`); counted since the start of the data (`scope: "all"`) or since the previous total line.
 */
export interface TotalCheck {
  equals: "imported" | "importedAndRejected" | null;
  scope: "all" | "sincePrevious";
  /** Imported and rejected lines in that scope. */
  imported: number;
  rejected: number;
  /** Sum of the imported lines in that scope (quoted when the amount does not match). */
  importedSum: number;
}

/** The true statement about a total line's amount, in both languages. */
function totalTail(amount: number, check: TotalCheck): Localized {
  const frAmount = formatNumberFr(amount);
  const enAmount = formatNumberEn(amount);
  const since = check.scope === "sincePrevious";
  const frWhere = since ? "depuis la ligne de total précédente" : "au-dessus";
  const enWhere = since ? "since the previous total line" : "above";
  const { imported, rejected } = check;
  // "la ligne rejetée" / "les 2 lignes rejetées", "the rejected row" / "the 2 rejected rows".
  const frRejected =
    rejected === 1
      ? "la ligne rejetée"
      : `les ${count(rejected, "fr", "ligne rejetée", "lignes rejetées")}`;
  const enRejected =
    rejected === 1
      ? "the rejected row"
      : `the ${count(rejected, "en", "rejected row", "rejected rows")}`;
  if (check.equals === "imported") {
    const frLines =
      imported === 1
        ? `est celui de la seule ligne importée ${frWhere}`
        : `est la somme des ${count(imported, "fr", "ligne importée", "lignes importées")} ${frWhere}`;
    const enLines =
      imported === 1
        ? `is that of the only imported row ${enWhere}`
        : `is the sum of the ${count(imported, "en", "imported row", "imported rows")} ${enWhere}`;
    return {
      fr: `son montant ${frAmount} ${frLines}${rejected > 0 ? `, sans ${frRejected}` : ""}`,
      en: `its amount ${enAmount} ${enLines}${rejected > 0 ? `, without ${enRejected}` : ""}`,
    };
  }
  if (check.equals === "importedAndRejected") {
    const all = imported + rejected;
    return {
      fr: `son montant ${frAmount} est la somme des ${count(all, "fr", "ligne", "lignes")} ${frWhere}, y compris ${frRejected}`,
      en: `its amount ${enAmount} is the sum of the ${count(all, "en", "row", "rows")} ${enWhere}, including ${enRejected}`,
    };
  }
  if (imported === 0)
    return {
      fr: `attention, aucune ligne importée ne la précède (montant ${frAmount})`,
      en: `note: no imported row comes before it (amount ${enAmount})`,
    };
  const frSum = formatNumberFr(check.importedSum);
  const enSum = formatNumberEn(check.importedSum);
  return {
    fr:
      imported === 1
        ? `attention, son montant ${frAmount} n'est pas celui de la seule ligne importée ${frWhere} (${frSum})`
        : `attention, son montant ${frAmount} ne correspond pas à la somme des ${count(imported, "fr", "ligne importée", "lignes importées")} ${frWhere} (${frSum})`,
    en:
      imported === 1
        ? `note: its amount ${enAmount} is not that of the only imported row ${enWhere} (${enSum})`
        : `note: its amount ${enAmount} does not match the sum of the ${count(imported, "en", "imported row", "imported rows")} ${enWhere} (${enSum})`,
  };
}

export const msg = {
  blankLine: (): Localized => ({ fr: "ligne vide, ignorée.", en: "blank line, skipped." }),
  titleLine: (value: string): Localized => ({
    fr: `titre au-dessus de l'en-tête (${frQuote(shortValue(value))}), ignoré.`,
    en: `title above the header (${enQuote(shortValue(value))}), skipped.`,
  }),
  repeatedHeader: (): Localized => ({
    fr: "en-tête répété au milieu des données, ignoré.",
    en: "header repeated inside the data, skipped.",
  }),
  /**
   * A total line: said to be skipped, and what its amount was checked against, in words that are
   * true whether rejected lines or earlier total lines stand above it.
   */
  totalLine: (label: string | null, amount: number | null, check: TotalCheck | null): Localized => {
    const frLabel = label ? ` (${frQuote(shortValue(label))})` : "";
    const enLabel = label ? ` (${enQuote(shortValue(label))})` : "";
    const tail = amount !== null && check !== null ? totalTail(amount, check) : null;
    return {
      fr: `ligne de total${frLabel} ignorée pour ne pas compter deux fois${tail ? `${NNBSP}; ${tail.fr}` : ""}.`,
      en: `total line${enLabel} skipped so as not to count twice${tail ? `; ${tail.en}` : ""}.`,
    };
  },
  badDate: (value: string): Localized => ({
    fr: `${frQuote(shortValue(value))} n'est pas une date lisible${NNBSP}; ligne rejetée.`,
    en: `${enQuote(shortValue(value))} is not a readable date; row rejected.`,
  }),
  missingDate: (): Localized => ({
    fr: `date manquante${NNBSP}; ligne rejetée.`,
    en: "missing date; row rejected.",
  }),
  badNumberRejected: (value: string): Localized => ({
    fr: `${frQuote(shortValue(value))} n'est pas un nombre lisible${NNBSP}; ligne rejetée.`,
    en: `${enQuote(shortValue(value))} is not a readable number; row rejected.`,
  }),
  missingNumberRejected: (): Localized => ({
    fr: `montant manquant${NNBSP}; ligne rejetée.`,
    en: "missing amount; row rejected.",
  }),
  badNumberIgnored: (value: string): Localized => ({
    fr: `${frQuote(shortValue(value))} n'est pas un nombre lisible${NNBSP}; valeur laissée vide, ligne conservée.`,
    en: `${enQuote(shortValue(value))} is not a readable number; value left empty, row kept.`,
  }),
  percentInAmount: (value: string): Localized => ({
    fr: `${frQuote(shortValue(value))} est un pourcentage là où un montant est attendu${NNBSP}; ligne rejetée.`,
    en: `${enQuote(shortValue(value))} is a percentage where an amount is expected; row rejected.`,
  }),
  percentIgnored: (value: string): Localized => ({
    fr: `${frQuote(shortValue(value))} est un pourcentage là où un nombre est attendu${NNBSP}; valeur laissée vide.`,
    en: `${enQuote(shortValue(value))} is a percentage where a number is expected; value left empty.`,
  }),
  badDiscount: (value: string): Localized => ({
    fr: `remise ${frQuote(shortValue(value))} en dehors de 0 à ${percent(1, "fr")}${NNBSP}; ligne rejetée.`,
    en: `discount ${enQuote(shortValue(value))} outside 0 to ${percent(1, "en")}; row rejected.`,
  }),
  tooManyFields: (found: number, expected: number): Localized => ({
    fr: `${count(found, "fr", "champ", "champs")} au lieu de ${COUNT.fr.format(expected)} (séparateur ou guillemet en trop dans la ligne${NNBSP}?)${NNBSP}; ligne rejetée.`,
    en: `${count(found, "en", "field", "fields")} instead of ${COUNT.en.format(expected)} (a stray separator or quote in the line?); row rejected.`,
  }),
  /** A quote opened and not closed on its line: read as a character, as Excel reads it. */
  unterminatedQuote: (value: string): Localized => ({
    fr: `guillemet ouvert et jamais refermé sur sa ligne${NNBSP}; il est lu comme un caractère, comme le fait Excel, et la cellule vaut ${frQuote(shortValue(value))}. Les lignes suivantes sont lues normalement.`,
    en: `quote opened and never closed on its line; it is read as a character, as Excel does, and the cell reads ${enQuote(shortValue(value))}. The following lines are read normally.`,
  }),
  /** Text after a closing quote (`"300")`): kept as is, as Excel reads it. */
  malformedQuote: (value: string): Localized => ({
    fr: `texte après le guillemet fermant${NNBSP}; il est gardé tel quel, comme le fait Excel, et la cellule vaut ${frQuote(shortValue(value))}. Les lignes suivantes sont lues normalement.`,
    en: `text after the closing quote; it is kept as is, as Excel does, and the cell reads ${enQuote(shortValue(value))}. The following lines are read normally.`,
  }),
  dateOrderConflict: (
    column: string,
    dmyRow: number,
    dmyValue: string,
    mdyRow: number,
    mdyValue: string
  ): Localized => ({
    fr: `La colonne ${frQuote(column)} mélange jour/mois et mois/jour (ligne ${dmyRow} ${frQuote(dmyValue)}, ligne ${mdyRow} ${frQuote(mdyValue)})${NBSP}: impossible de lire ses dates sans risque d'erreur. Corrigez dans le fichier les dates listées pour qu'elles suivent toutes le même ordre, puis importez-le de nouveau.`,
    en: `Column ${enQuote(column)} mixes day/month and month/day (row ${dmyRow} ${enQuote(dmyValue)}, row ${mdyRow} ${enQuote(mdyValue)}): its dates cannot be read without risk of error. Correct the dates listed in the file so that they all follow the same order, then import it again.`,
  }),
  /** A date that can only be read in the order opposite to the one the caller stated. */
  dateAgainstStatedOrder: (value: string, stated: "dmy" | "mdy"): Localized => ({
    fr: `${frQuote(shortValue(value))} ne peut se lire que ${stated === "dmy" ? "mois/jour/année" : "jour/mois/année"}${NNBSP}; lue ainsi, bien que l'ordre indiqué soit ${stated === "dmy" ? "jour/mois/année" : "mois/jour/année"}.`,
    en: `${enQuote(shortValue(value))} can only be ${stated === "dmy" ? "month/day/year" : "day/month/year"}; read that way, although the order stated is ${stated === "dmy" ? "day/month/year" : "month/day/year"}.`,
  }),
  /** One date of a column that mixes the orders, against the first date of the other order. */
  dateOrderConflictRow: (
    value: string,
    order: "dmy" | "mdy",
    otherRow: number,
    otherValue: string
  ): Localized => {
    const fr = { dmy: "jour/mois/année", mdy: "mois/jour/année" };
    const en = { dmy: "day/month/year", mdy: "month/day/year" };
    const other = order === "dmy" ? "mdy" : "dmy";
    return {
      fr: `${frQuote(shortValue(value))} ne peut se lire que ${fr[order]}, alors que ${frQuote(shortValue(otherValue))} (ligne ${otherRow}) ne peut se lire que ${fr[other]}${NNBSP}; aucune date de la colonne n'est lue tant qu'elles ne suivent pas le même ordre.`,
      en: `${enQuote(shortValue(value))} can only be ${en[order]}, whereas ${enQuote(shortValue(otherValue))} (row ${otherRow}) can only be ${en[other]}; no date of the column is read until they follow the same order.`,
    };
  },
  // Column notes below follow "Colonne « X » : ", so they use no second colon.
  dateOrderAssumed: (order: "dmy" | "mdy", example: string): Localized => ({
    fr: `aucune date ne dit si le jour ou le mois vient en premier (par exemple ${frQuote(example)})${NNBSP}; dates lues comme ${order === "dmy" ? "jour/mois/année" : "mois/jour/année"}.`,
    en: `no date shows whether the day or the month comes first (for example ${enQuote(example)}); dates read as ${order === "dmy" ? "day/month/year" : "month/day/year"}.`,
  }),
  decimalMarkAssumed: (mark: "." | ",", example: string): Localized => ({
    fr: `des valeurs comme ${frQuote(example)} peuvent se lire de deux façons${NNBSP}; ${mark === "," ? "la virgule est retenue" : "le point est retenu"} comme séparateur décimal, comme dans le reste du fichier.`,
    en: `values like ${enQuote(example)} can be read two ways; the ${mark === "," ? "comma" : "point"} is taken as the decimal mark, as in the rest of the file.`,
  }),
  mixedDecimalMarks: (mark: "." | ",", dot: number, comma: number): Localized => ({
    fr: `mélange de point décimal (${count(dot, "fr", "valeur", "valeurs")}) et de virgule décimale (${count(comma, "fr", "valeur", "valeurs")})${NNBSP}; ${mark === "," ? "la virgule est retenue" : "le point est retenu"}, les autres valeurs sont signalées.`,
    en: `mix of decimal point (${count(dot, "en", "value", "values")}) and decimal comma (${count(comma, "en", "value", "values")}); the ${mark === "," ? "comma" : "point"} is used, the other values are reported.`,
  }),
  discountPercentPoints: (): Localized => ({
    fr: `remises écrites sans le signe %, supérieures à 1${NBSP}: lues comme des pourcentages (10 = ${percent(0.1, "fr")}).`,
    en: `discounts written without the % sign, above 1: read as percentages (10 = ${percent(0.1, "en")}).`,
  }),
  duplicateRole: (role: Localized, kept: string): Localized => ({
    fr: `non utilisée, car ${frQuote(kept)} a déjà le rôle ${frQuote(role.fr)}${NNBSP}; donnez-lui un autre rôle pour l'utiliser.`,
    en: `not used, because ${enQuote(kept)} already has the role ${enQuote(role.en)}; give it another role to use it.`,
  }),
  numericColumnUnused: (): Localized => ({
    fr: `nombres sans rôle reconnu${NNBSP}; colonne non utilisée (vous pouvez lui donner un rôle).`,
    en: "numbers with no recognised role; column not used (you can give it a role).",
  }),
  /** A measure column with no value: left out, so the measure can be derived. */
  emptyMeasureColumn: (role: Localized): Localized => ({
    fr: `l'en-tête évoque le rôle ${frQuote(role.fr)}, mais la colonne est vide sur toutes les lignes${NNBSP}; elle est ignorée, comme si elle était absente.`,
    en: `the header suggests the role ${enQuote(role.en)}, but the column is empty on every row; it is ignored, as if it were absent.`,
  }),
  headerRoleDemoted: (role: Localized): Localized => ({
    fr: `l'en-tête évoque le rôle ${frQuote(role.fr)}, mais la colonne contient surtout du texte${NNBSP}; elle est traitée comme un axe d'analyse.`,
    en: `the header suggests the role ${enQuote(role.en)}, but the column holds mostly text; it is used as a dimension.`,
  }),
  contentRole: (role: Localized): Localized => ({
    fr: `retenue comme ${frQuote(role.fr)} d'après son contenu (aucun en-tête ne l'indiquait)${NNBSP}; vérifiez ce choix.`,
    en: `used as ${enQuote(role.en)} from its content (no header said so); please check.`,
  }),
  negativeLines: (lines: number, amount: number): Localized => ({
    fr: isSingular(lines, "fr")
      ? `${count(lines, "fr", "ligne négative", "lignes négatives")} (avoir ou retour) conservée, d'un montant de ${formatNumberFr(amount)}.`
      : `${count(lines, "fr", "ligne négative", "lignes négatives")} (avoirs, retours) conservées, pour ${formatNumberFr(amount)} au total.`,
    en: isSingular(lines, "en")
      ? `${count(lines, "en", "negative line", "negative lines")} (credit note or return) kept, for ${formatNumberEn(amount)}.`
      : `${count(lines, "en", "negative line", "negative lines")} (credit notes, returns) kept, ${formatNumberEn(amount)} in total.`,
  }),
  missingValues: (lines: number, role: Localized): Localized => ({
    fr: `${count(lines, "fr", "ligne", "lignes")} sans ${role.fr}, ${plural(lines, "fr", "importée", "importées")} quand même (valeur laissée vide).`,
    en: `${count(lines, "en", "row", "rows")} without ${role.en}, imported all the same (value left empty).`,
  }),
  derived: (what: "revenue" | "cost" | "margin"): Localized =>
    ({
      revenue: {
        fr: `CA calculé ligne à ligne${NBSP}: quantité × prix unitaire × (1 − remise), arrondi au centime.`,
        en: "Revenue computed line by line: quantity × unit price × (1 − discount), rounded to the cent.",
      },
      cost: {
        fr: `Coût calculé ligne à ligne${NBSP}: CA − marge.`,
        en: "Cost computed line by line: revenue − margin.",
      },
      margin: {
        fr: `Marge calculée ligne à ligne${NBSP}: CA − coût.`,
        en: "Margin computed line by line: revenue − cost.",
      },
    })[what],
  moreIssues: (more: number, sample: Localized): Localized => ({
    fr: `… et ${COUNT.fr.format(more)} ${plural(more, "fr", "autre ligne", "autres lignes")} du même type que${NBSP}: ${sample.fr}`,
    en: `… and ${COUNT.en.format(more)} more ${plural(more, "en", "row", "rows")} of the same kind as: ${sample.en}`,
  }),
  reconciliationGap: (header: string, gap: number): Localized => ({
    fr: `Rapprochement de ${frQuote(header)}${NBSP}: écart de ${formatNumberFr(gap)} entre la source et les lignes importées + rejetées.`,
    en: `Reconciliation of ${enQuote(header)}: a gap of ${formatNumberEn(gap)} between the source and the imported + rejected rows.`,
  }),
  // Fatal reasons.
  emptyFile: (): Localized => ({ fr: "Le fichier est vide.", en: "The file is empty." }),
  noData: (): Localized => ({
    fr: "Aucune ligne de données après l'en-tête.",
    en: "No data row below the header.",
  }),
  noHeader: (): Localized => ({
    fr: "Aucune ligne d'en-tête trouvée (au moins deux colonnes nommées).",
    en: "No header row found (at least two named columns).",
  }),
  noDate: (headers: string[]): Localized => ({
    fr: `Aucune colonne de dates trouvée parmi ${headers.map(frQuote).join(", ")}. Indiquez quelle colonne contient la date.`,
    en: `No date column found among ${headers.map(enQuote).join(", ")}. Say which column holds the date.`,
  }),
  noAmount: (headers: string[]): Localized => ({
    fr: `Aucune colonne de montant (CA) trouvée parmi ${headers.map(frQuote).join(", ")}, ni quantité et prix unitaire pour le calculer. Indiquez quelle colonne contient le CA.`,
    en: `No amount (revenue) column found among ${headers.map(enQuote).join(", ")}, nor quantity and unit price to compute it. Say which column holds the revenue.`,
  }),
  noRowImported: (rejected: number): Localized => ({
    fr: isSingular(rejected, "fr")
      ? `Aucune ligne importée${NBSP}: la seule ligne lue a été rejetée (voir le détail).`
      : `Aucune ligne importée${NBSP}: les ${COUNT.fr.format(rejected)} lignes lues ont toutes été rejetées (voir le détail).`,
    en: isSingular(rejected, "en")
      ? "No row imported: the only row read was rejected (see details)."
      : `No row imported: all ${COUNT.en.format(rejected)} rows read were rejected (see details).`,
  }),
  notXlsx: (): Localized => ({
    fr: `Le fichier n'est pas un classeur Excel .xlsx lisible (format .xls ancien ou fichier abîmé${NNBSP}?). Enregistrez-le au format .xlsx ou .csv.`,
    en: "The file is not a readable .xlsx workbook (old .xls format or damaged file?). Save it as .xlsx or .csv.",
  }),
  sheetNotFound: (name: string, available: string[]): Localized => ({
    fr: `Feuille ou tableau ${frQuote(name)} introuvable. Disponibles${NBSP}: ${available.map(frQuote).join(", ")}.`,
    en: `Sheet or table ${enQuote(name)} not found. Available: ${available.map(enQuote).join(", ")}.`,
  }),
  emptySheet: (name: string): Localized => ({
    fr: `La feuille ${frQuote(name)} est vide.`,
    en: `Sheet ${enQuote(name)} is empty.`,
  }),
  binaryFile: (): Localized => ({
    fr: "Le fichier n'est pas un fichier texte CSV (contenu binaire). Pour un classeur Excel, utilisez le format .xlsx.",
    en: "The file is not a CSV text file (binary content). For an Excel workbook, use the .xlsx format.",
  }),
  internalError: (detail: string): Localized => ({
    fr: `Erreur inattendue pendant l'import (${detail}). Le fichier n'a pas été modifié.`,
    en: `Unexpected error during import (${detail}). The file was not changed.`,
  }),
};
