/**
 * Numbers as sales exports write them: `1 234,56 €`, `1 234,56` with no-break or narrow no-break
 * spaces, `1,234.56`, `$1,234.56`, `(120.00)`, `120-`, `12 %`, `1,5E+03`, `-` (accounting zero).
 *
 * The decimal mark is decided per COLUMN (see `decideDecimalMark`), then every cell is read with
 * the same mark by `scanNumber`, a single pass over the characters (no regular expression) that
 * also reports what the cell says about the decimal mark, so the decision can be re-checked
 * against all the values of the column.
 */

export type DecimalMark = "." | ",";

/** Outcome of reading one cell; reused between calls (no allocation per cell). */
export interface NumberScan {
  /** SCAN_OK, SCAN_EMPTY or SCAN_INVALID. */
  status: number;
  /** Digits after the decimal mark (2 for `5.50`), +2 for a percentage. */
  decimals: number;
  /** What the text says about the decimal mark: EVIDENCE_NONE, _DOT, _COMMA or _AMBIGUOUS. */
  evidence: number;
  /** The text ended with `%` (value already divided by 100). */
  percent: boolean;
  /** ISO 4217 code of a currency sign or code written in the cell, else null. */
  currency: string | null;
}

export const SCAN_OK = 0;
export const SCAN_EMPTY = 1;
export const SCAN_INVALID = 2;

export const EVIDENCE_NONE = 0;
export const EVIDENCE_DOT = 1;
export const EVIDENCE_COMMA = 2;
/** A single mark followed by three digits (`1,234`): decimal or thousands, the cell cannot tell. */
export const EVIDENCE_AMBIGUOUS = 3;

/** A fresh scan record for `scanNumber`. */
export function createNumberScan(): NumberScan {
  return { status: SCAN_OK, decimals: 0, evidence: EVIDENCE_NONE, percent: false, currency: null };
}

const POW10: number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Currency signs written before or after amounts. `$` is read as USD (documented). */
const CURRENCY_SIGNS: Record<number, string> = {
  0x20ac: "EUR", // €
  0x24: "USD", // $
  0xa3: "GBP", // £
  0xa5: "JPY", // ¥
};

/** Words accepted around an amount: ISO codes, and the tax words of French exports. */
const CURRENCY_WORDS: Record<string, string | null> = {
  EUR: "EUR",
  EURO: "EUR",
  EUROS: "EUR",
  USD: "USD",
  US: null, // "US$"
  GBP: "GBP",
  CHF: "CHF",
  CAD: "CAD",
  JPY: "JPY",
  HT: null,
  TTC: null,
};

/** Characters that separate groups of thousands besides `.` and `,`. */
function isSpaceLike(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 9;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isMinus(c: number): boolean {
  return c === 45 || c === 0x2212 || c === 0x2013 || c === 0x2014;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Reads `text` as a number whose decimal mark is `decimal` (the other of `.` `,` then groups
 * thousands, as do spaces and apostrophes). Returns the value, or NaN when the cell is empty
 * (`out.status === SCAN_EMPTY`) or not a number (`SCAN_INVALID`). Never throws.
 */
export function scanNumber(text: string, decimal: DecimalMark, out: NumberScan): number {
  const dec = decimal === "," ? 44 : 46;
  out.status = SCAN_OK;
  out.decimals = 0;
  out.evidence = EVIDENCE_NONE;
  out.percent = false;
  out.currency = null;
  const n = text.length;
  // Fast path: [-]digits[<decimal>digits], the shape of nearly every cell of an export.
  let i = 0;
  let neg = false;
  if (n > 0 && text.charCodeAt(0) === 45) {
    neg = true;
    i = 1;
  }
  let mant = 0;
  let intDigits = 0;
  let fracDigits = 0;
  let intValue = 0;
  let sawDec = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mant = mant * 10 + (c - 48);
      if (sawDec) fracDigits++;
      else intDigits++;
    } else if (c === dec && !sawDec) {
      sawDec = true;
      intValue = mant;
    } else {
      return scanNumberSlow(text, dec, out);
    }
  }
  const digits = intDigits + fracDigits;
  if (digits === 0 || digits > 15) return scanNumberSlow(text, dec, out);
  if (sawDec) {
    const ambiguous = fracDigits === 3 && intDigits <= 3 && intValue !== 0;
    out.evidence = ambiguous ? EVIDENCE_AMBIGUOUS : dec === 44 ? EVIDENCE_COMMA : EVIDENCE_DOT;
  }
  out.decimals = fracDigits;
  const value = fracDigits === 0 ? mant : mant / POW10[fracDigits];
  return neg ? -value : value;
}

/** General reader: signs, parentheses, currency, spaces, groups, exponent, percent. */
function scanNumberSlow(text: string, dec: number, out: NumberScan): number {
  const n = text.length;
  const group = dec === 44 ? 46 : 44;
  let i = 0;
  let neg = false;
  let paren = false;
  let closeParen = false;
  let currency: string | null = null;
  let signSeen = false;
  let wordStart = -1;

  // Prefix: spaces, one sign, one opening parenthesis, a currency sign or code.
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) break;
    if (c === dec && i + 1 < n && isDigit(text.charCodeAt(i + 1))) break;
    if (isSpaceLike(c)) {
      if (!closeWord()) return invalid(out);
      continue;
    }
    if (isLetter(c)) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (!closeWord()) return invalid(out);
    if (isMinus(c) || c === 43) {
      if (signSeen) return invalid(out);
      signSeen = true;
      neg = c !== 43;
    } else if (c === 40) {
      if (paren) return invalid(out);
      paren = true;
    } else if (CURRENCY_SIGNS[c] !== undefined) {
      if (currency !== null && currency !== CURRENCY_SIGNS[c]) return invalid(out);
      currency = CURRENCY_SIGNS[c];
    } else {
      return invalid(out);
    }
  }
  if (!closeWord()) return invalid(out);

  if (i >= n) {
    // No digit at all: blank, an accounting zero ("-", "- €"), or text.
    if (!signSeen && !paren && currency === null) {
      out.status = SCAN_EMPTY;
      return NaN;
    }
    if (signSeen && neg && !paren) {
      out.currency = currency;
      return 0;
    }
    return invalid(out);
  }

  // Number part.
  let mant = 0;
  let digits = 0;
  let fracDigits = 0;
  let sawDec = false;
  let groupChar = -1; // the separator used for thousands in this cell
  let groupDigits = 0; // digits in the current group
  let firstDigit = -1;
  let exp = 0;
  // Evidence, independent of `dec`: counts of raw marks and digits around them.
  let dots = 0;
  let commas = 0;
  let lastMark = -1;
  let digitsAfterMark = 0;
  let digitsBeforeMark = -1;
  let spaceGrouped = false;

  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      if (digits === 0) firstDigit = c - 48;
      mant = mant * 10 + (c - 48);
      digits++;
      if (sawDec) fracDigits++;
      else groupDigits++;
      digitsAfterMark++;
      continue;
    }
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    if (c === 46 || c === 44) {
      if (c === 46) dots++;
      else commas++;
      if (digitsBeforeMark < 0) digitsBeforeMark = digits;
      lastMark = c;
      digitsAfterMark = 0;
    }
    if (c === dec && !sawDec) {
      if (groupChar >= 0 && groupDigits !== 3) return invalid(out);
      sawDec = true;
      continue;
    }
    const isGroup = c === group || isSpaceLike(c) || isApostrophe(c);
    if (isGroup && !sawDec && isDigit(next)) {
      const kind = isSpaceLike(c) ? 32 : isApostrophe(c) ? 39 : c;
      if (groupChar >= 0 && kind !== groupChar) return invalid(out);
      if (groupChar < 0) {
        if (groupDigits < 1 || groupDigits > 3) return invalid(out);
      } else if (groupDigits !== 3) {
        return invalid(out);
      }
      if (kind === 32 || kind === 39) spaceGrouped = true;
      groupChar = kind;
      groupDigits = 0;
      continue;
    }
    if ((c === 101 || c === 69) && digits > 0) {
      // Exponent: E[+-]digits.
      let j = i + 1;
      let expNeg = false;
      if (j < n && (text.charCodeAt(j) === 43 || isMinus(text.charCodeAt(j)))) {
        expNeg = !(text.charCodeAt(j) === 43);
        j++;
      }
      let expDigits = 0;
      while (j < n && isDigit(text.charCodeAt(j)) && expDigits < 4) {
        exp = exp * 10 + (text.charCodeAt(j) - 48);
        expDigits++;
        j++;
      }
      if (expDigits > 0) {
        if (expNeg) exp = -exp;
        i = j;
      }
    }
    break;
  }
  if (digits === 0) return invalid(out);
  if (groupChar >= 0 && !sawDec && groupDigits !== 3) return invalid(out);

  // Suffix: spaces, percent, closing parenthesis, trailing minus, currency sign or code.
  let percent = false;
  let trailingMinus = false;
  wordStart = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (!closeWord()) return invalid(out);
    if (isSpaceLike(c)) continue;
    if (c === 37 && !percent) percent = true;
    else if (c === 41 && paren && !closeParen) closeParen = true;
    else if (isMinus(c) && !signSeen && !trailingMinus) trailingMinus = true;
    else if (CURRENCY_SIGNS[c] !== undefined) {
      if (currency !== null && currency !== CURRENCY_SIGNS[c]) return invalid(out);
      currency = CURRENCY_SIGNS[c];
    } else return invalid(out);
  }
  if (!closeWord()) return invalid(out);
  if (paren !== closeParen) return invalid(out);
  if (paren && (signSeen || trailingMinus)) return invalid(out);
  neg = neg || paren || trailingMinus;

  // Value: exact when the digits fit in 15 (mantissa / power of ten is correctly rounded).
  let value: number;
  const scale = fracDigits - exp;
  if (digits <= 15 && scale >= -22 && scale <= 22) {
    value = scale >= 0 ? mant / POW10[scale] : mant * POW10[-scale];
  } else {
    value = Number(normalizedDigits(text, dec) + (exp !== 0 ? "e" + exp : ""));
  }
  if (!Number.isFinite(value)) return invalid(out);
  let decimals = scale > 0 ? scale : 0;
  if (percent) {
    value = value / 100;
    decimals += 2;
  }

  // Evidence about the decimal mark.
  if (dots > 0 && commas > 0) out.evidence = lastMark === 44 ? EVIDENCE_COMMA : EVIDENCE_DOT;
  else if (dots + commas >= 2) out.evidence = dots > 0 ? EVIDENCE_COMMA : EVIDENCE_DOT;
  else if (dots + commas === 1) {
    const markEvidence = dots > 0 ? EVIDENCE_DOT : EVIDENCE_COMMA;
    const ambiguous =
      !spaceGrouped &&
      digitsAfterMark === 3 &&
      digitsBeforeMark >= 1 &&
      digitsBeforeMark <= 3 &&
      firstDigit !== 0;
    out.evidence = ambiguous ? EVIDENCE_AMBIGUOUS : markEvidence;
  }

  out.decimals = decimals;
  out.percent = percent;
  out.currency = currency;
  return neg ? -value : value;

  /** Ends a word of letters: it must be a known currency code or tax word. */
  function closeWord(): boolean {
    if (wordStart < 0) return true;
    const word = text.slice(wordStart, i).toUpperCase();
    wordStart = -1;
    if (!(word in CURRENCY_WORDS)) return false;
    const code = CURRENCY_WORDS[word];
    if (code !== null) {
      if (currency !== null && currency !== code) return false;
      currency = code;
    }
    return true;
  }
}

function invalid(out: NumberScan): number {
  out.status = SCAN_INVALID;
  return NaN;
}

/** Digits of the text with `.` as decimal mark, for numbers too long for the exact fast path. */
function normalizedDigits(text: string, dec: number): string {
  let s = "";
  let inExp = false;
  for (let i = 0; i < text.length && !inExp; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) s += text[i];
    else if (c === dec) s += ".";
    else if ((c === 101 || c === 69) && s.length > 0) inExp = true;
  }
  return s;
}

/** A parsed cell, for callers outside the hot loop. */
export interface ParsedNumber {
  value: number;
  decimals: number;
  percent: boolean;
  currency: string | null;
}

/**
 * Reads one number. Without `decimal`, the cell's own evidence decides (`.` when it says
 * nothing). Returns null for an empty cell or a text that is not a number.
 */
export function parseNumber(text: string, decimal?: DecimalMark): ParsedNumber | null {
  const scan = createNumberScan();
  let mark: DecimalMark = decimal ?? ".";
  let value = scanNumber(text, mark, scan);
  if (decimal === undefined && scan.evidence === EVIDENCE_COMMA) {
    mark = ",";
    value = scanNumber(text, mark, scan);
  } else if (decimal === undefined && scan.status === SCAN_INVALID) {
    value = scanNumber(text, ",", scan);
  }
  if (scan.status !== SCAN_OK) return null;
  return { value, decimals: scan.decimals, percent: scan.percent, currency: scan.currency };
}

/** Tally of the evidence a column's cells give about their decimal mark. */
export interface DecimalVotes {
  dot: number;
  comma: number;
}

/**
 * The decimal mark of a column from the evidence of all its values: the mark some values prove
 * and none contradicts; the majority when values disagree (the minority then fails to read and
 * is reported); `fallback` when no value tells (integers, or only `1,234`-like cells).
 */
export function decideDecimalMark(votes: DecimalVotes, fallback: DecimalMark): DecimalMark {
  if (votes.dot === 0 && votes.comma === 0) return fallback;
  return votes.comma > votes.dot ? "," : ".";
}

/** Adds one scan's evidence to the tally. */
export function countEvidence(votes: DecimalVotes, evidence: number): void {
  if (evidence === EVIDENCE_DOT) votes.dot++;
  else if (evidence === EVIDENCE_COMMA) votes.comma++;
}

/** ISO 4217 code of the currency named by a header such as "CA HT (€)" or "Sales USD", else null. */
export function currencyFromText(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const code = CURRENCY_SIGNS[text.charCodeAt(i)];
    if (code !== undefined) return code;
  }
  const upper = text.toUpperCase();
  for (const word of ["EUR", "USD", "GBP", "CHF", "CAD", "JPY"]) {
    if (new RegExp(`(^|[^A-Z])${word}`).test(upper)) return word;
  }
  return null;
}

/** Number of decimals of a double as JavaScript prints it (5.5 → 1, 1e-7 → 7), capped at 10. */
export function decimalsOfNumber(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const s = String(Math.abs(value));
  const e = s.indexOf("e-");
  if (e >= 0) {
    const dot = s.indexOf(".");
    const mantDecimals = dot >= 0 && dot < e ? e - dot - 1 : 0;
    return Math.min(10, mantDecimals + Number(s.slice(e + 2)));
  }
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : Math.min(10, s.length - dot - 1);
}
