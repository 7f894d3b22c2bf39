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
import { loadFoodmart, type Loaded } from "./foodmart";

const ALLOWED_FR = new Set<string>([]);
const ALLOWED_EN = new Set<string>([]);

function allTexts(lang: "fr" | "en") {
  return scenarios().map((sc) => ({
    sc,
    texts: [
      ...commentaryVariants(sc, { lang }).flat(),
      ...writeCommentary(sc, { lang }).sentences,
      ...writeCommentary(sc, { lang, currency: "USD" }).sentences,
    ],
  }));
}

// Loading the French dictionary takes several seconds: once for the file.
let fr: Speller;
let en: Speller;
let foodmart: Loaded[];
beforeAll(() => {
  fr = loadSpeller("fr");
  en = loadSpeller("en");
  foodmart = [loadFoodmart("foodmart-1997.csv"), loadFoodmart("foodmart-1997-fr.csv")];
}, 120_000);

/** Every wording for FoodMart (English and French exports), with and without a currency. */
function foodmartTexts(lang: "fr" | "en") {
  return foodmart.map((f) => ({
    f,
    texts: [
      ...commentaryVariants(f, { lang }).flat(),
      ...commentaryVariants(f, { lang, currency: "USD" }).flat(),
      ...writeCommentary(f, { lang, currency: "USD" }).sentences,
    ],
  }));
}

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

describe("FoodMart commentary spells correctly (member names excluded)", () => {
  test.each(["fr", "en"] as const)("%s", (lang) => {
    for (const { f, texts } of foodmartTexts(lang)) {
      expect(texts.length).toBeGreaterThanOrEqual(5);
      expect(
        misspelled(
          lang === "fr" ? fr : en,
          texts,
          f.dataWords,
          lang === "fr" ? ALLOWED_FR : ALLOWED_EN
        )
      ).toEqual([]);
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
