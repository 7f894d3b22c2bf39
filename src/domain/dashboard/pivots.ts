/**
 * The PivotTables sheet (`TCD` / `Pivots`): revenue by month × main dimension, revenue by the
 * second dimension with its share of the grand total, margin by the main dimension. Hosts without
 * ExcelApi 1.8 get the same tables made of SUMIFS formulas (with SUMPRODUCT for member labels
 * that a SUMIFS criterion would misread, such as "=x", "A*" or "12").
 */
import type { Lang, Localized } from "../import/types";
import type { Analysis, Breakdown } from "../analysis/types";
import type { CellBlock, CellInput, MemberTablePlan, PivotPlan, RangeStylePlan } from "./types";
import { WORDS } from "./labels";
import { cellAddress, mixedAddress, rangeAddress } from "./a1";
import { columnRef, stringLiteral } from "./structured";
import { moneyFormat, monthFormat, percentFormat, TEXT_FORMAT } from "./formats";
import { safeText } from "./safe-text";
import { monthSerial } from "./tracking";
import { widthForChars } from "./sales-table";

/** English and French month names and abbreviations, which Excel reads as dates. */
const MONTH_WORDS =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|janv(ier)?|févr?(ier)?|fev(rier)?|mars|avr(il)?|mai|juin|juil(let)?|ao[uû]t?|déc(embre)?|dec(embre)?|octobre|novembre)$/i;

/**
 * Whether a member label can be a SUMIFS criterion as it is: criteria parse comparison operators
 * (=, <, >), wildcards (* ? ~), numbers, dates and booleans. Only plain words are safe.
 */
export function isPlainCriterion(label: string): boolean {
  if (!/^\p{L}/u.test(label)) return false;
  if (/[*?~<>=]/.test(label)) return false;
  if (/^(true|false|vrai|faux)$/i.test(label.trim())) return false;
  // A month name followed by a number ("Jan 1", "mars 2024") may be read as a date.
  const first = /^(\p{L}+)\.?[\s-]+\d/u.exec(label);
  if (first && MONTH_WORDS.test(first[1])) return false;
  return true;
}

/** Sum of `sumColumn` where `dimColumn` equals the label in `labelCell` (and the month matches). */
export function memberSum(
  sumColumn: string,
  dimColumn: string,
  labelCell: string,
  label: string,
  month?: { column: string; cell: string }
): string {
  if (isPlainCriterion(label)) {
    return `SUMIFS(${sumColumn},${dimColumn},${labelCell}${month ? `,${month.column},${month.cell}` : ""})`;
  }
  return `SUMPRODUCT((${dimColumn}=${labelCell})*${month ? `(${month.column}=${month.cell})*` : ""}${sumColumn})`;
}

export interface PivotsInput {
  analysis: Analysis;
  lang: Lang;
  currency: string | null;
  salesName: string;
  /** Data-table headers. */
  sales: { revenue: string; month: string; margin: string | null };
  dimensionHeaders: Map<string, string>;
  usePivots: boolean;
}

export interface PivotsInfo {
  pivots: PivotPlan[];
  cells: CellBlock[];
  styles: RangeStylePlan[];
  columnWidths: { col: number; width: number }[];
  messages: Localized[];
  /** Where each table starts. */
  layout: { byMonth: string; bySecond: string | null; marginByMain: string | null };
  /** Where the members of the second and main dimensions are (commentary links). */
  memberTables: MemberTablePlan[];
}

/** Breakdown members to show (the analysis' top rows) and how many are grouped after them. */
function members(breakdown: Breakdown | undefined): { labels: string[]; other: number } {
  if (!breakdown) return { labels: [], other: 0 };
  return { labels: breakdown.rows.map((r) => r.key), other: breakdown.otherCount };
}

const HEADER_STYLE = { bold: true, fill: "#DDEBF7" };

export function pivotsSheet(input: PivotsInput): PivotsInfo {
  const { analysis, lang } = input;
  const money = moneyFormat(lang, input.currency);
  const V = (header: string) => columnRef(input.salesName, header);
  const main = analysis.mainDimension
    ? (input.dimensionHeaders.get(analysis.mainDimension) ?? null)
    : null;
  const second = analysis.secondDimension
    ? (input.dimensionHeaders.get(analysis.secondDimension) ?? null)
    : null;
  const margin = main ? input.sales.margin : null;
  const cells: CellBlock[] = [];
  const styles: RangeStylePlan[] = [];
  const pivots: PivotPlan[] = [];
  const months = analysis.months;
  const names = {
    revenue: lang === "fr" ? "Total CA HT" : "Total revenue",
    margin: lang === "fr" ? "Total marge brute" : "Total gross margin",
    share: WORDS.share[lang],
  };
  const title = (row: number, col: number, text: string): void => {
    cells.push({
      sheet: "pivots",
      row,
      col,
      inputs: [[safeText(text)]],
      style: { bold: true, size: 12, fontColor: "#1F4E79" },
    });
  };
  cells.push({
    sheet: "pivots",
    row: 0,
    col: 0,
    inputs: [[lang === "fr" ? "Tableaux croisés dynamiques" : "PivotTables"]],
    style: { bold: true, size: 14 },
  });

  const mainMembers = members(main ? analysis.breakdowns[analysis.mainDimension!] : undefined);
  const secondMembers = members(
    second ? analysis.breakdowns[analysis.secondDimension!] : undefined
  );
  const top = 3;
  // Layout. PivotTables: side by side on one row of titles, the member tables first and the month
  // table last, so that a refresh in place (one more month, one more member) only makes each
  // table longer or the month table wider, with nothing of the add-in's under or right of them
  // (Excel refuses a PivotTable that would grow over another). Formula tables (hosts without
  // ExcelApi 1.8, always rebuilt): the month table on top, the member tables under it.
  const side = input.usePivots;
  const secondCol = 0;
  const marginCol = second ? 4 : 0;
  const byMonthCol = side ? (second ? 4 : 0) + (margin ? 4 : 0) : 0;
  const firstHeight = months.length + 2;
  const secondTop = side ? top : top + firstHeight + 3;

  title(
    top - 1,
    byMonthCol,
    lang === "fr"
      ? `CA HT par mois${main ? ` et par ${main}` : ""}`
      : `Revenue by month${main ? ` and ${main}` : ""}`
  );
  if (second)
    title(
      secondTop - 1,
      secondCol,
      lang === "fr"
        ? `CA HT par ${second} et part du total`
        : `Revenue by ${second} and share of total`
    );
  if (margin)
    title(
      secondTop - 1,
      marginCol,
      lang === "fr" ? `Marge brute par ${main}` : `Gross margin by ${main}`
    );
  const layout = {
    byMonth: cellAddress(top, byMonthCol),
    bySecond: second ? cellAddress(secondTop, secondCol) : null,
    marginByMain: margin ? cellAddress(secondTop, marginCol) : null,
  };
  const widest = Math.max(
    16,
    ...mainMembers.labels.map((l) => l.length),
    ...secondMembers.labels.map((l) => l.length)
  );
  // Amount columns wide enough for "1 234 567,89 €" (Excel autofits PivotTables on refresh; other
  // readers of the file do not); label columns as wide as the longest member.
  const amounts = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({ col: from + i, width: widthForChars(15) }));
  const label = (col: number) => ({ col, width: widthForChars(widest) });
  const gap = (col: number) => ({ col, width: widthForChars(2) });
  const monthColumns = Math.max(6, mainMembers.labels.length + (mainMembers.other > 0 ? 1 : 0) + 1);
  const columnWidths = side
    ? [
        ...(second ? [label(secondCol), ...amounts(secondCol + 1, 2), gap(secondCol + 3)] : []),
        ...(margin ? [label(marginCol), ...amounts(marginCol + 1, 2), gap(marginCol + 3)] : []),
        label(byMonthCol),
        ...amounts(byMonthCol + 1, monthColumns),
      ]
    : [label(0), ...amounts(1, monthColumns)];

  const pivotNames = {
    byMonth: lang === "fr" ? "TCD_CA_Mois" : "Pivot_Revenue_Month",
    bySecond: lang === "fr" ? "TCD_CA_Part" : "Pivot_Revenue_Share",
    marginByMain: lang === "fr" ? "TCD_Marge" : "Pivot_Margin",
  };
  const percent = percentFormat(lang);
  const memberTables: MemberTablePlan[] = [];
  if (second && analysis.secondDimension) {
    memberTables.push({
      dimension: analysis.secondDimension,
      pivot: input.usePivots ? pivotNames.bySecond : null,
      labels: secondMembers.labels,
      row: secondTop,
      col: 0,
      fields: [
        { column: "revenue", caption: names.revenue, offset: 1, numberFormat: money },
        { column: "share", caption: names.share, offset: 2, numberFormat: percent },
      ],
    });
  }
  if (margin && analysis.mainDimension) {
    memberTables.push({
      dimension: analysis.mainDimension,
      pivot: input.usePivots ? pivotNames.marginByMain : null,
      labels: mainMembers.labels,
      row: secondTop,
      col: marginCol,
      fields: [
        { column: "margin", caption: names.margin, offset: 1, numberFormat: money },
        { column: "revenue", caption: names.revenue, offset: 2, numberFormat: money },
      ],
    });
  }

  if (input.usePivots) {
    pivots.push({
      key: "byMonth",
      name: pivotNames.byMonth,
      sheet: "pivots",
      anchor: layout.byMonth,
      source: "sales",
      rows: [input.sales.month],
      columns: main ? [main] : [],
      data: [{ field: input.sales.revenue, name: names.revenue, numberFormat: money }],
    });
    if (second) {
      pivots.push({
        key: "bySecond",
        name: pivotNames.bySecond,
        sheet: "pivots",
        anchor: layout.bySecond!,
        source: "sales",
        rows: [second],
        columns: [],
        data: [
          { field: input.sales.revenue, name: names.revenue, numberFormat: money },
          {
            field: input.sales.revenue,
            name: names.share,
            numberFormat: percentFormat(lang),
            showAs: "PercentOfGrandTotal",
          },
        ],
      });
    }
    if (margin) {
      pivots.push({
        key: "marginByMain",
        name: pivotNames.marginByMain,
        sheet: "pivots",
        anchor: layout.marginByMain!,
        source: "sales",
        rows: [main!],
        columns: [],
        data: [
          { field: margin, name: names.margin, numberFormat: money },
          { field: input.sales.revenue, name: names.revenue, numberFormat: money },
        ],
      });
    }
    return { pivots, cells, styles, columnWidths, messages: [], layout, memberTables };
  }

  // ---- Formula fallback (ExcelApi < 1.8): the same tables, made of formulas on the data table.
  const revenueCol = V(input.sales.revenue);
  const monthCol = V(input.sales.month);
  const totalWord = WORDS.total[lang];
  const ns = stringLiteral(WORDS.notSignificant[lang]);
  const others = (n: number) => `${WORDS.others[lang]} (${n})`;

  {
    const labels = mainMembers.labels;
    const hasOther = mainMembers.other > 0;
    const header: CellInput[] = [
      WORDS.month[lang],
      ...labels.map(safeText),
      ...(hasOther ? [others(mainMembers.other)] : []),
      totalWord,
    ];
    const width = header.length;
    const rows: CellInput[][] = [];
    months.forEach((m, i) => {
      const r = top + 1 + i;
      const monthCell = mixedAddress(r, 0, true, false);
      const monthTotal = `SUMIFS(${revenueCol},${monthCol},${monthCell})`;
      const row: CellInput[] = [monthSerial(m.month)];
      labels.forEach((label, k) => {
        const labelCell = mixedAddress(top, 1 + k, false, true);
        row.push(
          `=${memberSum(revenueCol, V(main!), labelCell, label, { column: monthCol, cell: monthCell })}`
        );
      });
      if (hasOther) row.push(`=${monthTotal}-SUM(${rangeAddress(r, 1, 1, labels.length)})`);
      row.push(`=${monthTotal}`);
      rows.push(row);
    });
    const totalRow: CellInput[] = [totalWord];
    for (let c = 1; c < width; c++)
      totalRow.push(`=SUM(${rangeAddress(top + 1, c, months.length, 1)})`);
    // Header as text (a member "00123" stays the text the formulas compare with).
    cells.push({
      sheet: "pivots",
      row: top,
      col: 0,
      inputs: [header],
      style: { ...HEADER_STYLE, numberFormat: TEXT_FORMAT },
    });
    cells.push({
      sheet: "pivots",
      row: top + 1,
      col: 0,
      inputs: rows,
      style: { numberFormat: money },
      columnFormats: [monthFormat(lang), ...new Array<null>(width - 1).fill(null)],
    });
    cells.push({
      sheet: "pivots",
      row: top + 1 + months.length,
      col: 0,
      inputs: [totalRow],
      style: { ...HEADER_STYLE, numberFormat: money },
      columnFormats: [TEXT_FORMAT, ...new Array<null>(width - 1).fill(null)],
    });
  }

  const memberTable = (
    row: number,
    col: number,
    dim: string,
    list: { labels: string[]; other: number },
    fields: { header: string; sum: string }[],
    share: boolean
  ): void => {
    const header: CellInput[] = [
      safeText(dim),
      ...fields.map((f) => f.header),
      ...(share ? [names.share] : []),
    ];
    const rows: CellInput[][] = [header];
    const first = row + 1;
    const n = list.labels.length + (list.other > 0 ? 1 : 0);
    const totalRow = first + n;
    const grand = cellAddress(totalRow, col + 1, true);
    const shareOf = (r: number) => `=IF(${grand}<=0,${ns},${cellAddress(r, col + 1)}/${grand})`;
    list.labels.forEach((label, i) => {
      const r = first + i;
      const labelCell = mixedAddress(r, col, true, false);
      const out: CellInput[] = [safeText(label)];
      for (const f of fields) out.push(`=${memberSum(V(f.sum), V(dim), labelCell, label)}`);
      if (share) out.push(shareOf(r));
      rows.push(out);
    });
    if (list.other > 0) {
      const r = first + list.labels.length;
      const out: CellInput[] = [others(list.other)];
      fields.forEach((f, k) =>
        out.push(
          `=SUM(${V(f.sum)})-SUM(${rangeAddress(first, col + 1 + k, list.labels.length, 1)})`
        )
      );
      if (share) out.push(shareOf(r));
      rows.push(out);
    }
    const total: CellInput[] = [totalWord];
    fields.forEach((_, k) => total.push(`=SUM(${rangeAddress(first, col + 1 + k, n, 1)})`));
    if (share) total.push(shareOf(totalRow));
    rows.push(total);
    cells.push({
      sheet: "pivots",
      row,
      col,
      inputs: rows,
      style: { numberFormat: money },
      columnFormats: [
        TEXT_FORMAT,
        ...fields.map(() => null),
        ...(share ? [percentFormat(lang)] : []),
      ],
    });
    styles.push({
      sheet: "pivots",
      address: rangeAddress(row, col, 1, header.length),
      style: HEADER_STYLE,
    });
    styles.push({
      sheet: "pivots",
      address: rangeAddress(totalRow, col, 1, header.length),
      style: HEADER_STYLE,
    });
  };
  if (second)
    memberTable(
      secondTop,
      0,
      second,
      secondMembers,
      [{ header: names.revenue, sum: input.sales.revenue }],
      true
    );
  if (margin) {
    memberTable(
      secondTop,
      marginCol,
      main!,
      mainMembers,
      [
        { header: names.margin, sum: margin },
        { header: names.revenue, sum: input.sales.revenue },
      ],
      false
    );
  }
  cells.push({
    sheet: "pivots",
    row: 1,
    col: 0,
    inputs: [
      [
        lang === "fr"
          ? "Votre version d’Excel ne permet pas aux compléments de créer des tableaux croisés dynamiques (ExcelApi 1.8) : ces tableaux équivalents sont faits de formules SOMME.SI.ENS."
          : "Your version of Excel does not let add-ins create PivotTables (ExcelApi 1.8): these equivalent tables are made of SUMIFS formulas.",
      ],
    ],
    style: { italic: true, fontColor: "#7F6000" },
  });
  return {
    pivots: [],
    cells,
    styles,
    columnWidths,
    layout,
    memberTables,
    messages: [
      {
        fr: "Cette version d’Excel ne gère pas les tableaux croisés dynamiques par programme (ExcelApi 1.8, Office 2019 ou plus récent) : la feuille TCD contient des tableaux de formules SOMME.SI.ENS équivalents.",
        en: "This version of Excel cannot create PivotTables from an add-in (ExcelApi 1.8, Office 2019 or later): the Pivots sheet holds equivalent SUMIFS formula tables instead.",
      },
    ],
  };
}
