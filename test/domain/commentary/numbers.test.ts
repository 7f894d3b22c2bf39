/**
 * Number round-trip: every number printed in any wording of any scenario, parsed back from its
 * French or English format, equals the figure the sentence claims to quote, to the displayed
 * precision; and every figure a sentence claims is printed.
 */
import { commentaryVariants, writeCommentary } from "../../../src/domain/commentary";
import { claimedBy, numberProblems, quotedNumbers } from "./check";
import { scenarios } from "./fixtures";

describe("the parser reads both typographies", () => {
  test("French", () => {
    const q = quotedNumbers(
      "Le CA atteint 1\u202f284\u202f350\u00a0€, en hausse de 8,4\u00a0% ; +9\u202f200\u00a0$US, 2,3 points, le 1er, exercice 2022-2023.",
      "fr"
    );
    expect(q.map((x) => [x.value, x.unit, x.signed, x.decimals])).toEqual([
      [1284350, "money", false, 0],
      [8.4, "percent", false, 1],
      [9200, "money", true, 0],
      [2.3, "points", false, 1],
      [1, "ordinal", false, 0],
      [2022, "plain", false, 0],
      [2023, "plain", false, 0],
    ]);
  });
  test("English", () => {
    const q = quotedNumbers(
      "Revenue reached $1,284,350, up 8.4%; -€9,200, 12.50, July 12th.",
      "en"
    );
    expect(q.map((x) => [x.value, x.unit, x.signed])).toEqual([
      [1284350, "money", false],
      [8.4, "percent", false],
      [-9200, "money", true],
      [12.5, "plain", false],
      [12, "ordinal", false],
    ]);
  });
  test("a wrong figure is caught", () => {
    const sentence = {
      text: "Le CA atteint 1\u202f284\u202f351\u00a0€.",
      insight: "total" as const,
      figures: { revenue: 1284350.2 },
      units: { revenue: "money" as const },
      anchor: null,
    };
    expect(numberProblems(sentence, "fr", [])).toHaveLength(2);
    expect(claimedBy(quotedNumbers("1\u202f284\u202f350\u00a0€", "fr")[0], sentence)).toBe(
      "revenue"
    );
  });
});

describe("round-trip over every generated sentence", () => {
  for (const sc of scenarios())
    for (const lang of ["fr", "en"] as const)
      test(`${sc.name} [${lang}]`, () => {
        const sentences = [
          ...commentaryVariants(sc, { lang }).flat(),
          ...writeCommentary(sc, { lang }).sentences,
        ];
        expect(sentences.length).toBeGreaterThan(0);
        const problems = sentences.flatMap((s) => numberProblems(s, lang, sc.dataWords));
        expect(problems).toEqual([]);
        // Each sentence carries at least one figure.
        for (const s of sentences) expect(quotedNumbers(s.text, lang).length).toBeGreaterThan(0);
      });
});
