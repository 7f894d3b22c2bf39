/**
 * The commentary sheet: one sentence per line, each beside its main figure as a live formula
 * (it follows corrected data) and a link to the cell it comes from; the build date and the
 * source. Sentences come from the commentary writer; links from each sentence's anchor.
 */
import type { Lang, Localized } from "../import/types";
import type { Commentary, FigureAnchor } from "../commentary/types";
import type { CellBlock, CommentaryLink, SheetKey, TablePlan } from "./types";
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
  /** Fallback link per dimension (a pivot table's corner) when a member is not in the distribution table. */
  dimensionCorners: Record<string, string>;
  messages: Localized[];
}

export interface CommentaryInfo {
  cells: CellBlock[];
  links: CommentaryLink[];
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
  const first = 4;
  input.commentary.sentences.forEach((sentence, i) => {
    const row = first + i;
    const cell = sentence.anchor
      ? anchorCell(sentence.anchor, input.tracking, input.distribution, input.mainDimension)
      : null;
    const fallback =
      !cell && sentence.anchor?.dimension
        ? input.dimensionCorners[sentence.anchor.dimension]
        : undefined;
    const target =
      cell ??
      (fallback
        ? { sheet: "pivots" as SheetKey, address: fallback, numberFormat: "General" }
        : null);
    cells.push({
      sheet: "commentary",
      row,
      col: 0,
      inputs: [[safeText(sentence.text)]],
      style: { wrap: true, vAlign: "Top" },
    });
    if (target) {
      const sheetName = input.sheetNames[target.sheet];
      const ref = sheetRef(sheetName, target.address);
      const label = `${sheetName}!${target.address}`;
      cells.push({
        sheet: "commentary",
        row,
        col: 1,
        inputs: [[cell ? `=${sheetRef(sheetName, absolute(target.address))}` : ""]],
        style: { vAlign: "Top", numberFormat: target.numberFormat },
      });
      // The link looks like one (Excel's hyperlink blue, underlined).
      cells.push({
        sheet: "commentary",
        row,
        col: 2,
        inputs: [[`=HYPERLINK(${stringLiteral(`#${ref}`)},${stringLiteral(label)})`]],
        style: { vAlign: "Top", fontColor: "#0563C1", underline: true },
      });
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
    columnWidths: [
      { col: 0, width: 290 },
      { col: 1, width: 80 },
      { col: 2, width: 110 },
    ],
  };
}

/** "C5" → "$C$5". */
function absolute(address: string): string {
  const { row, col } = parseCell(address);
  return cellAddress(row, col, true);
}
