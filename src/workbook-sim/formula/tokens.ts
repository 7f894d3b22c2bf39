/**
 * A small tokenizer for Excel formulas (English function names, `,` separators, as `range.formulas`
 * takes them). It keeps every character of the source, so a formula can be rewritten token by token:
 * structured references translated to A1 ranges, sheet or table names renamed, relative references shifted.
 */

export type TokenType =
  | "string" // "text" with "" escapes
  | "sheet" // a sheet prefix, quoted or not, including the "!"
  | "struct" // a structured reference: Table[...] or [...] (this table)
  | "ident" // function names, defined names, cell references (A1, $B$2), TRUE/FALSE
  | "number"
  | "error" // #DIV/0!, #N/A, #REF! ...
  | "op" // operators and punctuation: + - * / ^ & = < > : , ( ) { } ; % !
  | "space";

export interface Token {
  type: TokenType;
  text: string;
}

const ERRORS = [
  "#DIV/0!",
  "#N/A",
  "#NAME?",
  "#NULL!",
  "#NUM!",
  "#REF!",
  "#VALUE!",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
];

const IDENT_START = /[\p{L}_\\]/u;
const IDENT_CHAR = /[\p{L}\p{N}_.$\\?]/u;

/** Reads a bracketed structured-reference part starting at `i` (which is "["). Returns the index after the matching "]". */
function readBrackets(src: string, i: number): number {
  let depth = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === "'") {
      i += 2; // "'" escapes the next character inside a column name
      continue;
    }
    if (ch === "[") depth++;
    else if (ch === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  throw new Error("Unbalanced brackets in structured reference");
}

/** Tokenizes a formula; the leading "=" is not part of the input. Throws on unterminated strings or brackets. */
export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const prevSignificant = (): Token | undefined => {
    for (let k = out.length - 1; k >= 0; k--) if (out[k].type !== "space") return out[k];
    return undefined;
  };
  while (i < src.length) {
    const ch = src[i];
    if (ch === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= src.length) throw new Error("Unterminated string in formula");
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      out.push({ type: "string", text: src.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      for (;;) {
        if (j >= src.length) throw new Error("Unterminated sheet name in formula");
        if (src[j] === "'") {
          if (src[j + 1] === "'") {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      if (src[j + 1] !== "!") throw new Error("Quoted name must be a sheet reference");
      out.push({ type: "sheet", text: src.slice(i, j + 2) });
      i = j + 2;
      continue;
    }
    if (ch === "#") {
      const err = ERRORS.find((e) => src.slice(i, i + e.length).toUpperCase() === e);
      if (err) {
        out.push({ type: "error", text: err });
        i += err.length;
        continue;
      }
    }
    if (ch === "[") {
      const prev = prevSignificant();
      const operandExpected = !prev || (prev.type === "op" && !/^[)}%]$/.test(prev.text));
      if (operandExpected) {
        const j = readBrackets(src, i);
        out.push({ type: "struct", text: src.slice(i, j) });
        i = j;
        continue;
      }
    }
    if (/\s/.test(ch)) {
      let j = i;
      while (j < src.length && /\s/.test(src[j])) j++;
      out.push({ type: "space", text: src.slice(i, j) });
      i = j;
      continue;
    }
    if (/[0-9]/.test(ch) || (ch === "." && /[0-9]/.test(src[i + 1] ?? ""))) {
      const m = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
      const text = m ? m[0] : ch;
      // A row range such as 1:3 or a sheet named like a number is read as numbers and ":" here: fine.
      out.push({ type: "number", text });
      i += text.length;
      continue;
    }
    if (ch === "$" || IDENT_START.test(ch)) {
      let j = i + 1;
      while (j < src.length && IDENT_CHAR.test(src[j])) j++;
      const text = src.slice(i, j);
      if (src[j] === "!") {
        out.push({ type: "sheet", text: src.slice(i, j + 1) });
        i = j + 1;
        continue;
      }
      if (src[j] === "[") {
        const k = readBrackets(src, j);
        out.push({ type: "struct", text: src.slice(i, k) });
        i = k;
        continue;
      }
      out.push({ type: "ident", text });
      i = j;
      continue;
    }
    if ((ch === "<" || ch === ">") && (src[i + 1] === "=" || (ch === "<" && src[i + 1] === ">"))) {
      out.push({ type: "op", text: src.slice(i, i + 2) });
      i += 2;
      continue;
    }
    out.push({ type: "op", text: ch });
    i++;
  }
  return out;
}

export function untokenize(tokens: Token[]): string {
  let s = "";
  for (const t of tokens) s += t.text;
  return s;
}

/** The sheet name of a sheet-prefix token, unquoted (`'L''été'!` → `L'été`). */
export function sheetTokenName(text: string): string {
  const body = text.slice(0, -1);
  if (body.startsWith("'")) return body.slice(1, -1).replace(/''/g, "'");
  return body;
}

export const CELL_REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
export const COL_REF = /^(\$?)([A-Za-z]{1,3})$/;

/** True when the next non-space token after index i is "(" (the identifier is a function name). */
export function isFunctionCall(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) {
    if (tokens[k].type === "space") continue;
    return tokens[k].type === "op" && tokens[k].text === "(";
  }
  return false;
}
