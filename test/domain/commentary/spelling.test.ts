/**
 * Spelling: every word of every wording the commentary can produce for the synthetic scenarios
 * (every insight kind, both languages) passes Hunspell (nspell + dictionary-fr / dictionary-en),
 * except the data's own words (member names, headers, file names), excluded explicitly per
 * scenario. No word of ours is whitelisted: the lists below are empty on purpose, and a correct
 * word missing from a dictionary would be added with a comment saying why it is correct.
 */
import { commentaryVariants, writeCommentary } from "../../../src/domain/commentary";
import { loadSpeller, misspelled, type Speller, wordsOf } from "./check";
import { scenarios } from "./fixtures";

const ALLOWED_FR = new Set<string>([]);
const ALLOWED_EN = new Set<string>([]);

function allTexts(lang: "fr" | "en") {
  return scenarios().map((sc) => ({
    sc,
    texts: [
      ...commentaryVariants(sc, { lang }).flat(),
      ...writeCommentary(sc, { lang }).sentences,
      ...writeCommentary(sc, { lang, currency: "USD" }).sentences,
    ].map((s) => s.text),
  }));
}

// Loading the French dictionary takes several seconds: once for the file.
let fr: Speller;
let en: Speller;
beforeAll(() => {
  fr = loadSpeller("fr");
  en = loadSpeller("en");
}, 120_000);

describe("the spell checker itself", () => {
  test("nspell loads dictionary-fr under jest and rejects a misspelling", () => {
    expect(fr.correct("hausse")).toBe(true);
    expect(fr.correct("d'avril")).toBe(true);
    expect(fr.correct("haussse")).toBe(false);
    expect(fr.correct("taux de marque".split(" ")[2])).toBe(true);
  });
  test("tokenizer keeps elisions and compounds, skips $US and ordinals", () => {
    expect(wordsOf("D'une année sur l'autre, 56\u202f966\u00a0$US au-dessus du 1er")).toEqual([
      "D'une",
      "année",
      "sur",
      "l'autre",
      "au-dessus",
      "du",
    ]);
  });
});

describe("French commentary spells correctly", () => {
  test("every wording of every scenario", () => {
    for (const { sc, texts } of allTexts("fr")) {
      expect(texts.length).toBeGreaterThan(0);
      expect(misspelled(fr, texts, sc.dataWords, ALLOWED_FR)).toEqual([]);
    }
  });
});

describe("English commentary spells correctly", () => {
  test("every wording of every scenario", () => {
    for (const { sc, texts } of allTexts("en")) {
      expect(texts.length).toBeGreaterThan(0);
      expect(misspelled(en, texts, sc.dataWords, ALLOWED_EN)).toEqual([]);
    }
  });
  test("the English dictionary rejects French words (the check is not vacuous)", () => {
    expect(en.correct("chiffre")).toBe(false);
    expect(en.correct("revenue")).toBe(true);
  });
});
