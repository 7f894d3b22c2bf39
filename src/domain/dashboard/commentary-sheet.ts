/**
 * The commentary sheet: one sentence per line, each beside its main figure as a live formula
 * (it follows corrected data) and a link to the cell it comes from; the build date and the
 * source. Sentences come from the commentary writer; links from each sentence's anchor.
 *
 * The figure beside a sentence is the one the sentence states (`mainFigure`), never a neighbour:
 * - a cell of the dashboard shows it (a month's revenue, a member's share): `=` that cell;
 * - no cell shows it but a formula gives it exactly (a gap to target in %, a member's change
 *   between two periods, the last day of a partial month, a month's quantity): that formula, on
 *   the commentary sheet, and the link goes to the cells it is computed from;
 * - no Excel formula gives it (a Theil–Sen trend slope, levels of a deseasonalized series, seasonal
 *   indices): no figure, and the link goes to the series it comes from, which the link's text says.
 */
import type { Lang, Localized } from "../import/types";
import type { MonthFigures } from "../analysis/types";
import type { Commentary, CommentarySentence, FigureAnchor } from "../commentary/types";
import type {
  CellBlock,
  CommentaryLink,
  MemberTablePlan,
  PendingLink,
  SheetKey,
  TablePlan,
} from "./types";
import { cellAddress, parseCell, rangeAddress, sheetRef } from "./a1";
import { safeText } from "./safe-text";
import { columnRef, stringLiteral } from "./structured";
import { changeFormat, dateFormat, moneyFormat, percentFormat, quantityFormat } from "./formats";
import { isPlainCriterion } from "./pivots";

export interface CommentaryInput {
  commentary: Commentary;
  lang: Lang;
  sourceName: string;
  builtAt: Date;
  rowsImported: number;
  rowsRejected: number;
  tracking: TablePlan;
  distribution: TablePlan | null;
  /** Data-table header of the distribution's dimension, and the source header it comes from. */
  mainDimension: string | null;
  sheetNames: Record<SheetKey, string>;
  /** Pivot or formula tables of the dimensions, for members not in the distribution table. */
  memberTables: MemberTablePlan[];
  messages: Localized[];
  /** The data table (its name and columns, for figures computed from it). */
  sales?: TablePlan;
  /** The analysis' months (partial or not, their year), for year figures. */
  months?: Pick<MonthFigures, "month" | "partial" | "year" | "monthNumber">[];
  fiscalYearStartMonth?: number;
  currency?: string | null;
}

export interface CommentaryInfo {
  cells: CellBlock[];
  links: CommentaryLink[];
  pendingLinks: PendingLink[];
  columnWidths: { col: number; width: number }[];
  /** The link column, indented off the right-aligned figures beside it. */
  indents: { address: string; level: number }[];
}

/** The cell (sheet key, address, number format) that holds an anchor's figure, or null. */
export function anchorCell(
  anchor: FigureAnchor,
  tracking: TablePlan,
  distribution: TablePlan | null,
  mainDimension: string | null
): { sheet: SheetKey; address: string; numberFormat: string } | null {
  if (anchor.table === "tracking") {
    // A year's figure is in the total row only when the table holds that year alone.
    if (anchor.year && !singleYear(tracking, anchor.year)) return null;
    const months = (
      tracking.columns[0].source.kind === "inputs" ? tracking.columns[0].source.inputs : []
    ) as number[];
    // Only the column of the anchor: a neighbour (the gap amount for a gap in %) would show
    // another figure than the sentence's.
    const col = tracking.columns.findIndex((c) => c.key === anchor.column);
    if (col < 0) return null;
    let row: number;
    if (!anchor.month || anchor.month === "total") {
      if (tracking.columns[col].total === undefined) return null;
      row = tracking.row + 1 + tracking.rowCount;
    } else {
      const serial = monthKeySerial(anchor.month);
      const index = months.indexOf(serial);
      if (index < 0) return null;
      row = tracking.row + 1 + index;
    }
    return {
      sheet: tracking.sheet,
      address: cellAddress(row, tracking.col + col),
      numberFormat: tracking.columns[col].numberFormat,
    };
  }
  if (!distribution || !anchor.member || anchor.dimension !== mainDimension) return null;
  const members =
    distribution.columns[0].source.kind === "inputs" ? distribution.columns[0].source.inputs : [];
  const index = members.indexOf(safeText(anchor.member));
  if (index < 0) return null;
  const col = anchor.column === "share" ? 2 : 1;
  return {
    sheet: distribution.sheet,
    address: cellAddress(distribution.row + 1 + index, distribution.col + col),
    numberFormat: distribution.columns[col].numberFormat,
  };
}

/** Whether every month row of the tracking table is in `year` (a calendar year label). */
function singleYear(tracking: TablePlan, year: string): boolean {
  const source = tracking.columns[0].source;
  if (source.kind !== "inputs") return false;
  return source.inputs.every(
    (serial) => new Date((Number(serial) - 25569) * 86_400_000).getUTCFullYear() === Number(year)
  );
}

function monthKeySerial(month: string): number {
  const [y, m] = month.split("-").map(Number);
  return Date.UTC(y, m - 1, 1) / 86_400_000 + 25569;
}

const LOCALE: Record<Lang, string> = { fr: "fr-FR", en: "en-GB" };

/** "26 novembre 2025 à 21:54" / "26 November 2025 at 21:54". */
export function buildDateText(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "long", timeStyle: "short" }).format(
    date
  );
}

export function commentarySheet(input: CommentaryInput): CommentaryInfo {
  const { lang } = input;
  const n = (x: number) => new Intl.NumberFormat(LOCALE[lang]).format(x);
  const rejected =
    lang === "fr"
      ? input.rowsRejected === 0
        ? "aucune rejetée"
        : `${n(input.rowsRejected)} rejetée${input.rowsRejected > 1 ? "s" : ""} (voir le rapport d’import)`
      : input.rowsRejected === 0
        ? "none rejected"
        : `${n(input.rowsRejected)} rejected (see the import report)`;
  const subtitle =
    lang === "fr"
      ? `Établi le ${buildDateText(input.builtAt, lang)} à partir de « ${input.sourceName} » : ${n(input.rowsImported)} ligne${input.rowsImported > 1 ? "s" : ""} importée${input.rowsImported > 1 ? "s" : ""}, ${rejected}.`
      : `Built on ${buildDateText(input.builtAt, lang)} from "${input.sourceName}": ${n(input.rowsImported)} line${input.rowsImported === 1 ? "" : "s"} imported, ${rejected}.`;
  const cells: CellBlock[] = [
    {
      sheet: "commentary",
      row: 0,
      col: 0,
      inputs: [[lang === "fr" ? "Commentaire" : "Commentary"]],
      style: { bold: true, size: 14 },
    },
    {
      sheet: "commentary",
      row: 1,
      col: 0,
      inputs: [[safeText(subtitle)]],
      style: { italic: true, fontColor: "#595959" },
    },
    // Header: "Chiffre" right-aligned over its figures.
    {
      sheet: "commentary",
      row: 3,
      col: 0,
      inputs: [[lang === "fr" ? "Constat" : "Finding"]],
      style: { bold: true, fill: "#DDEBF7" },
    },
    {
      sheet: "commentary",
      row: 3,
      col: 1,
      inputs: [[lang === "fr" ? "Chiffre" : "Figure"]],
      style: { bold: true, fill: "#DDEBF7", hAlign: "Right" },
    },
    {
      sheet: "commentary",
      row: 3,
      col: 2,
      inputs: [[lang === "fr" ? "Cellule" : "Cell"]],
      style: { bold: true, fill: "#DDEBF7" },
    },
  ];
  const links: CommentaryLink[] = [];
  const pending: PendingLink[] = [];
  const first = 4;
  input.commentary.sentences.forEach((sentence, i) => {
    const row = first + i;
    cells.push({
      sheet: "commentary",
      row,
      col: 0,
      inputs: [[safeText(sentence.text)]],
      style: { wrap: true, vAlign: "Top" },
    });
    const figure = mainFigure(sentence, input);
    if (!figure) return;
    const sentenceAddress = cellAddress(row, 0);
    if (figure.kind === "pivot") {
      pending.push({
        sentence: i,
        text: sentence.text,
        row,
        pivot: figure.pivot,
        member: figure.member,
        column: figure.column,
        ...(figure.note ? { note: figure.note, figure: false } : {}),
      });
      return;
    }
    if (figure.kind === "computed") {
      cells.push(
        ...linkCells(row, "", "", figure.numberFormat, {
          figure: figure.formula,
          link: figure.backing
            ? { sheetName: input.sheetNames[figure.backing.sheet], address: figure.backing.address }
            : null,
          note: figure.note,
        })
      );
      links.push({
        sentence: i,
        text: sentence.text,
        sheet: "commentary",
        address: cellAddress(row, 1),
        sentenceAddress,
      });
      return;
    }
    const sheetName = input.sheetNames[figure.sheet];
    cells.push(
      ...linkCells(row, sheetName, figure.address, figure.numberFormat, {
        ...(figure.kind === "backing" ? { figure: null, note: figure.note } : {}),
      })
    );
    links.push({
      sentence: i,
      text: sentence.text,
      sheet: figure.sheet,
      address: figure.address,
      sentenceAddress,
    });
  });
  let row = first + input.commentary.sentences.length + 1;
  cells.push({
    sheet: "commentary",
    row,
    col: 0,
    inputs: [
      [
        lang === "fr"
          ? "Les chiffres de la colonne B sont des formules sur la cellule indiquée ou sur les tables : ils suivent les corrections des données. Sans chiffre, le lien mène à la série dont la phrase est tirée. Le texte est réécrit à chaque actualisation."
          : "The figures in column B are formulas on the cell shown or on the tables: they follow corrected data. Without a figure, the link leads to the series the sentence comes from. The text is rewritten at each refresh.",
      ],
    ],
    style: { italic: true, fontColor: "#595959", wrap: true },
  });
  if (input.messages.length > 0) {
    row += 2;
    cells.push({
      sheet: "commentary",
      row,
      col: 0,
      inputs: [[lang === "fr" ? "Remarques" : "Notes"]],
      style: { bold: true },
    });
    cells.push({
      sheet: "commentary",
      row: row + 1,
      col: 0,
      inputs: input.messages.map((m) => [safeText(`• ${m[lang]}`)]),
      style: { wrap: true, vAlign: "Top" },
    });
  }
  // Sentence, figure and link fit on a portrait A4 page (about 480 points between the margins).
  return {
    cells,
    links,
    pendingLinks: pending,
    columnWidths: [
      { col: 0, width: 290 },
      { col: 1, width: 80 },
      { col: 2, width: 110 },
    ],
    // Header and every sentence's link, pivot links (resolved later) included.
    indents: [{ address: rangeAddress(3, 2, 1 + input.commentary.sentences.length, 1), level: 1 }],
  };
}

/**
 * The figure and the link beside a sentence on row `row` of the commentary sheet. By default the
 * figure is a live formula on the linked cell; `figure` gives another formula (a figure computed
 * from the tables) or none (null), `link` another target, `note` what the link shows.
 */
export function linkCells(
  row: number,
  sheetName: string,
  address: string,
  numberFormat: string,
  options: {
    figure?: string | null;
    link?: { sheetName: string; address: string } | null;
    note?: string;
  } = {}
): CellBlock[] {
  const target = options.link === undefined ? { sheetName, address } : options.link;
  const figure =
    options.figure === undefined ? `=${sheetRef(sheetName, absolute(address))}` : options.figure;
  const out: CellBlock[] = [];
  if (figure !== null)
    out.push({
      sheet: "commentary",
      row,
      col: 1,
      inputs: [[figure]],
      style: { vAlign: "Top", numberFormat },
    });
  if (target) {
    const ref = sheetRef(target.sheetName, target.address);
    const label = `${target.sheetName}!${target.address}${options.note ? ` (${options.note})` : ""}`;
    out.push({
      // The link looks like one (Excel's hyperlink blue, underlined).
      sheet: "commentary",
      row,
      col: 2,
      inputs: [[`=HYPERLINK(${stringLiteral(`#${ref}`)},${stringLiteral(label)})`]],
      style: { vAlign: "Top", fontColor: "#0563C1", underline: true, wrap: !!options.note },
    });
  }
  return out;
}

/**
 * A member's cell in a formula table (known now), or what to look for in a PivotTable (known once
 * Excel has laid it out). Null when the dimension has no table or the member is not listed.
 */
export function memberCell(
  anchor: FigureAnchor,
  tables: MemberTablePlan[]
):
  | { sheet: SheetKey; address: string; numberFormat: string }
  | { pivot: string; member: string; column: "revenue" | "share" | "margin" }
  | null {
  if (anchor.table !== "breakdown" || !anchor.member) return null;
  const table = tables.find((t) => t.dimension === anchor.dimension);
  const column =
    anchor.column === "share" || anchor.column === "margin" ? anchor.column : "revenue";
  const field = table?.fields.find((f) => f.column === column);
  if (!table || !field) return null;
  if (table.pivot) return { pivot: table.pivot, member: anchor.member, column };
  const index = table.labels.indexOf(anchor.member);
  if (index < 0) return null;
  return {
    sheet: "pivots",
    address: cellAddress(table.row + 1 + index, table.col + field.offset),
    numberFormat: field.numberFormat,
  };
}

/** "C5" → "$C$5", "B5:B9" → "$B$5:$B$9". */
function absolute(address: string): string {
  return address
    .split(":")
    .map((a) => {
      const { row, col } = parseCell(a);
      return cellAddress(row, col, true);
    })
    .join(":");
}

/**
 * The cell of a member's figure in a PivotTable laid out by Excel: `values` and `address` are the
 * PivotTable's whole range as read back. The header row holds the data fields' captions; the
 * member's row starts with its label. Null when either is not found.
 */
export function pivotCell(
  values: unknown[][],
  address: string,
  table: MemberTablePlan,
  member: string,
  column: "revenue" | "share" | "margin"
): { address: string; numberFormat: string } | null {
  const field = table.fields.find((f) => f.column === column);
  if (!field) return null;
  const start = parseCell(address.split("!").pop()!.split(":")[0].replace(/\$/g, ""));
  const headerRow = values.findIndex((r) => r.includes(field.caption));
  const memberRow = values.findIndex((r, i) => i > headerRow && r[0] === member);
  if (headerRow < 0 || memberRow < 0) return null;
  const col = values[headerRow].indexOf(field.caption);
  return {
    address: cellAddress(start.row + memberRow, start.col + col),
    numberFormat: field.numberFormat,
  };
}

/** What is beside a sentence: see the top of this file. */
export type MainFigure =
  | { kind: "cell"; sheet: SheetKey; address: string; numberFormat: string }
  | {
      kind: "pivot";
      pivot: string;
      member: string;
      column: "revenue" | "share" | "margin";
      /** Set when the member's cell only backs the figure (shown in the link's text). */
      note?: string;
    }
  | {
      kind: "computed";
      formula: string;
      numberFormat: string;
      backing: { sheet: SheetKey; address: string } | null;
      note: string;
    }
  | { kind: "backing"; sheet: SheetKey; address: string; numberFormat: string; note: string };

const NOTES: Record<string, Localized> = {
  trend: { fr: "série de la tendance", en: "series of the trend" },
  seasonality: {
    fr: "série de la saisonnalité, mois complets",
    en: "series of the seasonal pattern, full months",
  },
  memberTrend: {
    fr: "CA du membre ; la tendance porte sur ses mois",
    en: "the member's revenue; the trend is over its months",
  },
  changePoint: {
    fr: "série du changement de palier, corrigée des saisons",
    en: "series of the level shift, seasonally adjusted",
  },
  contribution: {
    fr: "CA du membre ; la variation est calculée sur la table des ventes",
    en: "the member's revenue; the change is computed on the sales table",
  },
  contributionSales: {
    fr: "variation calculée sur la table des ventes",
    en: "change computed on the sales table",
  },
  targetGap: { fr: "écart ÷ objectif", en: "gap ÷ target" },
  partialMonth: { fr: "mois incomplet", en: "partial month" },
  quantity: { fr: "mois ; quantité calculée sur les ventes", en: "month; quantity from the sales" },
  missingCost: { fr: "lignes sans coût", en: "lines without cost" },
  memberRevenue: {
    fr: "CA du membre calculé sur la table des ventes",
    en: "the member's revenue computed on the sales table",
  },
  memberShare: {
    fr: "part du membre calculée sur la table des ventes",
    en: "the member's share computed on the sales table",
  },
};

/** "2024-03" → `DATE(2024,3,1)`. */
function monthDate(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return `DATE(${y},${m},1)`;
}

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** Row (0-based, on the tracking sheet) of each month of the tracking table. */
function monthRows(tracking: TablePlan): Map<string, number> {
  const out = new Map<string, number>();
  const source = tracking.columns[0].source;
  if (source.kind !== "inputs") return out;
  source.inputs.forEach((serial, i) => {
    const d = new Date((Number(serial) - 25569) * 86_400_000);
    const key = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
    out.set(key, tracking.row + 1 + i);
  });
  return out;
}

/** A1 range of a tracking column over the rows of months `from`..`to`, or null. */
function trackingRange(tracking: TablePlan, key: string, from: string, to: string): string | null {
  const rows = monthRows(tracking);
  const col = tracking.columns.findIndex((c) => c.key === key);
  const r0 = rows.get(from);
  const r1 = rows.get(to);
  if (col < 0 || r0 === undefined || r1 === undefined || r1 < r0) return null;
  return rangeAddress(r0, tracking.col + col, r1 - r0 + 1, 1);
}

function yearLabel(year: number, monthNumber: number, fiscalStart: number): string {
  if (fiscalStart <= 1) return String(year);
  const y = monthNumber >= fiscalStart ? year : year - 1;
  return `${y}-${y + 1}`;
}

/**
 * The figure a sentence states and where it is (see the top of this file), or null when there
 * is nothing to link to.
 */
export function mainFigure(
  sentence: CommentarySentence,
  input: CommentaryInput
): MainFigure | null {
  const anchor = sentence.anchor;
  const { lang, tracking } = input;
  const note = (key: keyof typeof NOTES) => NOTES[key][lang];
  // Seasonal indices (ratios to a Theil–Sen line, averaged by calendar month, normalised): no
  // Excel formula gives them; the link goes to the full months' revenue they are computed from.
  const full = (input.months ?? []).filter((m) => !m.partial).map((m) => m.month);
  /** The tracking table's revenue from one month to another, the series a sentence comes from. */
  const revenueSeries = (
    from: string | null | undefined,
    to: string | null | undefined,
    key: "seasonality" | "trend" | "changePoint"
  ): MainFigure | null => {
    const address = from && to ? trackingRange(tracking, "revenue", from, to) : null;
    if (!address) return null;
    return {
      kind: "backing",
      sheet: "tracking",
      address,
      numberFormat: tracking.columns.find((c) => c.key === "revenue")!.numberFormat,
      note: note(key),
    };
  };
  if (sentence.insight === "seasonality") return revenueSeries(full[0], full.at(-1), "seasonality");
  if (!anchor) return null;
  const ref = (address: string) => sheetRef(input.sheetNames.tracking, absolute(address));
  const f = sentence.figures;
  const month = (name: string): string | null =>
    typeof f[name] === "string" && /^\d{4}-\d{2}$/.test(f[name] as string)
      ? (f[name] as string)
      : null;
  const sales = input.sales;
  const salesColumn = (key: string) => sales?.columns.find((c) => c.key === key)?.header ?? null;
  const V = (header: string) => columnRef(sales!.name, header);

  // No Excel formula gives the figure: the link goes to the series it comes from.
  if (sentence.insight === "trend" || sentence.insight === "changePoint") {
    if (anchor.table === "breakdown") {
      const member = memberFigure(anchor, input);
      if (!member) return null;
      if (member.kind === "pivot") return { ...member, note: note("memberTrend") };
      return { ...member, kind: "backing", note: note("memberTrend") };
    }
    if (sentence.insight === "changePoint")
      return revenueSeries(month("month"), full.at(-1), "changePoint");
    // A trend sentence may name only its first month; its series ends at the anchor's month.
    const to = month("to") ?? (anchor.month === "total" ? null : anchor.month);
    return revenueSeries(month("from"), to, "trend");
  }

  // A member's change between two periods, computed on the sales table.
  if (sentence.insight === "contribution" && anchor.member && sales) {
    const dim = salesColumn(`dim:${anchor.dimension}`);
    const revenue = salesColumn("revenue");
    const monthHeader = salesColumn("month");
    const first = month("firstMonth");
    const last = month("lastMonth");
    const periods =
      first && last
        ? { to: [first, last], from: [shiftMonth(first, -12), shiftMonth(last, -12)] }
        : month("from") && month("to")
          ? { to: [month("to")!, month("to")!], from: [month("from")!, month("from")!] }
          : null;
    if (!dim || !revenue || !monthHeader || !periods) return null;
    const label = stringLiteral(anchor.member);
    const sum = ([a, b]: string[]) =>
      isPlainCriterion(anchor.member!)
        ? `SUMIFS(${V(revenue)},${V(dim)},${label},${V(monthHeader)},">="&${monthDate(a)},${V(monthHeader)},"<="&${monthDate(b)})`
        : `SUMPRODUCT((${V(dim)}=${label})*(${V(monthHeader)}>=${monthDate(a)})*(${V(monthHeader)}<=${monthDate(b)})*${V(revenue)})`;
    const member = memberFigure({ ...anchor, column: "revenue" }, input);
    return {
      kind: "computed",
      formula: `=${sum(periods.to)}-${sum(periods.from)}`,
      numberFormat: moneyFormat(lang, input.currency ?? null),
      backing:
        member && member.kind === "cell"
          ? member
          : salesColumnRange(sales, `dim:${anchor.dimension}`),
      note: note(member && member.kind === "cell" ? "contribution" : "contributionSales"),
    };
  }

  if (anchor.table === "tracking") {
    // A gap to target in %: gap ÷ target of the month, or of the year's full months.
    if (anchor.column === "targetGapPct") {
      const rows = monthRows(tracking);
      const col = (key: string) => tracking.columns.findIndex((c) => c.key === key);
      if (col("target") < 0 || col("targetGap") < 0) return null;
      let months: string[];
      if (anchor.month && anchor.month !== "total") months = [anchor.month];
      else if (anchor.year)
        months = (input.months ?? [])
          .filter(
            (m) =>
              !m.partial &&
              yearLabel(m.year, m.monthNumber, input.fiscalYearStartMonth ?? 1) === anchor.year
          )
          .map((m) => m.month);
      else return null;
      const r = months.map((m) => rows.get(m));
      if (r.length === 0 || r.some((x, i) => x === undefined || (i > 0 && x !== r[i - 1]! + 1)))
        return null;
      const range = (key: string) => ref(rangeAddress(r[0]!, tracking.col + col(key), r.length, 1));
      const formula =
        r.length === 1
          ? `=IF(${range("target")}="","",${range("targetGap")}/${range("target")})`
          : `=(SUM(${range("revenue")})-SUM(${range("target")}))/SUM(${range("target")})`;
      return {
        kind: "computed",
        formula,
        numberFormat: changeFormat(lang),
        backing: {
          sheet: "tracking",
          address: rangeAddress(r[0]!, tracking.col + col("targetGap"), r.length, 1),
        },
        note: note("targetGap"),
      };
    }
    // The first or last day of a partial month: the data's first or last date.
    if (sentence.insight === "partialMonth" && sales) {
      const date = salesColumn("date");
      const cell = anchorCell(anchor, tracking, input.distribution, input.mainDimension);
      const end = typeof f.lastDay === "string";
      if (!date || !cell || (!end && typeof f.firstDay !== "string")) return null;
      return {
        kind: "computed",
        formula: `=${end ? "MAX" : "MIN"}(${V(date)})`,
        numberFormat: dateFormat(lang),
        backing: cell,
        note: note("partialMonth"),
      };
    }
    // A month's quantity (the tracking table has no quantity column).
    if (anchor.column === "quantity" && sales && anchor.month && anchor.month !== "total") {
      const quantity = salesColumn("quantity");
      const monthHeader = salesColumn("month");
      const cell = anchorCell(
        { ...anchor, column: "month" },
        tracking,
        input.distribution,
        input.mainDimension
      );
      if (!quantity || !monthHeader || !cell) return null;
      return {
        kind: "computed",
        formula: `=SUMIFS(${V(quantity)},${V(monthHeader)},${monthDate(anchor.month)})`,
        numberFormat: quantityFormat(),
        backing: cell,
        note: note("quantity"),
      };
    }
    // Lines without cost: counted in the data table's cost column.
    if (sentence.insight === "missingCost") {
      const cost = salesColumn("cost");
      if (!cost || !sales || sales.rowCount === 0) return null;
      const col = sales.columns.findIndex((c) => c.key === "cost");
      return {
        kind: "computed",
        formula: `=COUNTBLANK(${V(cost)})`,
        numberFormat: "0",
        backing: {
          sheet: sales.sheet,
          address: rangeAddress(sales.row + 1, sales.col + col, sales.rowCount, 1),
        },
        note: note("missingCost"),
      };
    }
  }
  const cell = anchorCell(anchor, tracking, input.distribution, input.mainDimension);
  if (cell) return { kind: "cell", ...cell };
  const member = memberFigure(anchor, input);
  if (member) return member;
  // A member of a dimension without a table of its own: its revenue or share computed on the
  // sales table.
  if (anchor.table === "breakdown" && anchor.member && sales) {
    const dim = salesColumn(`dim:${anchor.dimension}`);
    const revenue = salesColumn("revenue");
    if (!dim || !revenue || (anchor.column !== "revenue" && anchor.column !== "share")) return null;
    const label = stringLiteral(anchor.member);
    const sum = isPlainCriterion(anchor.member)
      ? `SUMIFS(${V(revenue)},${V(dim)},${label})`
      : `SUMPRODUCT((${V(dim)}=${label})*${V(revenue)})`;
    return {
      kind: "computed",
      formula:
        anchor.column === "share"
          ? `=IF(SUM(${V(revenue)})<=0,"",${sum}/SUM(${V(revenue)}))`
          : `=${sum}`,
      numberFormat:
        anchor.column === "share" ? percentFormat(lang) : moneyFormat(lang, input.currency ?? null),
      backing: salesColumnRange(sales, `dim:${anchor.dimension}`),
      note: note(anchor.column === "share" ? "memberShare" : "memberRevenue"),
    };
  }
  return null;
}

/** The data rows of a column of the sales table, on the data sheet, or null. */
function salesColumnRange(
  sales: TablePlan,
  key: string
): { sheet: SheetKey; address: string } | null {
  const col = sales.columns.findIndex((c) => c.key === key);
  if (col < 0 || sales.rowCount === 0) return null;
  return {
    sheet: sales.sheet,
    address: rangeAddress(sales.row + 1, sales.col + col, sales.rowCount, 1),
  };
}

/** A member's cell: in the distribution table, else in a member table (pivot or formulas). */
function memberFigure(
  anchor: FigureAnchor,
  input: CommentaryInput
): Extract<MainFigure, { kind: "cell" | "pivot" }> | null {
  const cell = anchorCell(anchor, input.tracking, input.distribution, input.mainDimension);
  if (cell && anchor.table === "breakdown") return { kind: "cell", ...cell };
  const member = memberCell(anchor, input.memberTables);
  if (!member) return null;
  return "pivot" in member ? { kind: "pivot", ...member } : { kind: "cell", ...member };
}
