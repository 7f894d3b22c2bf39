/**
 * The tracking table (`SuiviMensuel` / `MonthlyTracking`): one row per month, in order, whose
 * columns are live formulas on the data table (SUMIFS / IF / IFERROR with structured references),
 * and the small targets table the `Objectif` column reads, so that users can type new targets.
 *
 * Division by zero never shows #DIV/0!: a ratio whose reference is zero or negative shows "n.s."
 * (the analysis engine's `null`), a missing reference leaves the cell blank. Columns without data
 * (N-1 for a single year, cost without cost, targets without targets) are left out.
 */
import type { Lang, Localized } from "../import/types";
import type { Analysis, MonthFigures } from "../analysis/types";
import type { CellInput, ConditionalFormatPlan, TableColumnPlan, TablePlan } from "./types";
import {
  TRACKING_EXPLANATIONS,
  TRACKING_HEADERS,
  PARTIAL_STATUS,
  SALES_HEADERS,
  WORDS,
  partialStatus,
  type TrackingKey,
} from "./labels";
import { columnRef, stringLiteral, thisRow } from "./structured";
import { changeFormat, moneyFormat, monthFormat, percentFormat } from "./formats";
import { rangeAddress } from "./a1";
import { ICON_PX, displayText, fitColumnWidth } from "./text-width";

/** Excel date serial of a day number (days since 1970-01-01): 1970-01-01 is serial 25569. */
export function excelSerial(day: number): number {
  return day + 25569;
}

/** Excel serial of the first day of a "YYYY-MM" month. */
export function monthSerial(month: string): number {
  const [y, m] = month.split("-").map(Number);
  return excelSerial(Date.UTC(y, m - 1, 1) / 86_400_000);
}

/** Day of month of an ISO date "YYYY-MM-DD". */
function dayOfIso(iso: string): number {
  return Number(iso.slice(8, 10));
}

/** Which edge of a partial month the data cuts: "end" (data stops early) or "start"; null when full. */
export function partialEdge(
  month: MonthFigures,
  isFirst: boolean,
  isLast: boolean
): "end" | "start" | null {
  if (!month.partial || !month.partialCoverage) return null;
  const endCut =
    isLast && dayOfIso(month.partialCoverage.to) < lastDayOfMonth(month.year, month.monthNumber);
  return endCut || !isFirst ? "end" : "start";
}

/** Partial-month text of a month as the Statut formula shows it for the data it was built from. */
export function monthStatus(
  month: MonthFigures,
  lang: Lang,
  isFirst: boolean,
  isLast: boolean
): string {
  const edge = partialEdge(month, isFirst, isLast);
  if (!edge || !month.partialCoverage) return "";
  const { from, to } = month.partialCoverage;
  return partialStatus(lang, edge, dayOfIso(edge === "end" ? to : from));
}

/**
 * The Statut column's formula (null when the column has nothing to say). A partial month is named
 * by a DATE literal, since the analysis decides which months are partial with its own rule (last
 * date against the business's usual working days), and the plan is rewritten at each refresh;
 * the day itself is live: the data's last (or first) date. Otherwise, with targets, whether the
 * month's target is met; blank without a target for the month (the gap column is then blank).
 *
 * `=IF([@Mois]=DATE(2026,11,1),"Mois incomplet (jusqu’au "&DAY(MAX(Ventes[Date]))&")",
 *   IF([@[Écart objectif]]="","",IF([@[Écart objectif]]>=0,"Objectif atteint","Sous l’objectif")))`
 */
export function statusFormula(input: {
  lang: Lang;
  /** Partial months ("YYYY-MM") and the edge the data cuts. */
  partial: { month: string; edge: "end" | "start" }[];
  /** `[@Mois]`, `Ventes[Date]`, and `[@[Écart objectif]]` when the table has targets. */
  monthRef: string;
  dateRef: string;
  targetGapRef: string | null;
}): string | null {
  const { lang, monthRef, dateRef, targetGapRef } = input;
  let otherwise = '""';
  if (targetGapRef)
    otherwise =
      `IF(${targetGapRef}="","",IF(${targetGapRef}>=0,` +
      `${stringLiteral(WORDS.targetMet[lang])},${stringLiteral(WORDS.belowTarget[lang])}))`;
  else if (input.partial.length === 0) return null;
  let formula = otherwise;
  for (const { month, edge } of [...input.partial].reverse()) {
    const [y, m] = month.split("-").map(Number);
    const [before, after] = PARTIAL_STATUS[edge][lang];
    const day = `DAY(${edge === "end" ? "MAX" : "MIN"}(${dateRef}))`;
    const text = `${stringLiteral(before)}&${day}&${stringLiteral(after)}`;
    formula = `IF(${monthRef}=DATE(${y},${m},1),${text},${formula})`;
  }
  return `=${formula}`;
}

/** Statut's explanation, telling only the branches its formula has (partial month, target). */
export function statusExplanation(partial: boolean, target: boolean): Localized {
  const partialPart = {
    fr: "« Mois incomplet (jusqu’au 17) » pour un mois partiel, le jour venant de la dernière (ou première) date des données, JOUR(MAX(Ventes[Date]))",
    en: "“Partial month (to day 17)” for a partial month, the day coming from the data’s last (or first) date, DAY(MAX(Sales[Date]))",
  };
  const targetPart = {
    fr: "« Objectif atteint » si l’écart objectif est positif ou nul, « Sous l’objectif » s’il est négatif, vide sans objectif",
    en: "“Target met” when the gap to target is zero or more, “Below target” when it is negative, blank without a target",
  };
  if (partial && target)
    return {
      fr: `SI : ${partialPart.fr} ; sinon ${targetPart.fr}.`,
      en: `IF: ${partialPart.en}; otherwise ${targetPart.en}.`,
    };
  if (partial)
    return {
      fr: `SI : ${partialPart.fr} ; vide sinon.`,
      en: `IF: ${partialPart.en}; blank otherwise.`,
    };
  return { fr: `SI : ${targetPart.fr}.`, en: `IF: ${targetPart.en}.` };
}

/**
 * Whether month i is compared with the same month a year earlier: the data covers both and
 * neither is partial (a 17-day month is never set against a whole month). Otherwise the N-1
 * columns are blank, so their totals cover the compared months only, like with like.
 */
export function comparesWithLastYear(months: MonthFigures[], i: number): boolean {
  return (
    months[i].prevYearRevenue !== null && !months[i].partial && !(i >= 12 && months[i - 12].partial)
  );
}

/** Whether month i is compared with the month before: there is one and neither is partial. */
export function comparesWithPreviousMonth(months: MonthFigures[], i: number): boolean {
  return i > 0 && !months[i].partial && !months[i - 1].partial;
}

/** Whether month i is compared with its target: it has one and is complete. */
export function comparesWithTarget(target: number | null, month: MonthFigures): boolean {
  return target !== null && !month.partial;
}

/**
 * The line above the tracking table: what "n.s." and the arrows mean and, when the table has
 * them, which months the N-1 totals cover and that a partial month is not compared.
 */
export function trackingLegend(lang: Lang, keys: readonly string[], partial: boolean): string {
  const fr = lang === "fr";
  // Short enough to print on the table's page width (a single cell, over the header row).
  const parts = [
    fr
      ? "n.s. : non significatif (référence nulle ou négative). Flèches : évolution > +2 %, < −2 % ou entre les deux."
      : "n.s.: not significant (reference zero or negative). Arrows: change above +2%, below −2% or in between.",
  ];
  if (keys.includes("prevYearChange"))
    parts.push(
      fr ? "Totaux N-1 : mois ayant un N-1." : "Last-year totals: months with a last-year figure."
    );
  const gaps = ["prevYearChange", "prevMonthChange", "targetGap"];
  if (partial && keys.some((k) => gaps.includes(k)))
    parts.push(
      fr
        ? "Mois incomplet : non comparé (écarts vides)."
        : "Partial month: not compared (gaps left blank)."
    );
  return parts.join(" ");
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface TrackingInput {
  analysis: Analysis;
  lang: Lang;
  currency: string | null;
  salesName: string;
  trackingName: string;
  targetsName: string;
  /**
   * Headers of the data table's columns the formulas read. `date` defaults to the data table's
   * date header (its first column, so never renamed to stay unique).
   */
  sales: { revenue: string; cost: string | null; month: string; date?: string };
  /** Header row of the tracking table (0-based) and first column. */
  row: number;
  col: number;
  /** Target per month for the targets table (months of the analysis, in order). */
  targets: (number | null)[];
}

export interface TrackingInfo {
  plan: TablePlan;
  targets: TablePlan;
  conditionalFormats: ConditionalFormatPlan[];
  /** Columns present, in order, with their formula (null for constants). */
  columns: { key: TrackingKey; header: string; formula: string | null; explanation: Localized }[];
  /** Why some columns are left out. */
  messages: Localized[];
}

/** Which tracking columns the data supports. */
export function trackingKeys(analysis: Analysis): TrackingKey[] {
  const keys: TrackingKey[] = ["month", "revenue"];
  if (analysis.months.some((_, i) => comparesWithLastYear(analysis.months, i)))
    keys.push("prevYearRevenue", "prevYearChange", "prevYearChangePct");
  if (analysis.months.length >= 2) keys.push("prevMonthChange", "prevMonthChangePct");
  keys.push("ytdRevenue");
  if (analysis.costAvailable) keys.push("cost", "margin", "marginRate", "markupRate");
  if (analysis.targetsAvailable) keys.push("target", "targetGap");
  // Statut: partial months, and whether each month's target is met.
  if (analysis.targetsAvailable || analysis.months.some((m) => m.partial)) keys.push("status");
  return keys;
}

export function trackingTable(input: TrackingInput): TrackingInfo {
  const { analysis, lang, currency } = input;
  const keys = trackingKeys(analysis);
  const h = (key: TrackingKey) => TRACKING_HEADERS[key][lang];
  const T = (key: TrackingKey) => columnRef(input.trackingName, h(key));
  const V = (header: string) => columnRef(input.salesName, header);
  const O = (header: string) => columnRef(input.targetsName, header);
  const at = (key: TrackingKey) => thisRow(h(key));
  const ns = stringLiteral(WORDS.notSignificant[lang]);
  const nd = stringLiteral(WORDS.notAvailable[lang]);
  const money = moneyFormat(lang, currency);
  const fy = analysis.fiscalYearStartMonth || 1;
  // When some lines have no cost, a month with such lines has no cost figure (like the analysis).
  const missingCost = analysis.costAvailable && analysis.total.missingCostLines > 0;
  const sub = (key: TrackingKey) => `SUBTOTAL(109,${T(key)})`;
  const ratio = (num: string, den: string) => `IF(${den}<=0,${ns},${num}/${den})`;

  const sumByMonth = (header: string) =>
    `SUMIFS(${V(header)},${V(input.sales.month)},${at("month")})`;
  const lastYear = `EDATE(${at("month")},-12)`;
  const yearStart =
    fy === 1
      ? `DATE(YEAR(${at("month")}),1,1)`
      : `DATE(YEAR(${at("month")})-IF(MONTH(${at("month")})<${fy},1,0),${fy},1)`;

  // Months named by a DATE literal, as in Statut: the analysis decides which months are partial.
  const isMonth = (month: string) => {
    const [y, m] = month.split("-").map(Number);
    return `${at("month")}=DATE(${y},${m},1)`;
  };
  const anyOf = (tests: string[]) => (tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`);
  // Months the data covers a year back but that are not compared (partial, or N-1 partial).
  const notComparedWithLastYear = analysis.months
    .filter((m, i) => m.prevYearRevenue !== null && !comparesWithLastYear(analysis.months, i))
    .map((m) => isMonth(m.month));
  const partialMonths = analysis.months.filter((m) => m.partial).map((m) => isMonth(m.month));
  const notComparedWithPreviousMonth = analysis.months
    .filter((_, i) => i > 0 && !comparesWithPreviousMonth(analysis.months, i))
    .map((m) => isMonth(m.month));
  // The first month has no previous row: MATCH gives #N/A, which IFERROR turns into a blank.
  const previousMonthGap = `IFERROR(${at("revenue")}-INDEX(${T("revenue")},MATCH(EDATE(${at("month")},-1),${T("month")},0)),"")`;

  const formula: Partial<Record<TrackingKey, string>> = {
    revenue: `=${sumByMonth(input.sales.revenue)}`,
    prevYearRevenue: `=IF(${anyOf([`${lastYear}<MIN(${V(input.sales.month)})`, ...notComparedWithLastYear])},"",SUMIFS(${V(input.sales.revenue)},${V(input.sales.month)},${lastYear}))`,
    prevYearChange: `=IF(${at("prevYearRevenue")}="","",${at("revenue")}-${at("prevYearRevenue")})`,
    prevYearChangePct: `=IF(${at("prevYearRevenue")}="","",${ratio(at("prevYearChange"), at("prevYearRevenue"))})`,
    prevMonthChange:
      notComparedWithPreviousMonth.length === 0
        ? `=${previousMonthGap}`
        : `=IF(${anyOf(notComparedWithPreviousMonth)},"",${previousMonthGap})`,
    prevMonthChangePct: `=IF(${at("prevMonthChange")}="","",${ratio(at("prevMonthChange"), `(${at("revenue")}-${at("prevMonthChange")})`)})`,
    ytdRevenue: `=SUMIFS(${T("revenue")},${T("month")},">="&${yearStart},${T("month")},"<="&${at("month")})`,
  };
  if (input.sales.cost) {
    const cost = sumByMonth(input.sales.cost);
    if (missingCost) {
      const costBlank = `COUNTIFS(${V(input.sales.month)},${at("month")},${V(input.sales.cost)},"")`;
      formula.cost = `=IF(${costBlank}>0,${nd},${cost})`;
      formula.margin = `=IF(ISNUMBER(${at("cost")}),${at("revenue")}-${at("cost")},${nd})`;
      formula.marginRate = `=IF(ISNUMBER(${at("margin")}),${ratio(at("margin"), at("revenue"))},${nd})`;
      formula.markupRate = `=IF(ISNUMBER(${at("margin")}),${ratio(at("margin"), at("cost"))},${nd})`;
    } else {
      formula.cost = `=${cost}`;
      formula.margin = `=${at("revenue")}-${at("cost")}`;
      formula.marginRate = `=${ratio(at("margin"), at("revenue"))}`;
      formula.markupRate = `=${ratio(at("margin"), at("cost"))}`;
    }
  }
  const targetHeader = TRACKING_HEADERS.target[lang];
  const monthHeader = TRACKING_HEADERS.month[lang];
  const targetSum = `SUMIFS(${O(targetHeader)},${O(monthHeader)},${at("month")})`;
  formula.target = `=IF(${targetSum}=0,"",${targetSum})`;
  formula.targetGap = `=IF(${anyOf([`${at("target")}=""`, ...partialMonths])},"",${at("revenue")}-${at("target")})`;
  const partial = analysis.months.flatMap((m, i) => {
    const edge = partialEdge(m, i === 0, i === analysis.months.length - 1);
    return edge ? [{ month: m.month, edge }] : [];
  });
  const status = statusFormula({
    lang,
    partial,
    monthRef: at("month"),
    dateRef: V(input.sales.date ?? SALES_HEADERS[lang].date),
    targetGapRef: keys.includes("targetGap") ? at("targetGap") : null,
  });
  if (status) formula.status = status;

  const costTotal = (expr: string) =>
    missingCost ? `=IF(COUNTIF(${T("cost")},${nd})>0,${nd},${expr})` : `=${expr}`;
  const total: Partial<Record<TrackingKey, CellInput>> = {
    month: WORDS.total[lang],
    revenue: `=${sub("revenue")}`,
    prevYearRevenue: `=${sub("prevYearRevenue")}`,
    prevYearChange: `=${sub("prevYearChange")}`,
    prevYearChangePct: `=${ratio(sub("prevYearChange"), sub("prevYearRevenue"))}`,
    cost: costTotal(sub("cost")),
    margin: costTotal(sub("margin")),
    marginRate: costTotal(ratio(sub("margin"), sub("revenue"))),
    markupRate: costTotal(ratio(sub("margin"), sub("cost"))),
    target: `=${sub("target")}`,
    targetGap: `=${sub("targetGap")}`,
  };

  const moneyKeys: TrackingKey[] = [
    "revenue",
    "prevYearRevenue",
    "prevYearChange",
    "prevMonthChange",
    "ytdRevenue",
    "cost",
    "margin",
    "target",
    "targetGap",
  ];
  const formatOf = (key: TrackingKey): string => {
    if (key === "month") return monthFormat(lang, true);
    if (moneyKeys.includes(key)) return money;
    if (key === "prevYearChangePct" || key === "prevMonthChangePct") return changeFormat(lang);
    if (key === "marginRate" || key === "markupRate") return percentFormat(lang);
    return "General";
  };

  const months = analysis.months;
  // What each column shows today (the analysis' figures are the formulas' values), for widths.
  const targetOf = (i: number) => input.targets[i] ?? null;
  const monthValue = (key: TrackingKey, m: MonthFigures, i: number): number | string | null => {
    if (key === "month") return monthSerial(m.month);
    if (key === "status") return monthStatus(m, lang, i === 0, i === months.length - 1);
    if (key === "target") return targetOf(i);
    if (key === "targetGap")
      return comparesWithTarget(targetOf(i), m) ? m.revenue - targetOf(i)! : null;
    if (key === "prevYearRevenue" || key === "prevYearChange" || key === "prevYearChangePct")
      return comparesWithLastYear(months, i) ? m[key] : null;
    if (key === "prevMonthChange" || key === "prevMonthChangePct")
      return comparesWithPreviousMonth(months, i) ? m[key] : null;
    return m[key];
  };
  const sumOf = (key: TrackingKey) =>
    months.reduce((a, m, i) => {
      const v = monthValue(key, m, i);
      return typeof v === "number" ? a + v : a;
    }, 0);
  const share = (a: number, b: number) => (b > 0 ? a / b : null);
  const totalValue = (key: TrackingKey): number | string | null => {
    if (key === "month") return WORDS.total[lang];
    if (key === "prevYearChangePct")
      return share(sumOf("prevYearChange"), sumOf("prevYearRevenue"));
    if (key === "marginRate") return analysis.total.marginRate;
    if (key === "markupRate") return analysis.total.markupRate;
    return sumOf(key);
  };
  // A blank ratio shows "n.s.", a blank cost "n.d." (when some lines have no cost).
  const blankText = (key: TrackingKey): string | null =>
    ["prevYearChangePct", "prevMonthChangePct", "marginRate", "markupRate"].includes(key)
      ? WORDS.notSignificant[lang]
      : missingCost && ["cost", "margin", "marginRate", "markupRate"].includes(key)
        ? WORDS.notAvailable[lang]
        : null;
  const shown = (key: TrackingKey, v: number | string | null): string[] =>
    v === null ? [blankText(key) ?? ""] : [displayText(v, formatOf(key), lang)];
  const statuses = keys.includes("targetGap")
    ? [WORDS.targetMet[lang], WORDS.belowTarget[lang]]
    : [];
  const columns: TableColumnPlan[] = [];
  for (const key of keys) {
    const header = h(key);
    const hAlign = key === "month" || key === "status" ? "Left" : "Right";
    // A text column right of a number column is indented: their headers never touch.
    const indent = hAlign === "Left" && columns.at(-1)?.hAlign === "Right" ? 1 : 0;
    const source: TableColumnPlan["source"] =
      key === "month"
        ? { kind: "inputs", inputs: months.map((m) => monthSerial(m.month)) }
        : { kind: "formula", formula: formula[key]! };
    const column: TableColumnPlan = {
      key,
      header,
      numberFormat: formatOf(key),
      source,
      // Headers wrap on two lines; the icon set's arrows sit left of the evolutions.
      width: fitColumnWidth({
        header,
        cells: [
          ...months.flatMap((m, i) => shown(key, monthValue(key, m, i))),
          ...(key === "status" ? statuses : []),
        ],
        totals: total[key] === undefined ? [] : shown(key, totalValue(key)),
        cellExtraPx: key === "prevYearChangePct" || key === "prevMonthChangePct" ? ICON_PX : 0,
        indent,
      }),
      hAlign,
    };
    if (indent) column.indent = indent;
    if (total[key] !== undefined) column.total = total[key];
    columns.push(column);
  }

  const plan: TablePlan = {
    key: "tracking",
    name: input.trackingName,
    sheet: "tracking",
    row: input.row,
    col: input.col,
    rowCount: months.length,
    columns,
    showTotals: true,
    style: "TableStyleMedium2",
    write: "single",
  };

  const targets: TablePlan = {
    key: "targets",
    name: input.targetsName,
    sheet: "tracking",
    // Beside the tracking table, one blank column apart: both grow downwards by one row a month
    // on a refresh in place, and nothing of the add-in's sits under either of them.
    row: input.row,
    col: input.col + keys.length + 1,
    rowCount: months.length,
    columns: [
      {
        key: "month",
        header: monthHeader,
        numberFormat: monthFormat(lang, true),
        source: { kind: "inputs", inputs: months.map((m) => monthSerial(m.month)) },
        width: fitColumnWidth({
          header: monthHeader,
          cells: months.map((m) =>
            displayText(monthSerial(m.month), monthFormat(lang, true), lang)
          ),
        }),
        hAlign: "Left",
      },
      {
        key: "target",
        header: targetHeader,
        numberFormat: money,
        source: { kind: "inputs", inputs: input.targets.map((v) => (v === null ? "" : v)) },
        // Room for the targets the user types, of the size of the months' revenue.
        width: fitColumnWidth({
          header: targetHeader,
          cells: [...input.targets, ...months.map((m) => m.revenue)].map((v) =>
            v === null ? "" : displayText(v, money, lang)
          ),
        }),
        hAlign: "Right",
      },
    ],
    showTotals: false,
    style: "TableStyleLight1",
    write: "single",
  };

  // Conditional formats on the month rows (not the total row).
  const bodyOf = (key: TrackingKey) =>
    rangeAddress(input.row + 1, input.col + keys.indexOf(key), months.length, 1);
  const conditionalFormats: ConditionalFormatPlan[] = [];
  for (const key of ["prevYearChange", "prevMonthChange", "targetGap"] as TrackingKey[]) {
    if (keys.includes(key))
      conditionalFormats.push({
        kind: "sign",
        sheet: "tracking",
        address: bodyOf(key),
        negativeColor: "#C00000",
        positiveColor: "#007A33",
      });
  }
  for (const key of ["prevYearChangePct", "prevMonthChangePct"] as TrackingKey[]) {
    if (keys.includes(key))
      conditionalFormats.push({
        kind: "icons",
        sheet: "tracking",
        address: bodyOf(key),
        style: "ThreeArrows",
        lower: -0.02,
        upper: 0.02,
      });
  }

  const messages: Localized[] = [];
  if (!keys.includes("prevYearRevenue")) {
    messages.push({
      fr: "Les colonnes N-1 sont absentes : les données ne couvrent pas deux années.",
      en: "The last-year columns are left out: the data does not cover two years.",
    });
  }
  if (!analysis.costAvailable) {
    messages.push({
      fr: "Les colonnes de coût et de marge sont absentes : les données n’ont pas de coût d’achat.",
      en: "The cost and margin columns are left out: the data has no cost.",
    });
  }
  if (!analysis.targetsAvailable) {
    messages.push({
      fr: "Pas d’objectifs : saisissez-les dans le tableau des objectifs de la feuille de suivi, puis actualisez.",
      en: "No targets: type them in the targets table of the tracking sheet, then refresh.",
    });
  }

  return {
    plan,
    targets,
    conditionalFormats,
    columns: keys.map((key) => ({
      key,
      header: h(key),
      formula: key === "month" ? null : formula[key]!,
      explanation:
        key === "status"
          ? statusExplanation(
              analysis.months.some((m) => m.partial),
              keys.includes("targetGap")
            )
          : TRACKING_EXPLANATIONS[key],
    })),
    messages,
  };
}
