/** Tick and data labels of the preview's charts, with the simulator's own number-format rendering (numfmt). */
import type { Lang } from "../domain/import/types";
import { formatValue } from "../workbook-sim/format/numberFormat";
import type { ValueFormatter } from "./charts/types";

export function formatForChart(lang: Lang): ValueFormatter {
  const displayLanguage = lang === "fr" ? "fr-FR" : "en-US";
  return (value, numberFormat) =>
    formatValue(
      value,
      numberFormat && numberFormat !== "General" ? numberFormat : "#,##0.##",
      displayLanguage
    ).trim();
}
