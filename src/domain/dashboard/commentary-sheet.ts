/**
 * The commentary sheet: one sentence per line, each beside its main figure as a live formula
 * (it follows corrected data) and a link to the cell it comes from; the build date and the
 * source. Sentences come from the commentary writer; links from each sentence's anchor.
 */
import type { Lang, Localized } from "../import/types";
import type { Commentary, FigureAnchor } from "../commentary/types";
import type {
  CellBlock,
  CommentaryLink,
  MemberTablePlan,
  PendingLink,
  SheetKey,
  TablePlan,
} from "./types";
import { cellAddress, parseCell, sheetRef } from "./a1";
import { safeText } from "./safe-text";
import { stringLiteral } from "./structured";

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
}

export interface CommentaryInfo {
  cells: CellBlock[];
  links: CommentaryLink[];
  pendingLinks: PendingLink[];
  columnWidths: { col: number; width: number }[];
}

/** Tracking column a sentence's figure is in: its own key when present, synonyms otherwise. */
const COLUMN_SYNONYMS: Record<string, string> = {
  targetGapPct: "targetGap",
  ytdChangePct: "ytdRevenue",
  prevYtdRevenue: "ytdRevenue",
  quantity: "revenue",
  share: "revenue",
};

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
    let col = tracking.columns.findIndex((c) => c.key === anchor.column);
    if (col < 0)
      col = tracking.columns.findIndex(
        (c) => c.key === (COLUMN_SYNONYMS[anchor.column] ?? "revenue")
      );
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
    {
      sheet: "commentary",
      row: 3,
      col: 0,
      inputs: [lang === "fr" ? ["Constat", "Chiffre", "Cellule"] : ["Finding", "Figure", "Cell"]],
      style: { bold: true, fill: "#DDEBF7" },
    },
  ];
  const links: CommentaryLink[] = [];
  const pending: PendingLink[] = [];
  const first = 4;
  input.commentary.sentences.forEach((sentence, i) => {
    const row = first + i;
    const cell = sentence.anchor
      ? anchorCell(sentence.anchor, input.tracking, input.distribution, input.mainDimension)
      : null;
    const member =
      !cell && sentence.anchor ? memberCell(sentence.anchor, input.memberTables) : null;
    const target = cell ?? (member && "address" in member ? member : null);
    if (member && "pivot" in member) {
      pending.push({ sentence: i, text: sentence.text, row, ...member });
    }
    cells.push({
      sheet: "commentary",
      row,
      col: 0,
      inputs: [[safeText(sentence.text)]],
      style: { wrap: true, vAlign: "Top" },
    });
    if (target) {
      cells.push(
        ...linkCells(row, input.sheetNames[target.sheet], target.address, target.numberFormat)
      );
      links.push({
        sentence: i,
        text: sentence.text,
        sheet: target.sheet,
        address: target.address,
        sentenceAddress: cellAddress(row, 0),
      });
    }
  });
  let row = first + input.commentary.sentences.length + 1;
  cells.push({
    sheet: "commentary",
    row,
    col: 0,
    inputs: [
      [
        lang === "fr"
          ? "Les chiffres de la colonne B sont des formules liées à la cellule indiquée : ils suivent les corrections des données. Le texte est réécrit à chaque actualisation."
          : "The figures in column B are formulas linked to the cell shown: they follow corrected data. The text is rewritten at each refresh.",
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
  };
}

/**
 * The figure (a live formula on the cell) and the link beside a sentence on row `row` of the
 * commentary sheet.
 */
export function linkCells(
  row: number,
  sheetName: string,
  address: string,
  numberFormat: string
): CellBlock[] {
  const ref = sheetRef(sheetName, address);
  return [
    {
      sheet: "commentary",
      row,
      col: 1,
      inputs: [[`=${sheetRef(sheetName, absolute(address))}`]],
      style: { vAlign: "Top", numberFormat },
    },
    {
      // The link looks like one (Excel's hyperlink blue, underlined).
      sheet: "commentary",
      row,
      col: 2,
      inputs: [
        [`=HYPERLINK(${stringLiteral(`#${ref}`)},${stringLiteral(`${sheetName}!${address}`)})`],
      ],
      style: { vAlign: "Top", fontColor: "#0563C1", underline: true },
    },
  ];
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

/** "C5" → "$C$5". */
function absolute(address: string): string {
  const { row, col } = parseCell(address);
  return cellAddress(row, col, true);
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
