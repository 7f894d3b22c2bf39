/**
 * Structured references to Excel Table columns, written as Excel writes them (English syntax,
 * as `range.formulas` requires). Headers reaching here have no [ ] # ' (see `cleanHeader`).
 * A column name with one of Excel's special characters (space excepted) needs the double-bracket
 * form `Table[[Écart N/N-1]]`; the this-row form needs inner brackets as soon as there is a space:
 * `[@[CA HT]]`, but `[@Mois]`.
 */

/** Characters that make Excel require the inner brackets around a column name. */
const SPECIAL = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/@!%()~`;?|\\]/;

function assertPlain(column: string): void {
  if (/[[\]#']/.test(column)) throw new Error(`Column name needs escaping: ${column}`);
}

/** Whole data column of a table: `Ventes[CA HT]`, `SuiviMensuel[[Écart N/N-1]]`. */
export function columnRef(table: string, column: string): string {
  assertPlain(column);
  return SPECIAL.test(column) ? `${table}[[${column}]]` : `${table}[${column}]`;
}

/** The same row of the table the formula sits in: `[@Mois]`, `[@[CA HT]]`. */
export function thisRow(column: string): string {
  assertPlain(column);
  return SPECIAL.test(column) || /\s/.test(column) ? `[@[${column}]]` : `[@${column}]`;
}

/** A text as a formula string literal: "n.s." → `"n.s."` (inner quotes doubled). */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
