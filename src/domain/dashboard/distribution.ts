/**
 * The distribution table behind the distribution chart (`Repartition` / `Distribution`, on the
 * charts sheet): revenue of each main-dimension member as live formulas on the data table, largest
 * first, the long tail grouped in one "Others" row, and each member's share of the total.
 */
import type { Lang } from "../import/types";
import type { Breakdown } from "../analysis/types";
import type { CellInput, TablePlan } from "./types";
import { WORDS } from "./labels";
import { columnRef, stringLiteral, thisRow } from "./structured";
import { moneyFormat, percentFormat, TEXT_FORMAT } from "./formats";
import { safeText } from "./safe-text";
import { memberSum } from "./pivots";
import { rangeAddress } from "./a1";
import { widthForChars } from "./sales-table";

export interface DistributionInput {
  breakdown: Breakdown;
  lang: Lang;
  currency: string | null;
  name: string;
  salesName: string;
  /** Data-table headers of the dimension and of the revenue. */
  dimension: string;
  revenue: string;
  row: number;
  col: number;
}

export function distributionTable(input: DistributionInput): TablePlan {
  const { breakdown, lang } = input;
  const V = (header: string) => columnRef(input.salesName, header);
  const revenueHeader = lang === "fr" ? "CA HT" : "Revenue";
  const shareHeader = WORDS.share[lang];
  const memberHeader =
    input.dimension === revenueHeader || input.dimension === shareHeader
      ? `${input.dimension} `
      : input.dimension;
  const labels = breakdown.rows.map((r) => r.key);
  const first = input.row + 1;
  const members: CellInput[] = labels.map(safeText);
  const revenue: CellInput[] = labels.map(
    (label) => `=${memberSum(V(input.revenue), V(input.dimension), thisRow(memberHeader), label)}`
  );
  if (breakdown.other) {
    members.push(`${WORDS.others[lang]} (${breakdown.otherCount})`);
    revenue.push(
      `=SUM(${V(input.revenue)})-SUM(${rangeAddress(first, input.col + 1, labels.length, 1)})`
    );
  }
  const T = (header: string) => columnRef(input.name, header);
  const total = `SUM(${T(revenueHeader)})`;
  return {
    key: "distribution",
    name: input.name,
    sheet: "charts",
    row: input.row,
    col: input.col,
    rowCount: members.length,
    columns: [
      {
        key: "member",
        header: memberHeader,
        numberFormat: TEXT_FORMAT,
        source: { kind: "inputs", inputs: members },
        total: WORDS.total[lang],
        width: widthForChars(Math.max(12, ...labels.map((l) => l.length))),
      },
      {
        key: "revenue",
        header: revenueHeader,
        numberFormat: moneyFormat(lang, input.currency),
        source: { kind: "inputs", inputs: revenue },
        total: `=SUBTOTAL(109,${T(revenueHeader)})`,
        width: widthForChars(16),
        hAlign: "Right",
      },
      {
        key: "share",
        header: shareHeader,
        numberFormat: percentFormat(lang),
        source: {
          kind: "formula",
          formula: `=IF(${total}<=0,${stringLiteral(WORDS.notSignificant[lang])},${thisRow(revenueHeader)}/${total})`,
        },
        total: `=IF(${total}<=0,${stringLiteral(WORDS.notSignificant[lang])},1)`,
        width: widthForChars(14),
        hAlign: "Right",
      },
    ],
    showTotals: true,
    style: "TableStyleLight9",
    write: "single",
  };
}
