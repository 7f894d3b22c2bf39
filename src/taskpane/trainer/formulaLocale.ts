/**
 * Shows a formula as a French Excel user reads it in the formula bar. The Excel API reads and
 * writes formulas with English function names and "," separators whatever the user's language
 * (`range.formulas`); French Excel shows SOMME.SI.ENS, ";" separators and decimal commas.
 * Text in quotes, quoted sheet names and table column names are never translated.
 */
import type { Lang } from "../../domain/import/types";

/** English → French Excel function names (the ones a tracking table and its teaching need). */
export const FRENCH_FUNCTIONS: Readonly<Record<string, string>> = {
  ABS: "ABS",
  AND: "ET",
  AVERAGE: "MOYENNE",
  AVERAGEIF: "MOYENNE.SI",
  AVERAGEIFS: "MOYENNE.SI.ENS",
  CONCAT: "CONCAT",
  CONCATENATE: "CONCATENER",
  COUNT: "NB",
  COUNTA: "NBVAL",
  COUNTBLANK: "NB.VIDE",
  COUNTIF: "NB.SI",
  COUNTIFS: "NB.SI.ENS",
  DATE: "DATE",
  DAY: "JOUR",
  DAYS: "JOURS",
  EDATE: "MOIS.DECALER",
  EOMONTH: "FIN.MOIS",
  HYPERLINK: "LIEN_HYPERTEXTE",
  IF: "SI",
  IFERROR: "SIERREUR",
  IFNA: "SI.NON.DISP",
  IFS: "SI.CONDITIONS",
  INDEX: "INDEX",
  INDIRECT: "INDIRECT",
  INT: "ENT",
  ISBLANK: "ESTVIDE",
  ISERROR: "ESTERREUR",
  ISNUMBER: "ESTNUM",
  ISTEXT: "ESTTEXTE",
  LEFT: "GAUCHE",
  LEN: "NBCAR",
  LET: "LET",
  LOWER: "MINUSCULE",
  MATCH: "EQUIV",
  MAX: "MAX",
  MAXIFS: "MAX.SI.ENS",
  MEDIAN: "MEDIANE",
  MID: "STXT",
  MIN: "MIN",
  MINIFS: "MIN.SI.ENS",
  MOD: "MOD",
  MONTH: "MOIS",
  NA: "NA",
  NOT: "NON",
  NOW: "MAINTENANT",
  OFFSET: "DECALER",
  OR: "OU",
  RIGHT: "DROITE",
  ROUND: "ARRONDI",
  ROUNDDOWN: "ARRONDI.INF",
  ROUNDUP: "ARRONDI.SUP",
  ROW: "LIGNE",
  ROWS: "LIGNES",
  SIGN: "SIGNE",
  SUBTOTAL: "SOUS.TOTAL",
  SUM: "SOMME",
  SUMIF: "SOMME.SI",
  SUMIFS: "SOMME.SI.ENS",
  SUMPRODUCT: "SOMMEPROD",
  TEXT: "TEXTE",
  TEXTJOIN: "JOINDRE.TEXTE",
  TODAY: "AUJOURDHUI",
  TRIM: "SUPPRESPACE",
  UPPER: "MAJUSCULE",
  VALUE: "CNUM",
  VLOOKUP: "RECHERCHEV",
  WEEKDAY: "JOURSEM",
  XLOOKUP: "RECHERCHEX",
  YEAR: "ANNEE",
};

const FRENCH_CONSTANTS: Readonly<Record<string, string>> = { TRUE: "VRAI", FALSE: "FAUX" };

const FRENCH_ERRORS: Readonly<Record<string, string>> = {
  "#VALUE!": "#VALEUR!",
  "#NAME?": "#NOM?",
  "#NUM!": "#NOMBRE!",
  "#NULL!": "#NUL!",
};

/** Special items of structured references. */
const FRENCH_ITEMS: Readonly<Record<string, string>> = {
  "#this row": "#Cette ligne",
  "#totals": "#Totaux",
  "#data": "#Données",
  "#headers": "#En-têtes",
  "#all": "#Tout",
};

/** Prefixes Excel adds to newer functions in file formats; the formula bar never shows them. */
const FUTURE_PREFIX = /^_xl(?:fn|ws)\./i;

const IDENT_START = /[\p{L}_\\$]/u;
const IDENT_PART = /[\p{L}\p{N}_.$\\]/u;

/** The formula as the formula bar shows it in the given display language. */
export function displayFormula(formula: string, lang: Lang): string {
  return lang === "fr" ? toFrenchFormula(formula) : stripFuturePrefixes(formula);
}

/** Removes `_xlfn.` / `_xlws.` prefixes outside text literals. */
export function stripFuturePrefixes(formula: string): string {
  return translate(formula, false);
}

/** English (API) formula → French formula bar text. */
export function toFrenchFormula(formula: string): string {
  return translate(formula, true);
}

function translate(formula: string, french: boolean): string {
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const c = formula[i];
    if (c === '"') {
      // Text literal, "" is an escaped quote.
      const end = endOfQuoted(formula, i, '"');
      out += formula.slice(i, end);
      i = end;
    } else if (c === "'") {
      // Quoted sheet name, '' is an escaped apostrophe.
      const end = endOfQuoted(formula, i, "'");
      out += formula.slice(i, end);
      i = end;
    } else if (c === "[") {
      const end = endOfBrackets(formula, i);
      const ref = formula.slice(i, end);
      out += french ? frenchStructuredReference(ref) : ref;
      i = end;
    } else if (c === "{") {
      // Array constants: kept as written (their separators differ by locale and we never write them).
      const end = formula.indexOf("}", i);
      const stop = end < 0 ? n : end + 1;
      out += formula.slice(i, stop);
      i = stop;
    } else if (c === "#") {
      const m = /^#[A-Z/0]+[!?]|^#N\/A/i.exec(formula.slice(i));
      const token = m ? m[0] : c;
      out += french ? (FRENCH_ERRORS[token.toUpperCase()] ?? token) : token;
      i += token.length;
    } else if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(formula[i + 1] ?? ""))) {
      const m = /^[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?|^[0-9]+\.?/.exec(formula.slice(i));
      const token = m ? m[0] : c;
      out += french ? token.replace(".", ",") : token;
      i += token.length;
    } else if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < n && IDENT_PART.test(formula[j])) j++;
      const word = formula.slice(i, j);
      const isCall = formula[j] === "(";
      out += translateWord(word, isCall, french);
      i = j;
    } else if (c === "," && french) {
      out += ";";
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function translateWord(word: string, isCall: boolean, french: boolean): string {
  const bare = word.replace(FUTURE_PREFIX, "");
  if (!french) return isCall ? bare : word;
  if (isCall) return FRENCH_FUNCTIONS[bare.toUpperCase()] ?? bare;
  return FRENCH_CONSTANTS[word.toUpperCase()] ?? word;
}

/** Index just after the closing quote of a quoted run starting at `start`. */
function endOfQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

/** Index just after the bracket that closes the one at `start`; `'` escapes the next character. */
function endOfBrackets(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === "'") i += 2;
    else {
      if (c === "[") depth++;
      else if (c === "]") {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
  }
  return text.length;
}

/** `[[#This Row],[CA HT]]` → `[[#Cette ligne];[CA HT]]`: only separators and special items change. */
function frenchStructuredReference(ref: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref[i];
    if (c === "'") {
      out += ref.slice(i, i + 2);
      i++;
    } else if (c === "[") {
      depth++;
      out += c;
      const close = ref.indexOf("]", i);
      const item = close > 0 ? ref.slice(i + 1, close) : "";
      const french = FRENCH_ITEMS[item.toLowerCase()];
      if (french) {
        out += french;
        i = close - 1;
      }
    } else if (c === "]") {
      depth--;
      out += c;
    } else if (c === "," && depth === 1) out += ";";
    else out += c;
  }
  return out;
}
