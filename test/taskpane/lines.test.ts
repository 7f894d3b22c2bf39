/**
 * What the pane keeps on one line and where it lets text wrap: figures (signed amounts, percents)
 * are never cut, formulas wrap after an argument separator with their table references whole,
 * and the facts list's French elides "de" before a vowel.
 */
import type { Insight } from "../../src/domain/analysis/types";
import { describeInsight, fromMonthFr } from "../../src/taskpane/i18n/facts";
import { splitFigures } from "../../src/taskpane/i18n/figures";
import { formatChange, formatMoneyRounded } from "../../src/taskpane/i18n/format";
import { formulaParts } from "../../src/taskpane/trainer/formulaLines";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

const figures = (text: string) =>
  splitFigures(text)
    .filter((p) => p.figure)
    .map((p) => p.text);

describe("splitFigures", () => {
  test("the commentary's signed amounts, French and English, are single figures", () => {
    const fr = `porte toute la hausse du CA HT${NBSP}: +59${NNBSP}449${NBSP}€, plus que la hausse totale (+38${NNBSP}541${NBSP}€)${NNBSP};`;
    expect(figures(fr)).toEqual([`+59${NNBSP}449${NBSP}€`, `+38${NNBSP}541${NBSP}€`]);
    const en =
      "accounted for all of the revenue increase: +$59,449, more than the total (+$38,541)";
    expect(figures(en)).toEqual(["+$59,449", "+$38,541"]);
  });

  test("figures written by the pane's own Intl formats are found whole", () => {
    for (const lang of ["fr", "en"] as const) {
      for (const currency of ["EUR", "USD", "CHF", "CAD", "GBP"]) {
        for (const n of [59449, -16873.4, 0.5, 1234567]) {
          const money = formatMoneyRounded(n, lang, currency);
          expect(figures(`x ${money} y`)).toEqual([money]);
        }
      }
      for (const f of [0.468, -0.468, 0.009]) {
        const pct = formatChange(f, lang);
        expect(figures(`(${pct} par mois)`)).toEqual([pct]);
      }
    }
  });

  test("joined back, the parts give the text unchanged; words, years and codes are not figures", () => {
    const text = `En juin 2025, FA-2024-00003 atteint 76${NNBSP}603${NBSP}€ (-46,8${NBSP}%), jusqu’au 17.`;
    expect(
      splitFigures(text)
        .map((p) => p.text)
        .join("")
    ).toBe(text);
    expect(figures(text)).toEqual([`76${NNBSP}603${NBSP}€`, `-46,8${NBSP}%`]);
    expect(splitFigures("Aucun chiffre ici.")).toEqual([
      { text: "Aucun chiffre ici.", figure: false },
    ]);
  });
});

describe("formulaParts", () => {
  const show = (formula: string) =>
    formulaParts(formula)
      .map((p) => (p.reference ? `{${p.text}}` : p.text) + (p.breakAfter ? "|" : ""))
      .join("");

  test("table references stay whole; a line may end after ; ( and &", () => {
    expect(show("=SOMME.SI.ENS(Ventes[CA HT];Ventes[Mois];[@Mois])")).toBe(
      "=SOMME.SI.ENS(|{Ventes[CA HT]};|{Ventes[Mois]};|{[@Mois]})"
    );
    expect(
      show(
        '=SI([@Mois]=DATE(2026;11;1);"Mois incomplet (jusqu’au "&JOUR(MAX(Ventes[Date]))&")";"")'
      )
    ).toBe(
      '=SI(|{[@Mois]}=DATE(|2026;|11;|1);|"Mois incomplet (jusqu’au "&|JOUR(|MAX(|{Ventes[Date]}))&|")";|"")'
    );
  });

  test("nested column references, commas and separators inside quotes", () => {
    expect(show('=IF([@[CA N-1]]="","",[@[Écart N/N-1]]/[@[CA N-1]])')).toBe(
      '=IF(|{[@[CA N-1]]}="",|"",|{[@[Écart N/N-1]]}/{[@[CA N-1]]})'
    );
    // A ";" inside a text is the text's, not a separator.
    expect(show('=A1&"a;b"')).toBe('=A1&|"a;b"');
  });

  test("joined back, the parts give the formula unchanged", () => {
    for (const f of [
      '=SUMIFS(MonthlyTracking[Revenue],MonthlyTracking[Month],">="&DATE(YEAR([@Month]),1,1))',
      '=IF([@Cost]<=0,"n.s.",[@[Gross margin]]/[@Cost])',
      '="say ""hi"""',
      "=[@[CA HT]]-[@[Coût d’achat]]",
    ]) {
      expect(
        formulaParts(f)
          .map((p) => p.text)
          .join("")
      ).toBe(f);
    }
  });
});

describe("facts list wording", () => {
  const trend = (from: string): Insight =>
    ({
      kind: "trend",
      id: "trend",
      score: 0.2,
      impact: 0.2,
      significance: 0.99,
      pValue: 0.01,
      test: "theilSen",
      measure: "revenue",
      direction: "up",
      from,
      to: "2026-10",
      months: 25,
      slopePerMonth: 487,
      slopeRelative: 0.009,
    }) as unknown as Insight;

  test("French elides de before a vowel: d’octobre, d’avril, d’août, but de mars", () => {
    expect(fromMonthFr("octobre 2024")).toBe("d’octobre 2024");
    expect(fromMonthFr("avril 2025")).toBe("d’avril 2025");
    expect(fromMonthFr("août 2025")).toBe("d’août 2025");
    expect(fromMonthFr("mars 2025")).toBe("de mars 2025");
    expect(describeInsight(trend("2024-10"), "fr", "EUR").title).toBe(
      "Tendance à la hausse, d’octobre 2024 à octobre 2026"
    );
    expect(describeInsight(trend("2024-03"), "fr", "EUR").title).toBe(
      "Tendance à la hausse, de mars 2024 à octobre 2026"
    );
  });
});
