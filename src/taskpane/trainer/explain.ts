/**
 * The one-line explanation of a tracking-table column, told from the formula actually written:
 * the Statut formula has a partial-month branch only when a month is partial, and a target branch
 * only when the table has targets, so its explanation names only the branches it has, quoting
 * the formula's own texts (the workbook's language may differ from the pane's).
 */
import type { StatusBranches, Strings, TrackingKey } from "../i18n/strings";

/** A quoted Excel text: "..." with "" for a quote inside. */
const TEXT = String.raw`"((?:[^"]|"")*)"`;
/** `"Mois incomplet (jusqu’au "&JOUR(MAX(Ventes[Date]))&")"`, English or French names. */
const PARTIAL = new RegExp(`${TEXT}&((?:DAY|JOUR)\\((MAX|MIN)\\([^()]*\\)\\))&${TEXT}`, "g");
/** `>=0,"Objectif atteint","Sous l’objectif"` (`;` in the French formula bar). */
const TARGET = new RegExp(`>=\\s*0\\s*[,;]\\s*${TEXT}\\s*[,;]\\s*${TEXT}`);

const unquote = (text: string) => text.replace(/""/g, '"');

/** The branches of a Statut formula (as shown, French or English function names). */
export function statusBranches(formula: string): StatusBranches {
  const partial = [...formula.matchAll(PARTIAL)].map((m) => ({
    label: `${unquote(m[1])}n${unquote(m[4])}`,
    day: m[2],
    last: m[3] === "MAX",
  }));
  const target = TARGET.exec(formula);
  return {
    partial,
    target: target ? { met: unquote(target[1]), below: unquote(target[2]) } : null,
  };
}

/** Explanation of a column from its formula as displayed (`displayFormula`). */
export function explainColumn(key: TrackingKey, shownFormula: string, s: Strings): string {
  if (key !== "status") return s.explanations[key];
  const branches = statusBranches(shownFormula);
  if (branches.partial.length === 0 && !branches.target) return s.explanations.status;
  return s.statusExplanation(branches);
}
