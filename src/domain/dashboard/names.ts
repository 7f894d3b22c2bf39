/**
 * Names of the add-in's sheets and tables, per language, and how they avoid the user's own names.
 * Excel compares sheet and table names case-insensitively; a sheet name has at most 31 characters
 * and none of \ / ? * [ ] :; a table name is letters, digits, "_" and "." without spaces, unique in
 * the workbook.
 */
import type { Lang, Localized } from "../import/types";
import type { PlanNames, SheetKey, TableKey } from "./types";
import { SHEET_KEYS, TABLE_KEYS } from "./types";

const SHEETS: Record<Lang, Record<SheetKey, string>> = {
  fr: {
    data: "Données",
    pivots: "TCD",
    tracking: "Suivi mensuel",
    charts: "Graphiques",
    commentary: "Commentaire",
  },
  en: {
    data: "Data",
    pivots: "Pivots",
    tracking: "Monthly tracking",
    charts: "Charts",
    commentary: "Commentary",
  },
};

const TABLES: Record<Lang, Record<TableKey, string>> = {
  fr: {
    sales: "Ventes",
    tracking: "SuiviMensuel",
    targets: "Objectifs",
    distribution: "Repartition",
  },
  en: {
    sales: "Sales",
    tracking: "MonthlyTracking",
    targets: "Targets",
    distribution: "Distribution",
  },
};

/** The preferred names in a language. */
export function defaultNames(lang: Lang): PlanNames {
  return { sheets: { ...SHEETS[lang] }, tables: { ...TABLES[lang] } };
}

export const MAX_SHEET_NAME = 31;

/** Whether Excel accepts `name` as a worksheet name. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME &&
    !/[\\/?*[\]:]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

/** Whether Excel accepts `name` as a table name (and it cannot be read as a cell reference). */
export function isValidTableName(name: string): boolean {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || name.length > 255) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false; // A1-style
  if (/^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name)) return false; // R1C1-style
  return true;
}

const lower = (s: string) => s.toLocaleLowerCase("fr");

/** `preferred`, or "preferred (2)", "(3)"… trimmed to 31 characters, not in `taken`. */
export function freeSheetName(preferred: string, taken: Set<string>): string {
  let candidate = preferred.slice(0, MAX_SHEET_NAME);
  for (let i = 2; taken.has(lower(candidate)); i++) {
    const suffix = ` (${i})`;
    candidate = preferred.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  return candidate;
}

/** `preferred`, or "preferred_2", "_3"… not in `taken`. */
export function freeTableName(preferred: string, taken: Set<string>): string {
  let candidate = preferred;
  for (let i = 2; taken.has(lower(candidate)); i++) candidate = `${preferred}_${i}`;
  return candidate;
}

export interface ResolvedNames {
  names: PlanNames;
  /** One message per name that had to change because the user already uses it. */
  messages: Localized[];
}

/**
 * The names to use when the workbook already has `userSheets` and `userTables` (names NOT made by
 * the add-in; its own previous sheets are replaced, so their names are free).
 */
export function resolveNames(
  lang: Lang,
  userSheets: Iterable<string>,
  userTables: Iterable<string>
): ResolvedNames {
  const preferred = defaultNames(lang);
  const takenSheets = new Set([...userSheets].map(lower));
  const takenTables = new Set([...userTables].map(lower));
  const names: PlanNames = { sheets: { ...preferred.sheets }, tables: { ...preferred.tables } };
  const messages: Localized[] = [];
  for (const key of SHEET_KEYS) {
    const name = freeSheetName(preferred.sheets[key], takenSheets);
    takenSheets.add(lower(name));
    names.sheets[key] = name;
    if (name !== preferred.sheets[key]) {
      messages.push({
        fr: `Une feuille « ${preferred.sheets[key]} » qui n’est pas celle du complément existe déjà : elle est laissée intacte et le tableau de bord utilise « ${name} ».`,
        en: `A sheet named "${preferred.sheets[key]}" that the add-in did not create already exists: it is left untouched and the dashboard uses "${name}".`,
      });
    }
  }
  for (const key of TABLE_KEYS) {
    const name = freeTableName(preferred.tables[key], takenTables);
    takenTables.add(lower(name));
    names.tables[key] = name;
    if (name !== preferred.tables[key]) {
      messages.push({
        fr: `Un tableau « ${preferred.tables[key]} » existe déjà dans le classeur : le tableau de bord utilise « ${name} ».`,
        en: `A table named "${preferred.tables[key]}" already exists in the workbook: the dashboard uses "${name}".`,
      });
    }
  }
  return { names, messages };
}
