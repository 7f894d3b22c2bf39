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
import { displayText, extremes, fitColumnWidth, type FitOptions } from "./text-width";
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

/**
 * Width in points for a column whose longest text has `chars` characters (a generous 6 pt a
 * character). Tables whose texts are known fit their widths to them instead (`text-width.ts`).
 */
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

/** Labels of a dictionary measured for the column width: at most the first 2,000. */
function measuredLabels(labels: string[]): string[] {
  return labels.length > 2000 ? labels.slice(0, 2000) : labels;
}

/** A text column is never wider than this (a long label is cut at the next column, not the page). */
const MAX_TEXT_WIDTH = 300;

/** Excel serial of a day number (days since 1970-01-01). */
const serialOfDay = (day: number) => day + 25569;

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
  // Numbers and dates align right, their headers too; texts stay left, indented when they follow
  // a right-aligned column (its header would touch theirs). Each column is as wide as its widest
  // text as displayed (`values`, formatted with the column's format) or its header on two lines.
  const add = (
    column: Omit<TableColumnPlan, "header" | "width"> & {
      header: string;
      values: number[] | string[];
      maxWidth?: number;
    }
  ) => {
    const { values, maxWidth, ...rest } = column;
    const text = column.numberFormat === TEXT_FORMAT;
    const afterRight = columns.length > 0 && columns[columns.length - 1].hAlign === "Right";
    const indent = text && afterRight ? 1 : 0;
    const header = uniqueLabel(column.header, taken);
    const fit: FitOptions = {
      header,
      cells: (values as (number | string)[]).map((v) => displayText(v, column.numberFormat, lang)),
      indent,
    };
    columns.push({
      ...rest,
      ...(text
        ? indent
          ? { hAlign: "Left" as const, indent }
          : {}
        : { hAlign: "Right" as const }),
      header,
      width: Math.min(maxWidth ?? Infinity, fitColumnWidth(fit)),
    });
    return header;
  };
  const days = extremes(table.date);

  const date = add({
    key: "date",
    header: words.date,
    numberFormat: dateFormat(lang),
    source: { kind: "days", days: table.date },
    values: days.map(serialOfDay),
  });

  const dimensionHeaders = new Map<string, string>();
  table.dimensions.forEach((dim, i) => {
    const header = add({
      key: `dim:${dim.header}`,
      header: cleanHeader(dim.header, `${lang === "fr" ? "Colonne" : "Column"} ${i + 1}`),
      numberFormat: TEXT_FORMAT,
      source: { kind: "codes", codes: dim.codes, labels: dim.labels.map(safeText) },
      values: measuredLabels(dim.labels),
      maxWidth: MAX_TEXT_WIDTH,
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
      values: extremes(values),
    });
  }
  const revenue = add({
    key: "revenue",
    header: words.revenue,
    numberFormat: money("revenue"),
    source: { kind: "numbers", values: table.measures.revenue },
    values: extremes(table.measures.revenue),
  });
  const costValues = table.measures.cost;
  const cost = costValues
    ? add({
        key: "cost",
        header: words.cost,
        numberFormat: money("cost"),
        source: { kind: "numbers", values: costValues },
        values: extremes(costValues),
      })
    : null;
  if (table.measures.target) {
    add({
      key: "target",
      header: words.target,
      numberFormat: money("target"),
      source: { kind: "numbers", values: table.measures.target },
      values: extremes(table.measures.target),
    });
  }

  const year = add({
    key: "year",
    header: words.year,
    numberFormat: "0",
    source: { kind: "formula", formula: `=YEAR(${thisRow(date)})` },
    values: days.map((d) => new Date(d * 86_400_000).getUTCFullYear()),
  });
  const month = add({
    key: "month",
    header: words.month,
    numberFormat: monthFormat(lang),
    source: { kind: "formula", formula: `=DATE(YEAR(${thisRow(date)}),MONTH(${thisRow(date)}),1)` },
    values: monthsOfYears(days),
  });
  const margin = cost
    ? add({
        key: "margin",
        header: words.margin,
        numberFormat: moneyFormat(lang, currency),
        source: { kind: "formula", formula: `=${thisRow(revenue)}-${thisRow(cost)}` },
        values: extremes(differences(table.measures.revenue, costValues!)),
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

/** Serials of the first day of every month of the years from the first to the last day. */
function monthsOfYears(days: number[]): number[] {
  if (days.length === 0) return [];
  const years = days.map((d) => new Date(d * 86_400_000).getUTCFullYear());
  const out: number[] = [];
  for (const y of new Set([years[0], years[years.length - 1]]))
    for (let m = 0; m < 12; m++) out.push(serialOfDay(Date.UTC(y, m, 1) / 86_400_000));
  return out;
}

/** Row by row a − b (the margin column's values). */
function differences(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] - b[i];
  return out;
}
