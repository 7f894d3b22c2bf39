/**
 * The data sheet's Excel Table (`Ventes` / `Sales`): the imported records under clear headers,
 * plus the helper columns the Excel API cannot provide otherwise (PivotTables cannot group dates
 * nor hold calculated fields): `Année`, `Mois` (first day of the month) and `Marge brute`, as
 * calculated columns (one formula for the whole column).
 */
import type { Lang, MeasureRole, SalesTable } from "../import/types";
import type { TableColumnPlan, TablePlan } from "./types";
import { SALES_HEADERS } from "./labels";
import { cleanHeader, safeText, uniqueLabel } from "./safe-text";
import { thisRow } from "./structured";
import {
  TEXT_FORMAT,
  dateFormat,
  decimalFormat,
  moneyFormat,
  monthFormat,
  quantityFormat,
} from "./formats";

/** Most data rows a sheet can hold under its header row. */
export const MAX_DATA_ROWS = 1_048_575;

/** Width in points for a column whose longest text has `chars` characters (Calibri 11 ≈ 6 pt a character). */
export function widthForChars(chars: number): number {
  return Math.round(Math.min(60, Math.max(6, chars)) * 6 + 12);
}

/** Measures written to the data table, in this order (profit is recomputed as `Marge brute`). */
const MEASURE_ORDER: Exclude<MeasureRole, "revenue" | "profit">[] = [
  "quantity",
  "unitPrice",
  "discount",
];

export interface SalesTableInfo {
  plan: TablePlan;
  /** Table header of each source dimension header. */
  dimensionHeaders: Map<string, string>;
  /** Table headers of the measures and helper columns. */
  headers: {
    date: string;
    revenue: string;
    cost: string | null;
    month: string;
    year: string;
    margin: string | null;
  };
}

/** Longest label of a dictionary (for the column width), looking at most at 2,000 labels. */
function longestLabel(labels: string[]): number {
  let max = 0;
  for (let i = 0; i < labels.length && i < 2000; i++) max = Math.max(max, labels[i].length);
  return max;
}

export function salesTable(
  table: SalesTable,
  lang: Lang,
  name: string,
  currency: string | null
): SalesTableInfo {
  const words = SALES_HEADERS[lang];
  const taken = new Set<string>();
  const columns: TableColumnPlan[] = [];
  const money = (role: MeasureRole) =>
    moneyFormat(lang, currency, Math.min(4, Math.max(2, table.decimals[role] ?? 2)));
  // Numbers and dates align right, their headers too; texts stay left.
  const add = (column: Omit<TableColumnPlan, "header"> & { header: string }) => {
    const hAlign = column.numberFormat === TEXT_FORMAT ? undefined : "Right";
    columns.push({
      ...column,
      ...(hAlign ? { hAlign } : {}),
      header: uniqueLabel(column.header, taken),
    });
    return columns[columns.length - 1].header;
  };

  const date = add({
    key: "date",
    header: words.date,
    numberFormat: dateFormat(lang),
    source: { kind: "days", days: table.date },
    width: widthForChars(11),
  });

  const dimensionHeaders = new Map<string, string>();
  table.dimensions.forEach((dim, i) => {
    const header = add({
      key: `dim:${dim.header}`,
      header: cleanHeader(dim.header, `${lang === "fr" ? "Colonne" : "Column"} ${i + 1}`),
      numberFormat: TEXT_FORMAT,
      source: { kind: "codes", codes: dim.codes, labels: dim.labels.map(safeText) },
      width: widthForChars(Math.max(dim.header.length + 3, longestLabel(dim.labels))),
    });
    dimensionHeaders.set(dim.header, header);
  });

  for (const role of MEASURE_ORDER) {
    const values = table.measures[role];
    if (!values) continue;
    add({
      key: role,
      header: words[role],
      numberFormat:
        role === "quantity"
          ? quantityFormat()
          : role === "unitPrice"
            ? money(role)
            : decimalFormat(2),
      source: { kind: "numbers", values },
      width: widthForChars(14),
    });
  }
  const revenue = add({
    key: "revenue",
    header: words.revenue,
    numberFormat: money("revenue"),
    source: { kind: "numbers", values: table.measures.revenue },
    width: widthForChars(16),
  });
  const costValues = table.measures.cost;
  const cost = costValues
    ? add({
        key: "cost",
        header: words.cost,
        numberFormat: money("cost"),
        source: { kind: "numbers", values: costValues },
        width: widthForChars(16),
      })
    : null;
  if (table.measures.target) {
    add({
      key: "target",
      header: words.target,
      numberFormat: money("target"),
      source: { kind: "numbers", values: table.measures.target },
      width: widthForChars(16),
    });
  }

  const year = add({
    key: "year",
    header: words.year,
    numberFormat: "0",
    source: { kind: "formula", formula: `=YEAR(${thisRow(date)})` },
    width: widthForChars(7),
  });
  const month = add({
    key: "month",
    header: words.month,
    numberFormat: monthFormat(lang),
    source: { kind: "formula", formula: `=DATE(YEAR(${thisRow(date)}),MONTH(${thisRow(date)}),1)` },
    width: widthForChars(10),
  });
  const margin = cost
    ? add({
        key: "margin",
        header: words.margin,
        numberFormat: moneyFormat(lang, currency),
        source: { kind: "formula", formula: `=${thisRow(revenue)}-${thisRow(cost)}` },
        width: widthForChars(16),
      })
    : null;

  const plan: TablePlan = {
    key: "sales",
    name,
    sheet: "data",
    row: 0,
    col: 0,
    rowCount: table.rowCount,
    columns,
    showTotals: false,
    style: "TableStyleLight9",
    write: "chunked",
  };
  return { plan, dimensionHeaders, headers: { date, revenue, cost, month, year, margin } };
}
