/**
 * Checks run over every generated sentence: numbers parsed back from the text (French and English
 * formats) must equal the figures the sentence claims, to the displayed precision; words must pass
 * a Hunspell dictionary (nspell + dictionary-fr / dictionary-en).
 */
import fs from "fs";
import path from "path";
import nspell from "nspell";
import type { CommentarySentence } from "../../../src/domain/commentary/types";
import type { Lang } from "../../../src/domain/import/types";
import { smallNumberWords } from "../../../src/domain/commentary/format";

// ---------------------------------------------------------------- numbers

export type QuotedUnit = "money" | "percent" | "points" | "ordinal" | "plain";

export interface QuotedNumber {
  raw: string;
  value: number;
  /** Decimals shown. */
  decimals: number;
  /** An explicit "+" or "-" was printed. */
  signed: boolean;
  unit: QuotedUnit;
}

const FR_NUMBER =
  /(?:(?<![\p{N}])([+-]))?(?<![\p{L}\p{N},.])(\d{1,3}(?:\u202f\d{3})+|\d+)(?:,(\d+))?/gu;
const EN_NUMBER =
  /(?:(?<![\p{N}])([+-]))?([$€£¥])?(?<![\p{L}\p{N},.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/gu;

/**
 * The data's own words a sentence quotes (member names, headers, file names): those it records
 * as "label" figures. Each must be one of the data's words (so nothing of ours hides there).
 */
export function labelsOf(s: CommentarySentence, dataWords: string[]): string[] {
  const labels = Object.entries(s.figures)
    .filter(([name]) => s.units?.[name] === "label")
    .map(([, v]) => String(v));
  for (const l of labels)
    if (!dataWords.includes(l)) throw new Error(`"${l}" is quoted as data but is not in the data`);
  return labels;
}

/** Removes the given data words (whole words only) so their digits and spelling are not read. */
export function withoutDataWords(text: string, dataWords: string[]): string {
  let out = text;
  for (const w of [...dataWords].sort((a, b) => b.length - a.length)) {
    if (!w) continue;
    const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu"), " ");
  }
  return out;
}

/** Every number printed in a sentence, with its unit read from the characters around it. */
export function quotedNumbers(text: string, lang: Lang): QuotedNumber[] {
  const out: QuotedNumber[] = [];
  const re = new RegExp(lang === "fr" ? FR_NUMBER : EN_NUMBER);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const sign = m[1] ?? "";
    const symbol = lang === "en" ? (m[2] ?? "") : "";
    const intPart = (lang === "fr" ? m[2] : m[3]).replace(/[\u202f,]/g, "");
    const frac = (lang === "fr" ? m[3] : m[4]) ?? "";
    const after = text.slice(m.index + m[0].length);
    let unit: QuotedUnit = "plain";
    if (symbol) unit = "money";
    else if (/^\u00a0?%/.test(after)) unit = "percent";
    else if (/^ (percentage )?points?\b/.test(after)) unit = "points";
    else if (lang === "fr" && /^\u00a0(€|\$|£|¥|[A-Z]{0,3}\$|\$[A-Z]{2}|[A-Z]{3}\b)/.test(after))
      unit = "money";
    else if (/^(er|st|nd|rd|th)\b/.test(after)) unit = "ordinal";
    const value = Number(`${intPart}${frac ? "." + frac : ""}`) * (sign === "-" ? -1 : 1);
    out.push({ raw: m[0], value, decimals: frac.length, signed: sign !== "", unit });
  }
  return out;
}

/** True when a raw figure, shown with `decimals` decimals, reads as `shown`. */
function sameToPrecision(figure: number, shown: number, decimals: number): boolean {
  return Math.abs(figure - shown) <= 0.5 * 10 ** -decimals + 1e-9;
}

const SCALE: Record<string, number> = { money: 1, percent: 100, points: 100 };

function yearsOf(value: string | number): number[] {
  return String(value)
    .split(/[^0-9]+/)
    .filter((t) => t.length === 4)
    .map(Number);
}

/**
 * Does this printed number stand for one of the sentence's figures? Figures not claimed yet by an
 * earlier number are tried first (two figures may print the same).
 */
export function claimedBy(
  q: QuotedNumber,
  s: CommentarySentence,
  claimed: Set<string> = new Set(),
  plainMoney = false
): string | null {
  const units = s.units ?? {};
  const entries = Object.entries(s.figures);
  const ordered = [
    ...entries.filter(([n]) => !claimed.has(n)),
    ...entries.filter(([n]) => claimed.has(n)),
  ];
  for (const [name, fig] of ordered) {
    const unit = units[name];
    if ((q.unit === "money" || q.unit === "percent" || q.unit === "points") && unit === q.unit) {
      if (typeof fig !== "number") continue;
      const scaled = fig * SCALE[unit];
      const figureValue = q.signed ? scaled : Math.abs(scaled);
      const shown = q.signed ? q.value : Math.abs(q.value);
      if (sameToPrecision(figureValue, shown, q.decimals)) return name;
    }
    // Without a currency, amounts print as plain numbers.
    const asMoney = plainMoney && q.unit === "plain" && unit === "money";
    if (
      asMoney &&
      typeof fig === "number" &&
      sameToPrecision(
        q.signed ? fig : Math.abs(fig),
        q.signed ? q.value : Math.abs(q.value),
        q.decimals
      )
    )
      return name;
    if (q.unit === "plain" && !q.signed) {
      if (unit === "count" && fig === q.value) return name;
      if (unit === "quantity" && typeof fig === "number")
        if (sameToPrecision(Math.abs(fig), q.value, q.decimals)) return name;
      if (
        (unit === "year" || unit === "month" || unit === "date") &&
        yearsOf(fig).includes(q.value)
      )
        return name;
      if (unit === "date" && Number(String(fig).slice(8, 10)) === q.value) return name;
    }
    if (q.unit === "ordinal" && unit === "date" && Number(String(fig).slice(8, 10)) === q.value)
      return name;
  }
  return null;
}

/**
 * Problems of a sentence: printed numbers that no figure claims, and numeric figures (money,
 * percent, points, count) that the text does not print.
 */
export function numberProblems(
  s: CommentarySentence,
  lang: Lang,
  dataWords: string[],
  /** The commentary has no currency: amounts are plain numbers. */
  plainMoney = false
): string[] {
  const problems: string[] = [];
  const quoted = quotedNumbers(withoutDataWords(s.text, labelsOf(s, dataWords)), lang);
  const claimed = new Set<string>();
  for (const q of quoted) {
    const name = claimedBy(q, s, claimed, plainMoney);
    if (name === null) problems.push(`"${q.raw}" (${q.unit}) claims no figure in: ${s.text}`);
    else claimed.add(name);
  }
  // A small count may be printed in words ("plus de deux ans", "in five months").
  const words = new Set(
    (s.text.toLocaleLowerCase().match(/[\p{L}]+/gu) ?? []).filter((w) =>
      smallNumberWords(lang).includes(w)
    )
  );
  for (const [name, unit] of Object.entries(s.units ?? {})) {
    const value = s.figures[name];
    if (
      unit === "count" &&
      !claimed.has(name) &&
      typeof value === "number" &&
      words.has(smallNumberWords(lang)[value] ?? "")
    )
      claimed.add(name);
    if (["money", "percent", "points", "count", "quantity"].includes(unit) && !claimed.has(name))
      problems.push(`figure ${name}=${s.figures[name]} is not printed in: ${s.text}`);
  }
  return problems;
}

// ---------------------------------------------------------------- spelling

const DICTIONARIES = path.resolve(__dirname, "../../../node_modules");

export type Speller = { correct(word: string): boolean };

/**
 * Hunspell dictionaries through nspell. dictionary-fr / dictionary-en are ESM-only packages
 * (their index.js uses top-level await), so under jest (CommonJS) their .aff/.dic files are read
 * directly.
 */
export function loadSpeller(lang: Lang): Speller {
  const dir = path.join(DICTIONARIES, lang === "fr" ? "dictionary-fr" : "dictionary-en");
  return nspell(
    fs.readFileSync(path.join(dir, "index.aff")),
    fs.readFileSync(path.join(dir, "index.dic"))
  );
}

/** Words of a sentence (letters, inner apostrophes and hyphens), skipping "$US", "1er", "17th". */
export function wordsOf(text: string): string[] {
  return text.match(/(?<![\p{L}\p{N}$£¥€])\p{L}+(?:['’-]\p{L}+)*/gu) ?? [];
}

/**
 * Words of generated sentences that the dictionary rejects. Only the data words each sentence
 * itself quotes (its "label" figures) are removed first.
 */
export function misspelled(
  speller: Speller,
  sentences: CommentarySentence[],
  dataWords: string[],
  allowed: Set<string>
): string[] {
  const bad = new Set<string>();
  for (const s of sentences)
    for (const w of wordsOf(withoutDataWords(s.text, labelsOf(s, dataWords))))
      if (!allowed.has(w) && !speller.correct(w)) bad.add(`${w}  ←  ${s.text}`);
  return [...bad];
}
