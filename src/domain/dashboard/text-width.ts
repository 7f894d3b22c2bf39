/**
 * Column widths fitted to what a column shows: the widest displayed text of its cells, and its
 * header (wrapped on two lines at most, as the tables' headers are). Text widths are estimated in
 * Excel's default font, Calibri 11, at 96 dpi, from the font's own advance widths, not rounded to
 * pixels as the screen draws them (a digit is 7.4 px there, 7 px on screen): printing lays text
 * out unhinted, and a column that fits on screen must not print "####". Widths are returned in
 * points (1 px = 0.75 pt), as in the plan.
 */
import { format } from "numfmt";
import type { Lang } from "../import/types";

/** Pixels per em of an 11 pt font at 96 dpi. */
const EM_PX = (11 * 96) / 72;

/**
 * Advance widths of Calibri Regular in em (units ÷ 2048), for the characters our sheets show.
 * Accented letters take their base letter's width; other characters take DEFAULT_EM.
 */
const CALIBRI_EM: Record<string, number> = {
  " ": 0.226,
  "\u00a0": 0.226,
  "\u202f": 0.226,
  "!": 0.326,
  '"': 0.401,
  "#": 0.498,
  $: 0.507,
  "%": 0.715,
  "&": 0.682,
  "'": 0.221,
  "’": 0.25,
  "(": 0.303,
  ")": 0.303,
  "*": 0.498,
  "+": 0.498,
  ",": 0.25,
  "-": 0.306,
  "−": 0.498,
  ".": 0.252,
  "/": 0.386,
  ":": 0.268,
  ";": 0.268,
  "?": 0.463,
  "@": 0.894,
  "€": 0.507,
  "£": 0.507,
  "¥": 0.507,
  "«": 0.498,
  "»": 0.498,
  "÷": 0.498,
  A: 0.579,
  B: 0.544,
  C: 0.533,
  D: 0.615,
  E: 0.488,
  F: 0.459,
  G: 0.631,
  H: 0.623,
  I: 0.252,
  J: 0.319,
  K: 0.52,
  L: 0.42,
  M: 0.855,
  N: 0.646,
  O: 0.662,
  P: 0.517,
  Q: 0.673,
  R: 0.543,
  S: 0.459,
  T: 0.487,
  U: 0.642,
  V: 0.567,
  W: 0.89,
  X: 0.519,
  Y: 0.487,
  Z: 0.468,
  a: 0.479,
  b: 0.525,
  c: 0.423,
  d: 0.525,
  e: 0.498,
  f: 0.305,
  g: 0.471,
  h: 0.525,
  i: 0.229,
  j: 0.239,
  k: 0.455,
  l: 0.229,
  m: 0.799,
  n: 0.525,
  o: 0.527,
  p: 0.525,
  q: 0.525,
  r: 0.349,
  s: 0.391,
  t: 0.335,
  u: 0.525,
  v: 0.452,
  w: 0.715,
  x: 0.433,
  y: 0.453,
  z: 0.395,
  æ: 0.75,
  œ: 0.8,
  Œ: 0.95,
  ß: 0.52,
};
for (let d = 0; d <= 9; d++) CALIBRI_EM[String(d)] = 0.507;

/** Width of a character Calibri has no entry for here (a wide lowercase letter). */
const DEFAULT_EM = 0.55;
/** Calibri Bold letters are a few percent wider; its digits keep their width. */
const BOLD_FACTOR = 1.05;

/**
 * Space a cell needs beyond its text: Excel's column is 5 px wider than its characters (2 px of
 * margin each side and the gridline), plus 2 px so that neighbouring texts never touch.
 */
export const CELL_PADDING_PX = 7;
/** The filter button a table header shows on screen, drawn over the header's right end. */
export const FILTER_BUTTON_PX = 16;
/** An icon of an icon set (the evolution arrows), drawn at the cell's left. */
export const ICON_PX = 16;
/** One indent level (Excel indents by about one character: 9 px in Calibri 11). */
export const INDENT_PX = 9;

/** Width in pixels of a text in Calibri 11 (bold for the headers and total rows). */
export function textPixels(text: string, bold = false): number {
  let px = 0;
  for (const ch of text.normalize("NFD")) {
    if (/\p{M}/u.test(ch)) continue;
    const em = CALIBRI_EM[ch] ?? DEFAULT_EM;
    const digit = ch >= "0" && ch <= "9";
    px += em * EM_PX * (bold && !digit ? BOLD_FACTOR : 1);
  }
  return Math.ceil(px);
}

/**
 * Width in pixels of a header wrapped on at most two lines (at spaces): the narrowest of its
 * possible breaks, i.e. its wider line.
 */
export function wrappedHeaderPixels(header: string, bold = true): number {
  const words = header.split(" ").filter((w) => w !== "");
  let best = textPixels(words.join(" "), bold);
  for (let i = 1; i < words.length; i++) {
    const first = textPixels(words.slice(0, i).join(" "), bold);
    const second = textPixels(words.slice(i).join(" "), bold);
    best = Math.min(best, Math.max(first, second));
  }
  return best;
}

/** Pixels to points, rounded up to a whole point (the plan's widths are in points). */
function points(px: number): number {
  return Math.ceil(px * 0.75);
}

export interface FitOptions {
  /** The header row: bold, wrapped on two lines at most, with a filter button (a table's). */
  header?: string;
  /** Texts of the body cells as displayed (regular weight). */
  cells?: Iterable<string>;
  /** Texts of the total row (bold). */
  totals?: Iterable<string>;
  /** Extra pixels on every body cell (an icon set's icon). */
  cellExtraPx?: number;
  /** Indent levels of the column (header and body). */
  indent?: number;
  /** Never narrower than this many points. */
  minPoints?: number;
}

/** A column's width in points: its widest text, header or cell, with the cell's padding. */
export function fitColumnWidth(options: FitOptions): number {
  const indent = (options.indent ?? 0) * INDENT_PX;
  let px = 0;
  if (options.header !== undefined)
    px = wrappedHeaderPixels(options.header) + FILTER_BUTTON_PX + indent;
  for (const t of options.cells ?? [])
    px = Math.max(px, textPixels(t) + (options.cellExtraPx ?? 0) + indent);
  for (const t of options.totals ?? []) px = Math.max(px, textPixels(t, true) + indent);
  return Math.max(options.minPoints ?? 0, points(px + CELL_PADDING_PX));
}

/**
 * The text Excel shows for a value in a number format (invariant format codes, as in the plan),
 * in the language of the workbook's reader: "1 313 898,95 €", "+8,4 %", "janvier 2025".
 */
export function displayText(value: number | string, numberFormat: string, lang: Lang): string {
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "";
  return String(format(numberFormat, value, { locale: lang, throws: false, nbsp: false }));
}

/** The smallest and the largest value of a column (NaN left out), for its widest texts. */
export function extremes(values: ArrayLike<number>): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min === Infinity ? [] : min === max ? [min] : [min, max];
}
