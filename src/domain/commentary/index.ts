/**
 * The commentary: a short French or English text that brings out the significant figures of an
 * analysis, each sentence returned with the insight behind it, the figures it quotes and the cell
 * those figures come from.
 */
import type { Analysis } from "../analysis/types";
import type { ImportResult, Lang } from "../import/types";
import { dimensionKinds, factAnchor, type Fact, sentenceKind } from "./facts";
import { normalizeCurrency } from "./format";
import { capitalize, frenchPunctuation } from "./grammar";
import { englishPack } from "./lang/en";
import { frenchPack } from "./lang/fr";
import { Quoter } from "./quote";
import {
  contributionKey,
  type LanguagePack,
  likeForLikeKey,
  type RenderContext,
  spansSeveralYears,
  taxSuffixOf,
  type Variant,
} from "./render";
import { allFacts, chooseFacts } from "./select";
import type { Commentary, CommentaryOptions, CommentarySentence } from "./types";

export type { Commentary, CommentaryOptions, CommentarySentence } from "./types";

const PACKS: Record<Lang, LanguagePack> = { fr: frenchPack, en: englishPack };

/** Words that must never reach the reader (a figure that failed upstream). */
const FORBIDDEN = /NaN|Infinity|undefined|\bnull\b|\[object Object\]/;

/**
 * Currency of the amounts: the option, else the data's, else the euro for a French export (`;`
 * separator or decimal comma: French Excel's CSV), whatever the language the commentary is written
 * in — the amounts are the same euros in English. Without any of these, the euro in French unless
 * the source is a comma-separated CSV (an English-style export such as FoodMart's dollars); in
 * English, no currency rather than a guess.
 */
export function resolveCurrency(
  lang: Lang,
  option: string | undefined,
  analysis: Analysis,
  importResult?: ImportResult
): string | null {
  const known =
    normalizeCurrency(option) ??
    normalizeCurrency(analysis.currency) ??
    normalizeCurrency(importResult?.table?.currency);
  if (known) return known;
  if (importResult && isFrenchExport(importResult)) return "EUR";
  if (lang !== "fr") return null;
  const englishCsv = importResult?.source.format === "csv" && importResult.source.delimiter === ",";
  return englishCsv ? null : "EUR";
}

/** A French Excel export: `;`-separated, or amounts written with a decimal comma. */
function isFrenchExport(importResult: ImportResult): boolean {
  if (importResult.source.format === "csv" && importResult.source.delimiter === ";") return true;
  return importResult.columns.some((c) => c.role === "revenue" && c.decimalMark === ",");
}

/** FNV-1a: a stable hash, so the same fact always gets the same wording. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** First two words, lower case: two sentences should not open the same way. */
function opening(text: string): string {
  return text.split(/\s+/).slice(0, 2).join(" ").toLocaleLowerCase();
}

/** Final touches: one space between words, capital first letter, French punctuation spacing. */
function finish(text: string, lang: Lang): string {
  const clean = capitalize(text.replace(/ {2,}/g, " ").trim());
  return lang === "fr" ? frenchPunctuation(clean) : clean;
}

/** Removes the data's own words before checking our text for forbidden tokens. */
function withoutLabels(text: string, q: Quoter): string {
  let out = text;
  for (const [name, value] of Object.entries(q.figures))
    if (q.units[name] === "label" && typeof value === "string" && value)
      out = out.split(value).join(" ");
  return out;
}

/**
 * Writes one fact: the variants are tried from a position given by the fact's hash, skipping
 * those that would open like a sentence already written; a variant that would print a forbidden
 * token is never used.
 */
function writeFact(
  fact: Fact,
  variants: Variant[],
  lang: Lang,
  currency: string | null,
  used: { openings: Set<string>; templates: Set<string> }
): { text: string; q: Quoter } | null {
  if (variants.length === 0) return null;
  const start = stableHash(JSON.stringify(fact)) % variants.length;
  const rendered: Array<{ text: string; q: Quoter; template: string }> = [];
  for (let k = 0; k < variants.length; k++) {
    const index = (start + k) % variants.length;
    const q = new Quoter(lang, currency);
    const text = finish(variants[index](q), lang);
    if (!FORBIDDEN.test(withoutLabels(text, q)))
      rendered.push({ text, q, template: `${fact.type}#${index}` });
  }
  // Prefer a wording not used yet for a fact of the same type, then a fresh opening.
  const fresh = (r: (typeof rendered)[number]) => !used.openings.has(opening(r.text));
  const unused = (r: (typeof rendered)[number]) => !used.templates.has(r.template);
  const chosen =
    rendered.find((r) => unused(r) && fresh(r)) ??
    rendered.find(fresh) ??
    rendered.find(unused) ??
    rendered[0];
  if (!chosen) return null;
  used.openings.add(opening(chosen.text));
  used.templates.add(chosen.template);
  return chosen;
}

type CommentaryInput = { analysis: Analysis; importResult?: ImportResult; fileName?: string };

/** Language, currency, wording context and the facts to write (all of them when `all`). */
function prepare(input: CommentaryInput, options: CommentaryOptions, all: boolean) {
  const { analysis, importResult, fileName } = input;
  const lang: Lang = options.lang === "en" ? "en" : "fr";
  const currency = resolveCurrency(lang, options.currency, analysis, importResult);
  const ctx: RenderContext = {
    lang,
    currency,
    withYear: spansSeveralYears(analysis),
    fiscal: analysis.fiscalYearStartMonth !== 1,
    severalYears: analysis.years.length > 1,
    taxSuffix: taxSuffixOf(
      importResult?.table?.measureHeaders.revenue ?? importResult?.roles.revenue ?? null
    ),
  };
  const kinds = dimensionKinds(analysis, importResult);
  const {
    opening: open,
    insights,
    overview,
    caveats,
  } = allFacts(analysis, kinds, importResult, fileName);
  const facts = chooseFacts(open, insights, caveats, all ? Infinity : options.sentences, overview);
  return { lang, currency, ctx, facts, pack: PACKS[lang] };
}

function sentenceOf(fact: Fact, written: { text: string; q: Quoter }, analysis: Analysis) {
  return {
    text: written.text,
    insight: sentenceKind(fact),
    figures: written.q.figures,
    units: written.q.units,
    anchor: factAnchor(fact, analysis),
  };
}

/**
 * The commentary for an analysis: French by default, 4 to 8 sentences unless `options.sentences`
 * says how many; the opening on the period's total, the strongest facts, caveats last.
 */
export function writeCommentary(
  input: CommentaryInput,
  options: CommentaryOptions = {}
): Commentary {
  const { lang, currency, ctx, facts, pack } = prepare(input, options, false);
  const used = { openings: new Set<string>(), templates: new Set<string>() };
  const sentences: CommentarySentence[] = [];
  // What earlier sentences said: the like-for-like periods they named, the changes they explained.
  const periods = new Set<string>();
  const explained = new Set<string>();
  let previous: string | null = null;
  for (const fact of facts) {
    const period = likeForLikeKey(fact);
    const change = contributionKey(fact);
    const factCtx: RenderContext = {
      ...ctx,
      periodSaid:
        period === null || !periods.has(period)
          ? undefined
          : previous === period
            ? "previous"
            : "earlier",
      otherDimension: change !== null && explained.has(change),
    };
    const written = writeFact(fact, pack(fact, factCtx), lang, currency, used);
    if (!written) continue;
    sentences.push(sentenceOf(fact, written, input.analysis));
    if (period !== null) periods.add(period);
    if (change !== null) explained.add(change);
    previous = period;
  }
  return { lang, text: sentences.map((s) => s.text).join(" "), sentences, currency };
}

/**
 * Every wording of every fact the commentary could write for this input, not only the ones
 * chosen: for review (and for tests that check every template, not just those a hash picked).
 */
export function commentaryVariants(
  input: CommentaryInput,
  options: CommentaryOptions = {}
): CommentarySentence[][] {
  const { lang, currency, ctx, facts, pack } = prepare(input, options, true);
  return facts.map((fact) =>
    pack(fact, ctx).map((variant) => {
      const q = new Quoter(lang, currency);
      const text = finish(variant(q), lang);
      return sentenceOf(fact, { text, q }, input.analysis);
    })
  );
}
