/**
 * Excel's reading of delimited text whose quotes papaparse finds malformed, one record at a time.
 *
 * Excel, opening a CSV, keeps every line of a real export: a field that starts with a quote is
 * quoted (`""` inside is one quote) and the characters after its closing quote, up to the next
 * separator, are kept as they are (`"300")` → `300)`); a quote inside an unquoted field is a
 * plain character (`=HYPERLINK("http://x"`). Papaparse instead looks for a closing quote followed
 * by a separator and may swallow the rest of the file into one cell. The rule here:
 * - a quoted field may span line breaks only when it is properly closed (its closing quote followed
 *   by a separator, a line break or the end) and the record so formed has no more fields than the
 *   widest record read before (the header);
 * - a quote opened and not closed on its line (under that rule) is a plain character: the field
 *   ends at the next separator and the record at the end of its line.
 * So every physical line is kept, in its own record or in a properly quoted multi-line one.
 */

/** How a record's quotes were malformed (the first problem of the record). */
export interface QuoteProblem {
  /** Index of the field (0-based). */
  field: number;
  /** "trailing": text after a closing quote, kept; "unterminated": quote read as a character. */
  kind: "trailing" | "unterminated";
  /** The field as read. */
  value: string;
}

/** One record read by `readExcelRecord`. */
export interface ExcelRecord {
  cells: string[];
  /** Offset just after the record's line break (the text's length at the end). */
  end: number;
  quote: QuoteProblem | null;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Offset of the end of the line holding `pos` (the line break's offset, or the text's length). */
function lineEnd(text: string, pos: number): number {
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i;
  }
  return text.length;
}

/** Offset after the line break at `pos` (\r\n, \n or \r), or `pos` at the end of the text. */
function afterBreak(text: string, pos: number): number {
  if (pos >= text.length) return pos;
  if (text.charCodeAt(pos) === CR && text.charCodeAt(pos + 1) === LF) return pos + 2;
  return pos + 1;
}

function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return true;
  }
  return false;
}

/** An unquoted field from `pos`: up to the next separator or line break, quotes included. */
function unquotedEnd(text: string, pos: number, delimiter: string): number {
  const eol = lineEnd(text, pos);
  const sep = text.indexOf(delimiter, pos);
  return sep >= 0 && sep < eol ? sep : eol;
}

function parseRecord(
  text: string,
  start: number,
  delimiter: string,
  multiline: boolean
): ExcelRecord & { spanned: boolean } {
  const cells: string[] = [];
  let quote: QuoteProblem | null = null;
  let spanned = false;
  let i = start;
  for (;;) {
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      // Closing quote: the first quote not doubled.
      let j = i + 1;
      let content = "";
      let close = -1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) break;
        if (text.charCodeAt(q + 1) === QUOTE) {
          content += text.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        content += text.slice(j, q);
        close = q;
        break;
      }
      const crosses = close >= 0 && hasBreak(text, i, close);
      const next = close + 1;
      const nextCode = next < text.length ? text.charCodeAt(next) : -1;
      const proper =
        close >= 0 &&
        (nextCode === -1 || nextCode === LF || nextCode === CR || text.startsWith(delimiter, next));
      if (close >= 0 && !crosses && proper) {
        value = content;
        i = next;
      } else if (close >= 0 && !crosses) {
        // Excel keeps what follows the closing quote, up to the next separator.
        const end = unquotedEnd(text, next, delimiter);
        value = content + text.slice(next, end);
        quote ??= { field: cells.length, kind: "trailing", value };
        i = end;
      } else if (close >= 0 && crosses && proper && multiline) {
        value = content;
        spanned = true;
        i = next;
      } else {
        // Never closed on its line: the quote is a character, the field ends at the separator.
        const end = unquotedEnd(text, i, delimiter);
        value = text.slice(i, end);
        quote ??= { field: cells.length, kind: "unterminated", value };
        i = end;
      }
    } else {
      const end = unquotedEnd(text, i, delimiter);
      value = text.slice(i, end);
      i = end;
    }
    cells.push(value);
    if (i < text.length && text.startsWith(delimiter, i)) {
      i += delimiter.length;
      continue;
    }
    return { cells, end: afterBreak(text, i), quote, spanned };
  }
}

/**
 * Reads the record starting at `start` the way Excel does (see the module comment). `maxFields`:
 * the widest record read before; a multi-line quoted field that would make the record wider is
 * read as an unterminated quote instead.
 */
export function readExcelRecord(
  text: string,
  start: number,
  delimiter: string,
  maxFields = Infinity
): ExcelRecord {
  const first = parseRecord(text, start, delimiter, true);
  if (first.spanned && first.cells.length > maxFields) {
    const { cells, end, quote } = parseRecord(text, start, delimiter, false);
    return { cells, end, quote };
  }
  return { cells: first.cells, end: first.end, quote: first.quote };
}

/**
 * Line breaks between two offsets, counting `\n` (or `\r` in a file whose lines end with `\r`
 * alone). The next break's offset is kept so that a whole file is scanned once.
 */
export function createBreakCounter(
  text: string,
  linebreak: string
): (from: number, to: number) => number {
  const ch = linebreak === "\r" ? "\r" : "\n";
  const find = (from: number): number => {
    const at = text.indexOf(ch, from);
    return at < 0 ? Infinity : at;
  };
  let next = -1;
  let lastFrom = 0;
  return (from, to) => {
    if (next < from || from < lastFrom) next = find(from);
    lastFrom = from;
    let n = 0;
    while (next < to) {
      n++;
      next = find(next + 1);
    }
    return n;
  };
}
