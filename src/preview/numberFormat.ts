/** Tick and data labels of the preview's charts, with the simulator's own number-format rendering (numfmt). */
import type { Lang } from "../domain/import/types";
import { formatValue } from "../workbook-sim/format/numberFormat";
import type { ValueFormatter } from "./charts/types";

export function formatForChart(lang: Lang): ValueFormatter {
  const displayLanguage = lang === "fr" ? "fr-FR" : "en-US";
  // French puts a narrow no-break space before "%", as the grid's own texts do.
  const typography = (text: string) => (lang === "fr" ? text.replace(/(\d)%/g, "$1\u202f%") : text);
  return (value, numberFormat) => {
    const format = numberFormat && numberFormat !== "General" ? numberFormat : "#,##0.##";
    return typography(formatValue(value, format, displayLanguage).trim());
  };
}
