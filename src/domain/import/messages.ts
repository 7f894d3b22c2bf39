/**
 * Plain-language messages of the import report, French and English. French typography: no-break
 * space inside « » and before `:`, narrow no-break space before `;`, numbers through Intl.
 */
import type { Localized } from "./types";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

function frQuote(text: string): string {
  return `«${NBSP}${text}${NBSP}»`;
}

function enQuote(text: string): string {
  return `"${text}"`;
}

/** Shortens a raw value for display (a cell may hold a whole swallowed file). */
export function shortValue(value: string): string {
  const oneLine = value.replace(/\s+/g, " ");
  return oneLine.length > 60 ? oneLine.slice(0, 57) + "…" : oneLine;
}

// Amounts in messages: at least the cents, up to the 4 decimals costs may have.
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

/** "Ligne 12, colonne « CA HT » : " / "Row 12, column "CA HT": " (parts left out when unknown). */
export function where(row: number | null, column: string | null): Localized {
  const fr: string[] = [];
  const en: string[] = [];
  if (row !== null) {
    fr.push(`Ligne ${row}`);
    en.push(`Row ${row}`);
  }
  if (column !== null) {
    fr.push(`colonne ${frQuote(column)}`);
    en.push(`column ${enQuote(column)}`);
  }
  if (fr.length === 0) return { fr: "", en: "" };
  const frText = fr.join(", ");
  const enText = en.join(", ");
  return { fr: frText.charAt(0).toUpperCase() + frText.slice(1) + `${NBSP}: `, en: enText + ": " };
}

/** Builds a message from its French and English bodies, prefixed with where it happened. */
export function at(row: number | null, column: string | null, body: Localized): Localized {
  const w = where(row, column);
  return { fr: w.fr + body.fr, en: w.en + body.en };
}

export const quote = { fr: frQuote, en: enQuote };

export const msg = {
  blankLine: (): Localized => ({ fr: "ligne vide, ignorée.", en: "blank line, skipped." }),
  titleLine: (value: string): Localized => ({
    fr: `ligne avant l'en-tête (${frQuote(shortValue(value))}), ignorée.`,
    en: `line above the header (${enQuote(shortValue(value))}), skipped.`,
  }),
  repeatedHeader: (): Localized => ({
    fr: "en-tête répété au milieu des données, ignoré.",
    en: "header repeated inside the data, skipped.",
  }),
  totalLine: (label: string | null, amount: number | null, matches: boolean | null): Localized => {
    const frLabel = label ? ` (${frQuote(shortValue(label))})` : "";
    const enLabel = label ? ` (${enQuote(shortValue(label))})` : "";
    let frTail = "";
    let enTail = "";
    if (amount !== null && matches === true) {
      frTail = `${NNBSP}; son montant ${formatNumberFr(amount)} est la somme des lignes au-dessus`;
      enTail = `; its amount ${formatNumberEn(amount)} is the sum of the lines above`;
    } else if (amount !== null && matches === false) {
      frTail = `${NNBSP}; attention, son montant ${formatNumberFr(amount)} ne correspond pas à la somme des lignes au-dessus`;
      enTail = `; note: its amount ${formatNumberEn(amount)} does not match the sum of the lines above`;
    }
    return {
      fr: `ligne de total${frLabel} ignorée pour ne pas compter deux fois${frTail}.`,
      en: `total line${enLabel} skipped so as not to count twice${enTail}.`,
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
    fr: `remise ${frQuote(shortValue(value))} hors de 0 à 100${NNBSP}%${NNBSP}; ligne rejetée.`,
    en: `discount ${enQuote(shortValue(value))} outside 0 to 100%; row rejected.`,
  }),
  tooManyFields: (found: number, expected: number): Localized => ({
    fr: `${found} champs au lieu de ${expected} (séparateur ou guillemet en trop dans la ligne ?)${NNBSP}; ligne rejetée.`,
    en: `${found} fields instead of ${expected} (a stray separator or quote in the line?); row rejected.`,
  }),
  unterminatedQuote: (): Localized => ({
    fr: "guillemet ouvert jamais refermé : la suite du fichier a été lue comme une seule cellule.",
    en: "quote opened and never closed: the rest of the file was read as a single cell.",
  }),
  dateOrderConflict: (
    column: string,
    dmyRow: number,
    dmyValue: string,
    mdyRow: number,
    mdyValue: string
  ): Localized => ({
    fr: `La colonne ${frQuote(column)} mélange jour/mois et mois/jour (ligne ${dmyRow} ${frQuote(dmyValue)}, ligne ${mdyRow} ${frQuote(mdyValue)})${NNBSP}: impossible de lire ses dates sans risque d'erreur. Corrigez le fichier ou précisez l'ordre des dates.`,
    en: `Column ${enQuote(column)} mixes day/month and month/day (row ${dmyRow} ${enQuote(dmyValue)}, row ${mdyRow} ${enQuote(mdyValue)}): its dates cannot be read without risk of error. Fix the file or state the date order.`,
  }),
  dateOrderAssumed: (order: "dmy" | "mdy", example: string): Localized => ({
    fr: `aucune date ne dit si le jour ou le mois vient en premier (ex. ${frQuote(example)})${NNBSP}: lu comme ${order === "dmy" ? "jour/mois/année" : "mois/jour/année"}.`,
    en: `no date tells whether day or month comes first (e.g. ${enQuote(example)}): read as ${order === "dmy" ? "day/month/year" : "month/day/year"}.`,
  }),
  decimalMarkAssumed: (mark: "." | ",", example: string): Localized => ({
    fr: `des valeurs comme ${frQuote(example)} peuvent se lire de deux façons${NNBSP}: ${mark === "," ? "virgule décimale" : "point décimal"} retenu(e), comme dans le reste du fichier.`,
    en: `values like ${enQuote(example)} can be read two ways: ${mark === "," ? "decimal comma" : "decimal point"} assumed, as in the rest of the file.`,
  }),
  mixedDecimalMarks: (mark: "." | ",", dot: number, comma: number): Localized => ({
    fr: `la colonne mélange point décimal (${dot} valeurs) et virgule décimale (${comma} valeurs)${NNBSP}: ${mark === "," ? "virgule" : "point"} retenu(e), les autres valeurs sont signalées.`,
    en: `the column mixes decimal point (${dot} values) and decimal comma (${comma} values): ${mark === "," ? "comma" : "point"} used, the other values are reported.`,
  }),
  discountPercentPoints: (): Localized => ({
    fr: "remises écrites sans %, supérieures à 1 : lues comme des pourcentages (10 = 10 %).",
    en: "discounts written without %, above 1: read as percentages (10 = 10%).",
  }),
  duplicateRole: (role: Localized, kept: string): Localized => ({
    fr: `colonne ignorée car ${frQuote(kept)} est déjà retenue comme ${role.fr}${NNBSP}; changez son rôle pour l'utiliser.`,
    en: `column not used because ${enQuote(kept)} is already used as ${role.en}; change its role to use it.`,
  }),
  numericColumnUnused: (): Localized => ({
    fr: `colonne de nombres sans rôle reconnu${NNBSP}; non utilisée (vous pouvez lui donner un rôle).`,
    en: "numeric column with no recognised role; not used (you can give it a role).",
  }),
  headerRoleDemoted: (role: Localized): Localized => ({
    fr: `l'en-tête fait penser à ${role.fr}, mais la colonne contient surtout du texte${NNBSP}; traitée comme un axe d'analyse.`,
    en: `the header suggests ${role.en}, but the column holds mostly text; used as a dimension.`,
  }),
  contentRole: (role: Localized): Localized => ({
    fr: `aucun en-tête ne l'indiquait${NNBSP}: colonne retenue comme ${role.fr} d'après son contenu. Vérifiez.`,
    en: `no header said so: column used as ${role.en} from its content. Please check.`,
  }),
  negativeLines: (count: number, amount: number): Localized => ({
    fr: `${count} ligne(s) négative(s) (avoirs, retours) conservée(s), pour ${formatNumberFr(amount)} au total.`,
    en: `${count} negative line(s) (credit notes, returns) kept, ${formatNumberEn(amount)} in total.`,
  }),
  missingValues: (count: number, role: Localized): Localized => ({
    fr: `${count} ligne(s) sans ${role.fr}${NNBSP}: elles sont importées, mais leur ${role.fr} reste vide.`,
    en: `${count} row(s) without ${role.en}: they are imported, but their ${role.en} stays empty.`,
  }),
  derived: (what: "revenue" | "cost" | "margin"): Localized =>
    ({
      revenue: {
        fr: "CA calculé ligne à ligne : quantité × prix unitaire × (1 − remise), arrondi au centime.",
        en: "Revenue computed line by line: quantity × unit price × (1 − discount), rounded to the cent.",
      },
      cost: {
        fr: "Coût calculé ligne à ligne : CA − marge.",
        en: "Cost computed line by line: revenue − margin.",
      },
      margin: {
        fr: "Marge calculée ligne à ligne : CA − coût.",
        en: "Margin computed line by line: revenue − cost.",
      },
    })[what],
  moreIssues: (count: number, sample: Localized): Localized => ({
    fr: `… et ${count} autre(s) ligne(s) du même type que : ${sample.fr}`,
    en: `… and ${count} more row(s) of the same kind as: ${sample.en}`,
  }),
  reconciliationGap: (header: string, gap: number): Localized => ({
    fr: `Rapprochement de ${frQuote(header)} : écart de ${formatNumberFr(gap)} entre la source et les lignes importées + rejetées.`,
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
    fr: `Aucune ligne importée : les ${rejected} ligne(s) lue(s) ont toutes été rejetées (voir le détail).`,
    en: `No row imported: all ${rejected} row(s) read were rejected (see details).`,
  }),
  notXlsx: (): Localized => ({
    fr: "Le fichier n'est pas un classeur Excel .xlsx lisible (format .xls ancien ou fichier abîmé ?). Enregistrez-le au format .xlsx ou .csv.",
    en: "The file is not a readable .xlsx workbook (old .xls format or damaged file?). Save it as .xlsx or .csv.",
  }),
  sheetNotFound: (name: string, available: string[]): Localized => ({
    fr: `Feuille ou tableau ${frQuote(name)} introuvable. Disponibles : ${available.map(frQuote).join(", ")}.`,
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
