/**
 * Rewrites a formula as stored (Excel syntax, structured references) into what HyperFormula evaluates:
 * structured references become absolute A1 ranges, `TRUE`/`FALSE` become `TRUE()`/`FALSE()`,
 * `_xlfn.` prefixes are dropped, and AVERAGEIFS (missing in HyperFormula) becomes
 * `SUMIFS(...)/COUNTIFS(..., average_range, "<>")`, which equals Excel's AVERAGEIFS when the
 * average range holds numbers or blanks (Excel ignores blank cells of the average range; so does this).
 */
import {
  escapeColumn,
  parseStructuredRef,
  resolutionToA1,
  resolveStructuredRef,
  TableLookup,
  toFileFormat,
} from "./structured";
import {
  CELL_REF,
  COL_REF,
  isFunctionCall,
  sheetTokenName,
  Token,
  tokenize,
  untokenize,
} from "./tokens";
import { columnIndex, columnLetters, quoteSheetName } from "../address";

export interface FormulaSite {
  sheetName: string;
  row: number;
  col: number;
}

const tokenCache = new Map<string, Token[]>();
const refCache = new Map<string, ReturnType<typeof parseStructuredRef>>();

/** Parsed structured reference, cached by its text. */
function parsedRef(text: string): ReturnType<typeof parseStructuredRef> {
  let r = refCache.get(text);
  if (!r) {
    r = parseStructuredRef(text);
    if (refCache.size > 50000) refCache.clear();
    refCache.set(text, r);
  }
  return r;
}

/** Tokens of a formula body (without "="), cached: a calculated column repeats one text a million times. */
export function cachedTokens(body: string): Token[] {
  let t = tokenCache.get(body);
  if (!t) {
    t = tokenize(body);
    if (tokenCache.size > 50000) tokenCache.clear();
    tokenCache.set(body, t);
  }
  return t;
}

/** Finds the index of the ")" matching the "(" at `open`, and the top-level argument token lists. */
function splitArgs(tokens: Token[], open: number): { args: Token[][]; close: number } {
  const args: Token[][] = [[]];
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === "op" && (t.text === "(" || t.text === "{")) {
      depth++;
      if (depth === 1) continue;
    } else if (t.type === "op" && (t.text === ")" || t.text === "}")) {
      depth--;
      if (depth === 0) return { args, close: i };
    } else if (depth === 1 && t.type === "op" && t.text === ",") {
      args.push([]);
      continue;
    }
    args[args.length - 1].push(t);
  }
  throw new Error("Unbalanced parentheses");
}

function rewriteAverageIfs(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === "ident" && t.text.toUpperCase() === "AVERAGEIFS" && isFunctionCall(tokens, i)) {
      let open = i + 1;
      while (tokens[open].type === "space") open++;
      const { args, close } = splitArgs(tokens, open);
      const inner = args.map((a) => untokenize(rewriteAverageIfs(a)));
      const [avg, ...criteria] = inner;
      const text = `(SUMIFS(${[avg, ...criteria].join(",")})/COUNTIFS(${[...criteria, avg, '"<>"'].join(",")}))`;
      out.push({ type: "ident", text });
      i = close;
      continue;
    }
    out.push(t);
  }
  return out;
}

export interface TranslateResult {
  text: string;
  /** Problems found (unknown table or column): the formula still evaluates, to #REF! there. */
  problems: string[];
}

/** Formula (with "=") → HyperFormula formula (with "="). */
export function translateForEngine(
  formula: string,
  site: FormulaSite,
  tables: TableLookup
): TranslateResult {
  const tokens = cachedTokens(formula.slice(1));
  const problems: string[] = [];
  let hasAvgIfs = false;
  const out: Token[] = tokens.map((t, i) => {
    if (t.type === "struct") {
      const res = resolveStructuredRef(parsedRef(t.text), site, tables);
      if (!res.ok) problems.push(res.reason);
      return { type: "ident", text: resolutionToA1(res) };
    }
    if (t.type === "ident") {
      const up = t.text.toUpperCase();
      if ((up === "TRUE" || up === "FALSE") && !isFunctionCall(tokens, i))
        return { type: "ident", text: `${up}()` };
      if (up.startsWith("_XLFN.") || up.startsWith("_XLWS."))
        return { type: "ident", text: t.text.slice(6) };
      if (up === "AVERAGEIFS") hasAvgIfs = true;
    }
    return t;
  });
  const body = untokenize(hasAvgIfs ? rewriteAverageIfs(out) : out);
  return { text: `=${body}`, problems };
}

/** Checks the structured references of a formula; returns the first problem, or null. */
export function structuredProblems(
  formula: string,
  site: FormulaSite,
  tables: TableLookup
): string | null {
  return translateForEngine(formula, site, tables).problems[0] ?? null;
}

/** Excel shows function names and cell references in upper case whatever was typed. */
export function normalizeFormula(formula: string): string {
  const tokens = tokenize(formula.slice(1));
  const out = tokens.map((t, i) => {
    if (
      t.type === "ident" &&
      (isFunctionCall(tokens, i) || CELL_REF.test(t.text) || /^(TRUE|FALSE)$/i.test(t.text))
    ) {
      return { ...t, text: t.text.toUpperCase() };
    }
    return t;
  });
  return `=${untokenize(out)}`;
}

/** True when the formula mentions the table (qualified structured reference) or an unqualified one. */
export function mentionsTable(formula: string, tableName: string): boolean {
  return formula.toLowerCase().includes(tableName.toLowerCase()) || formula.includes("[");
}

/** Rewrites sheet prefixes: renamed sheets get their new name; deleted ones turn the reference into #REF!. */
export function renameSheetInFormula(
  formula: string,
  oldName: string,
  newName: string | null
): string {
  if (
    !formula.toLowerCase().includes(oldName.toLowerCase().replace(/'/g, "''")) &&
    !formula.includes(oldName)
  )
    return formula;
  const tokens = tokenize(formula.slice(1));
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === "sheet" && sheetTokenName(t.text).toLowerCase() === oldName.toLowerCase()) {
      if (newName === null) {
        // the reference after the prefix (A1, A1:B2) is dropped with it
        let j = i + 1;
        if (tokens[j]?.type === "ident") j++;
        if (tokens[j]?.text === ":" && tokens[j + 1]?.type === "ident") j += 2;
        out.push({ type: "error", text: "#REF!" });
        i = j - 1;
        continue;
      }
      out.push({ type: "sheet", text: `${quoteSheetName(newName)}!` });
      continue;
    }
    out.push(t);
  }
  return `=${untokenize(out)}`;
}

/** Rewrites qualified structured references to a table: renamed (newName) or, when deleted (null), #REF!. */
export function renameTableInFormula(
  formula: string,
  oldName: string,
  newName: string | null
): string {
  if (!formula.toLowerCase().includes(oldName.toLowerCase())) return formula;
  const tokens = tokenize(formula.slice(1));
  let changed = false;
  const out = tokens.map((t) => {
    if (t.type !== "struct") return t;
    const ref = parseStructuredRef(t.text);
    if (ref.table.toLowerCase() !== oldName.toLowerCase()) return t;
    changed = true;
    if (newName === null) return { type: "error" as const, text: "#REF!" };
    return { ...t, text: newName + t.text.slice(ref.table.length) };
  });
  return changed ? `=${untokenize(out)}` : formula;
}

/** Rewrites a column name inside structured references to a table (unqualified ones when the formula is in that table). */
export function renameColumnInFormula(
  formula: string,
  tableName: string,
  inTable: boolean,
  oldCol: string,
  newCol: string
): string {
  const tokens = tokenize(formula.slice(1));
  let changed = false;
  const out = tokens.map((t) => {
    if (t.type !== "struct") return t;
    const ref = parseStructuredRef(t.text);
    const target = ref.table ? ref.table.toLowerCase() === tableName.toLowerCase() : inTable;
    if (!target || !ref.columns) return t;
    const cols = ref.columns.map((c) =>
      c.toLowerCase() === oldCol.toLowerCase() ? newCol : c
    ) as [string, string];
    if (cols[0] === ref.columns[0] && cols[1] === ref.columns[1]) return t;
    changed = true;
    if (ref.thisRow && ref.specials.length === 0 && cols[0] === cols[1]) {
      // keep Excel's "@" form: [@Col], or [@[Col name]] when the name needs brackets
      const plain = /^[\p{L}\p{N}_]+$/u.test(cols[0]);
      const at = plain ? `[@${cols[0]}]` : `[@[${escapeColumn(cols[0])}]]`;
      return { ...t, text: `${ref.table}${at}` };
    }
    const rewritten = toFileFormat({ ...ref, columns: cols }, ref.table || tableName);
    if (ref.table) return { ...t, text: rewritten };
    // keep an unqualified reference unqualified
    return { ...t, text: rewritten.slice(tableName.length) };
  });
  return changed ? `=${untokenize(out)}` : formula;
}

/** The formula as stored in a file (OOXML): structured references qualified and with [#This Row] instead of @. */
export function toFileFormula(formula: string, site: FormulaSite, tables: TableLookup): string {
  const tokens = cachedTokens(formula.slice(1));
  const out = tokens.map((t) => {
    if (t.type !== "struct") return t;
    const ref = parseStructuredRef(t.text);
    const table = ref.table
      ? tables.byName(ref.table)
      : tables.containing(site.sheetName, site.row, site.col);
    if (!table) return { type: "error" as const, text: "#REF!" };
    return { ...t, text: toFileFormat(ref, table.name) };
  });
  return untokenize(out);
}

/**
 * Shifts the relative parts of A1 references by (dRows, dCols), as filling a formula down/right does
 * (used when one formula is assigned to a multi-cell range). `$`-anchored parts and structured
 * references do not move. Returns "#REF!" references when a shift leaves the sheet.
 */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  if (dRows === 0 && dCols === 0) return formula;
  const tokens = cachedTokens(formula.slice(1));
  let changed = false;
  const out = tokens.map((t, i) => {
    if (t.type !== "ident" || isFunctionCall(tokens, i)) return t;
    const m = CELL_REF.exec(t.text);
    if (m) {
      const [, colAbs, colLetters, rowAbs, rowDigits] = m;
      let col = columnIndex(colLetters);
      let row = Number(rowDigits) - 1;
      if (!colAbs) col += dCols;
      if (!rowAbs) row += dRows;
      changed = true;
      if (col < 0 || row < 0 || col >= 16384 || row >= 1048576)
        return { type: "error" as const, text: "#REF!" };
      return { ...t, text: `${colAbs}${columnLetters(col)}${rowAbs}${row + 1}` };
    }
    const cm = COL_REF.exec(t.text);
    const prev = tokens[i - 1]?.text === ":" || tokens[i + 1]?.text === ":";
    if (cm && prev && !cm[1] && dCols !== 0) {
      changed = true;
      return { ...t, text: columnLetters(columnIndex(cm[2]) + dCols) };
    }
    return t;
  });
  return changed ? `=${untokenize(out)}` : formula;
}
