/**
 * writeCommentary on hand-built analyses: selection and order, length, determinism, varied
 * wording, currency, vocabulary, French typography and grammar, anchors and raw figures.
 * Expected figures are computed by hand from fixtures.ts (twoYearSeries: 2023 = 126 000 €,
 * 2024 = 140 000 €, December 2024 = 16 000 €, August 2024 = 8 500 €).
 */
import { commentaryVariants, writeCommentary } from "../../../src/domain/commentary";
import type { Insight } from "../../../src/domain/analysis/types";
import { analyze } from "../../../src/domain/analysis";
import {
  everyInsight,
  importResultWith,
  makeAnalysis,
  monthSeries,
  nonPositiveScenarios,
  scenarios,
  twoYearSeries,
} from "./fixtures";
import { dayOf, daysIn, monthRange, tableOf, type Row } from "../analysis/helpers";

const NNBSP = "\u202f";
const NBSP = "\u00a0";

const every = () => makeAnalysis(twoYearSeries(), everyInsight());

describe("length and order", () => {
  test("default: 4 to 8 sentences, opening first, caveats last", () => {
    const c = writeCommentary({
      analysis: every(),
      importResult: importResultWith({ rowsRejected: 3, rejectedRevenue: 1234.5 }),
    });
    expect(c.sentences.length).toBeGreaterThanOrEqual(4);
    expect(c.sentences.length).toBeLessThanOrEqual(8);
    expect(c.sentences[0].insight).toBe("total");
    expect(c.sentences.at(-1)!.insight).toBe("rejectedRows");
    expect(c.text).toBe(c.sentences.map((s) => s.text).join(" "));
  });

  test("insights keep the analysis ranking (best and worst months merged at the first's rank)", () => {
    const c = writeCommentary({ analysis: every() }, { sentences: 20 });
    const kinds = c.sentences.map((s) => s.insight);
    // everyInsight() order: first month, last month (merged), contribution, majority, rate
    // shift, trend, outlier (dropped: August is already named as the weakest month), pareto…
    // The seasonality (peak December, trough August: the months just named) follows them.
    expect(kinds.slice(0, 8)).toEqual([
      "total",
      "outstandingFirst",
      "seasonality",
      "contribution",
      "majority",
      "rateShift",
      "trend",
      "pareto",
    ]);
    expect(kinds).not.toContain("outlier");
    expect(c.sentences[2].text).toMatch(/^Ce rythme se répète d'une année sur l'autre/);
  });

  test("the caller sets the length; no padding beyond the significant facts", () => {
    const a = every();
    expect(
      writeCommentary({ analysis: a }, { sentences: 1 }).sentences.map((s) => s.insight)
    ).toEqual(["total"]);
    expect(writeCommentary({ analysis: a }, { sentences: 3 }).sentences).toHaveLength(3);
    expect(writeCommentary({ analysis: a }, { sentences: 0 }).sentences).toHaveLength(0);
    // Without insights: the opening, and the months' extremes read from the monthly figures
    // (December 2024, 16 000 €, and August 2024, 8 500 €: a range of 7 500 €, 64 % of 2024's
    // average month of 140 000 / 12 = 11 667 €), labelled as such, not as an insight.
    const none = makeAnalysis(twoYearSeries(), []);
    const short = writeCommentary({ analysis: none }, { sentences: 6 }).sentences;
    expect(short.map((s) => s.insight)).toEqual(["total", "monthExtremes"]);
    expect(short[1].figures).toMatchObject({ best: 16000, worst: 8500, worstMonth: "2024-08" });
    const above = commentaryVariants({ analysis: none })
      .flat()
      .find((v) => v.figures.bestVsAverage !== undefined)!;
    expect(above.figures.bestVsAverage).toBeCloseTo(16000 / (140000 / 12) - 1, 10);
    expect(above.text).toContain(`37,1${NBSP}% au-dessus de la moyenne mensuelle`);
    // A flat year has no extremes worth a sentence (range 105 − 96 = 9 % of its average month).
    const flat = makeAnalysis(
      monthSeries(
        "2024-01",
        [100, 104, 98, 101, 99, 103, 97, 100, 102, 100, 96, 105].map((k) => ({
          revenue: k * 100,
          cost: k * 60,
        }))
      ),
      []
    );
    expect(writeCommentary({ analysis: flat }).sentences.map((s) => s.insight)).toEqual(["total"]);
  });

  test("a short commentary keeps one insight and the caveat that matters", () => {
    const c = writeCommentary(
      { analysis: every(), importResult: importResultWith({ rowsRejected: 2 }) },
      { sentences: 3 }
    );
    expect(c.sentences.map((s) => s.insight)).toEqual([
      "total",
      "outstandingFirst",
      "rejectedRows",
    ]);
  });

  test("insights that are not significant, or carry NaN / Infinity, are not written", () => {
    const noisy: Insight[] = [
      { ...everyInsight()[5], significance: 0.5 },
      { ...everyInsight()[2], memberChange: NaN } as Insight,
      { ...everyInsight()[4], before: Infinity } as Insight,
    ];
    const flat = monthSeries(
      "2024-01",
      Array.from({ length: 12 }, () => ({ revenue: 10000, cost: 7000 }))
    );
    const c = writeCommentary({ analysis: makeAnalysis(flat, noisy) });
    expect(c.sentences.map((s) => s.insight)).toEqual(["total"]);
  });
});

describe("wording", () => {
  test("deterministic: the same input gives the same text", () => {
    for (const lang of ["fr", "en"] as const)
      expect(writeCommentary({ analysis: every() }, { lang, sentences: 20 }).text).toBe(
        writeCommentary({ analysis: every() }, { lang, sentences: 20 }).text
      );
  });

  test("varied: no two sentences open with the same two words", () => {
    for (const lang of ["fr", "en"] as const) {
      const openings = writeCommentary(
        { analysis: every() },
        { lang, sentences: 20 }
      ).sentences.map((s) => s.text.split(/\s+/).slice(0, 2).join(" "));
      expect(new Set(openings).size).toBe(openings.length);
    }
  });

  test("several templates for each insight kind, in both languages", () => {
    for (const lang of ["fr", "en"] as const) {
      const variants = commentaryVariants({ analysis: every() }, { lang });
      const byKind = new Map<string, Set<string>>();
      for (const vs of variants)
        for (const v of vs) byKind.set(v.insight, (byKind.get(v.insight) ?? new Set()).add(v.text));
      for (const kind of ["total", "contribution", "majority", "rateShift", "trend", "pareto"])
        expect(byKind.get(kind)!.size).toBeGreaterThanOrEqual(2);
    }
  });

  test("no jargon and no broken values, in any wording of any scenario", () => {
    const forbidden =
      /NaN|Infinity|undefined|\bnull\b|\[object Object\]|p-value|z-score|Mann|Kendall|outlier|significati|écart-type|régression|regression|sigma/i;
    for (const sc of scenarios())
      for (const lang of ["fr", "en"] as const)
        for (const vs of commentaryVariants(sc, { lang }))
          for (const v of vs) expect(v.text).not.toMatch(forbidden);
  });
});

describe("figures and anchors", () => {
  test("opening: 2024 total 140 000 € up 11.1 % on 2023 (126 000 €), raw figures kept", () => {
    const c = writeCommentary({ analysis: every() });
    const opening = c.sentences[0];
    expect(opening.figures.revenue).toBe(140000);
    expect(opening.figures.changePct).toBeCloseTo(14000 / 126000, 10);
    expect(opening.figures.year).toBe("2024");
    expect(opening.text).toContain(`140${NNBSP}000${NBSP}€`);
    expect(opening.text).toContain(`11,1${NBSP}%`);
    expect(opening.anchor).toEqual({ table: "tracking", month: "2024-12", column: "ytdRevenue" });
  });

  test("best and worst month: December 16 000 €, August 8 500 €, anchored on December's row", () => {
    const s = writeCommentary({ analysis: every() }).sentences[1];
    expect(s.figures).toMatchObject({
      best: 16000,
      worst: 8500,
      bestMonth: "2024-12",
      worstMonth: "2024-08",
    });
    expect(s.anchor).toEqual({ table: "tracking", month: "2024-12", column: "revenue" });
    expect(s.text).toMatch(/décembre 2024/);
    expect(s.text).toMatch(/août 2024/);
  });

  test("member facts anchor on the breakdown row", () => {
    const s = writeCommentary({ analysis: every() }).sentences.find(
      (x) => x.insight === "majority"
    )!;
    expect(s.anchor).toEqual({
      table: "breakdown",
      column: "share",
      dimension: "Région",
      member: "Ouest",
    });
    expect(s.figures.share).toBe(0.54);
    expect(s.units?.member).toBe("label");
  });
});

describe("currency", () => {
  const a = every();
  test("from the analysis; an option overrides it", () => {
    expect(writeCommentary({ analysis: a }).currency).toBe("EUR");
    const usd = writeCommentary({ analysis: a }, { currency: "usd" });
    expect(usd.currency).toBe("USD");
    expect(usd.text).toContain(`140${NNBSP}000${NBSP}$US`);
    expect(usd.text).not.toContain("€");
    expect(writeCommentary({ analysis: a }, { lang: "en", currency: "USD" }).text).toContain(
      "$140,000"
    );
  });
  test("unknown currency: euro in French, plain numbers in English and for English-style CSV", () => {
    const unknown = { ...a, currency: null };
    expect(writeCommentary({ analysis: unknown }).text).toContain(`140${NNBSP}000${NBSP}€`);
    const en = writeCommentary({ analysis: unknown }, { lang: "en" });
    expect(en.currency).toBeNull();
    expect(en.text).toContain("revenue reached 140,000");
    expect(en.text).not.toMatch(/[€$£]/);
    const commaCsv = writeCommentary({
      analysis: unknown,
      importResult: importResultWith({ delimiter: "," }),
    });
    expect(commaCsv.currency).toBeNull();
    expect(commaCsv.text).not.toMatch(/[€$]/);
  });
});

describe("vocabulary", () => {
  const rate = (r: "marginRate" | "markupRate") =>
    makeAnalysis(twoYearSeries(), [
      {
        ...everyInsight()[4],
        rate: r,
      } as Insight,
    ]);
  test("taux de marque = margin / revenue, taux de marge = margin / cost", () => {
    const marque = writeCommentary({ analysis: rate("marginRate") }).text;
    expect(marque).toContain("taux de marque");
    expect(marque).not.toContain("taux de marge");
    expect(marque).toMatch(/2,3 points/);
    const marge = writeCommentary({ analysis: rate("markupRate") }).text;
    expect(marge).toContain("taux de marge");
    expect(marge).not.toContain("taux de marque");
  });
  test("gross margin rate vs markup rate in English", () => {
    expect(writeCommentary({ analysis: rate("marginRate") }, { lang: "en" }).text).toContain(
      "gross margin rate"
    );
    const markup = writeCommentary({ analysis: rate("markupRate") }, { lang: "en" }).text;
    expect(markup).toContain("markup rate");
    expect(markup).not.toContain("margin rate");
  });
  test("missing cost: margin and both rates named; rate shifts in percentage points in English", () => {
    const noCost = makeAnalysis(
      monthSeries(
        "2024-01",
        [5000, 4000, 6000, 5500].map((revenue) => ({ revenue }))
      ),
      []
    );
    expect(writeCommentary({ analysis: noCost }).sentences.at(-1)!.text).toContain(
      "la marge, le taux de marque et le taux de marge ne peuvent donc pas être calculés."
    );
    expect(writeCommentary({ analysis: noCost }, { lang: "en" }).sentences.at(-1)!.text).toContain(
      "so margin, margin rate and markup rate cannot be computed."
    );
    const en = commentaryVariants({ analysis: rate("marginRate") }, { lang: "en" })
      .flat()
      .filter((x) => x.insight === "rateShift")
      .map((x) => x.text);
    expect(en.length).toBeGreaterThanOrEqual(2);
    for (const t of en) {
      expect(t).toMatch(/(up|down) 2\.3 percentage points\.$/);
      expect(t).not.toMatch(/loss|gain of/);
    }
  });
  test("English names a product with its noun, as the French does", () => {
    const last = {
      ...everyInsight().find((i) => i.kind === "outstandingLast" && i.scope !== "month")!,
      scope: { dimension: "Produit" },
      subject: "Contrat de maintenance",
    } as Insight;
    const texts = commentaryVariants(
      { analysis: makeAnalysis(twoYearSeries(), [last]) },
      { lang: "en" }
    )
      .flat()
      .filter((x) => x.insight === "outstandingLast")
      .map((x) => x.text);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    for (const t of texts) expect(t).toMatch(/^The product Contrat de maintenance /);
  });
  test('small durations in words: « plus de deux ans », "more than two years"', () => {
    const season = (years: number) =>
      makeAnalysis(twoYearSeries(), [
        { ...everyInsight().find((i) => i.kind === "seasonality")!, years } as Insight,
      ]);
    const fr = commentaryVariants({ analysis: season(2.1) }).flat();
    const en = commentaryVariants({ analysis: season(2.1) }, { lang: "en" }).flat();
    const said = (xs: typeof fr) =>
      xs.filter((x) => x.insight === "seasonality").map((x) => x.text);
    for (const t of said(fr)) expect(t).toContain("sur plus de deux ans");
    for (const t of said(en)) expect(t).toContain("over more than two years");
    for (const t of said(commentaryVariants({ analysis: season(2) }).flat()))
      expect(t).toContain("sur deux ans");
  });
  test("revenue header says HT or TTC: the French text says it too", () => {
    expect(
      writeCommentary({
        analysis: every(),
        importResult: importResultWith({ revenueHeader: "Mt HT" }),
      }).text
    ).toContain("chiffre d'affaires HT");
    expect(
      writeCommentary({
        analysis: every(),
        importResult: importResultWith({ revenueHeader: "Montant" }),
      }).text
    ).not.toMatch(/\bHT\b/);
  });
});

describe("French typography and grammar", () => {
  test("no plain space before %, €, :, ; anywhere; months in lower case", () => {
    const months =
      /\b(Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre)\b/;
    for (const sc of scenarios())
      for (const vs of commentaryVariants(sc, { lang: "fr" }))
        for (const v of vs) {
          expect(v.text).not.toMatch(/ [%€:;]/);
          expect(v.text).not.toMatch(/\d [%€]/);
          expect(v.text).not.toMatch(months);
          expect(v.text).not.toMatch(/\bde [aeiouéèêàâîôûy]/i);
          expect(v.text).not.toMatch(/\b(le|la) [aeiouéèêàâîôû]/i);
        }
  });
  test("elision and agreement on the every-insight commentary", () => {
    const variants = commentaryVariants({ analysis: every() }, { lang: "fr" })
      .flat()
      .map((v) => v.text);
    expect(variants.join(" ")).toContain("d'août 2024");
    expect(variants.join(" ")).toContain(
      "la région Ouest concentre à elle seule".replace(/^l/, "L")
    );
    const last = commentaryVariants(
      { analysis: makeAnalysis(twoYearSeries(), [everyInsight()[12]]) },
      { lang: "fr" }
    )
      .flat()
      .map((v) => v.text);
    expect(last.join(" ")).toContain("Le rayon Accessoires ferme la marche");
    expect(variants.join(" ")).toContain("Les 2 premiers magasins");
  });
  test("a salesperson with a mute h: « d'Hélène Robert », never « de Hélène Robert »", () => {
    const hers = (kind: string, fields: object) =>
      ({ ...everyInsight().find((i) => i.kind === kind)!, ...fields }) as Insight;
    const a = makeAnalysis(twoYearSeries(), [
      hers("trend", { dimension: "Commercial", member: "Hélène Robert" }),
      hers("contribution", { dimension: "Commercial", member: "Hélène Robert" }),
    ]);
    const texts = commentaryVariants({ analysis: a }, { lang: "fr" })
      .flat()
      .map((s) => s.text)
      .filter((t) => t.includes("Hélène"));
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const t of texts) expect(t).not.toMatch(/\bde Hélène/);
    expect(texts.some((t) => t.includes("d'Hélène Robert"))).toBe(true);
  });
  test("partial month: the last day covered, with 1er for the first", () => {
    const partial = monthSeries(
      "2024-11",
      [{ revenue: 9000 }, { revenue: 9500 }, { revenue: 400 }],
      {
        from: "2025-01-01",
        to: "2025-01-01",
      }
    );
    const texts = commentaryVariants({ analysis: makeAnalysis(partial, []) }, { lang: "fr" })
      .flat()
      .filter((v) => v.insight === "partialMonth")
      .map((v) => v.text);
    expect(texts).toContain(
      `Attention${NBSP}: le mois de janvier 2025 est incomplet (données jusqu'au 1er).`
    );
  });
});

describe("the period reported on", () => {
  test("data ending with a few days of January speaks of the year just closed", () => {
    // 2023: 126 000 €, 2024: 140 000 € (+11.1 %), then January 2025 up to the 17th.
    const inputs = twoYearSeries().map((m) => ({ revenue: m.revenue, cost: m.cost }));
    const months = monthSeries("2023-01", [...inputs, { revenue: 6000, cost: 4200 }], {
      from: "2025-01-01",
      to: "2025-01-17",
    });
    const c = writeCommentary({ analysis: makeAnalysis(months, []) });
    expect(c.sentences[0].text).toMatch(/2024/);
    expect(c.sentences[0].figures).toMatchObject({
      revenue: 140000,
      year: "2024",
      previousYear: "2023",
    });
    // The months' extremes are those of 2024, not of the whole data.
    expect(c.sentences[1].figures).toMatchObject({ bestMonth: "2024-12", worstMonth: "2024-08" });
    const caveat = c.sentences.at(-1)!;
    expect(caveat.insight).toBe("partialMonth");
    expect(caveat.figures).toEqual({ month: "2025-01", lastDay: "2025-01-17" });
    expect(caveat.text).toMatch(/janvier 2025.*le 17\b|janvier 2025.*jusqu'au 17\b/);
  });

  test("member totals over several years say they cover the whole period", () => {
    const fr = writeCommentary({ analysis: every() }, { sentences: 20 }).sentences;
    expect(fr.find((s) => s.insight === "majority")!.text).toContain(
      "du CA sur l'ensemble de la période"
    );
    const oneYear = makeAnalysis(twoYearSeries().slice(12), [everyInsight()[3]]);
    expect(writeCommentary({ analysis: oneYear }).text).not.toContain("ensemble de la période");
  });
});

describe("awkward inputs", () => {
  test("an empty analysis gives an empty commentary, not a crash", () => {
    const empty = { ...makeAnalysis(twoYearSeries(), []), months: [], years: [], insights: [] };
    const c = writeCommentary({ analysis: { ...empty, firstDate: null, lastDate: null } });
    expect(c.sentences).toEqual([]);
    expect(c.text).toBe("");
  });
  test("an insight kind this version does not know is skipped", () => {
    const future = { ...everyInsight()[3], kind: "forecast" } as unknown as Insight;
    const c = writeCommentary({ analysis: makeAnalysis(twoYearSeries(), [future]) });
    expect(c.sentences.map((s) => s.insight)).toEqual(["total", "monthExtremes"]);
  });
  test("a month of negative revenue (returns) never yields a rate or NaN", () => {
    const months = monthSeries(
      "2024-01",
      [5000, 4000, -300, 6000, 5500].map((revenue) => ({ revenue, cost: revenue * 0.6 }))
    );
    for (const lang of ["fr", "en"] as const) {
      const text = writeCommentary({ analysis: makeAnalysis(months, []) }, { lang }).text;
      expect(text).not.toMatch(/NaN|Infinity|undefined|null/);
      expect(text.length).toBeGreaterThan(0);
    }
  });
});

describe("months at zero or below (no sales, credit notes above sales)", () => {
  /**
   * A real import shape through analyze(): 2023, about 4 000 € a month (one line a day), March
   * ends at −1 205 € (a credit note of −5 205 € on the 31st against 4 000 € of sales), April has no
   * line at all. Both are outliers; each is said without a rate (−130 % or "100 % below" mean
   * nothing), with the typical month beside it.
   */
  const table = () => {
    const rows: Row[] = [];
    for (const month of monthRange("2023-01", 12)) {
      if (month === "2023-04") continue;
      const days = daysIn(month);
      const level = 4000 + (month.charCodeAt(6) % 3) * 40;
      for (let d = 1; d <= days; d++)
        rows.push({ date: dayOf(month, d), revenue: Math.round((level / days) * 100) / 100 });
      if (month === "2023-03") rows.push({ date: dayOf(month, 31), revenue: -(level + 1205) });
    }
    return tableOf(rows);
  };
  test("French: « négatif … les avoirs y dépassent les ventes » and « Aucune vente … », no %", () => {
    const a = analyze(table());
    const c = writeCommentary({ analysis: a });
    const march = c.sentences.find((s) => s.figures.month === "2023-03")!;
    const april = c.sentences.find((s) => s.figures.month === "2023-04")!;
    expect(march.insight).toBe("outlier");
    expect(march.text).toMatch(
      /^En mars, le CA est négatif \(.1\u202f2\d\d\u00a0€, contre \d\u202f\d{3}\u00a0€ un mois ordinaire\)\u00a0: les avoirs y dépassent les ventes\.$|^Les avoirs dépassent les ventes en mars/
    );
    expect(april.text).toMatch(
      /^Aucune vente n'est enregistrée en avril \(contre \d\u202f\d{3}\u00a0€ un mois ordinaire\)\.$/
    );
    for (const s of [march, april]) expect(s.text).not.toMatch(/%|habituel/);
    // Said once: no caveat repeats them, no best / worst sentence names them.
    expect(c.sentences.filter((s) => /avril/.test(s.text))).toHaveLength(1);
    expect(c.sentences.some((s) => s.insight === "nonPositiveMonths")).toBe(false);
  });
  test("English: negative revenue and no sales, no rate", () => {
    const c = writeCommentary({ analysis: analyze(table()) }, { lang: "en" });
    const march = c.sentences.find((s) => s.figures.month === "2023-03")!;
    const april = c.sentences.find((s) => s.figures.month === "2023-04")!;
    expect(march.text).toMatch(/negative/);
    expect(march.text).toMatch(/credit notes exceeded sales/i);
    expect(april.text).toMatch(
      /^No sales were recorded in April \(against €\d,\d{3} in a typical month\)\.$/
    );
    for (const s of [march, april]) expect(s.text).not.toMatch(/%|about|usual level/);
  });
  test("a month at zero or below that no insight describes gets a caveat", () => {
    const [withOutliers, holes] = nonPositiveScenarios();
    const fr = writeCommentary(withOutliers, { sentences: 20 });
    expect(fr.sentences.map((s) => s.insight)).toEqual([
      "total",
      "outlier",
      "outlier",
      "nonPositiveMonths",
      "missingCost",
    ]);
    const caveat = fr.sentences[3];
    expect(caveat.text).toBe(
      `Le CA est négatif ou nul en juin 2023 (0${NBSP}€) et en septembre 2023 (-50${NBSP}€)${NBSP}: les avoirs y égalent ou dépassent les ventes.`
    );
    expect(caveat.anchor).toEqual({ table: "tracking", month: "2023-06", column: "revenue" });
    // The March outlier carries its target in money, not a gap of −130 %.
    expect(fr.sentences[1].text).toContain(`un objectif de 4${NNBSP}000${NBSP}€`);
    expect(writeCommentary(holes, { lang: "en" }).sentences[1].text).toBe(
      "No sales were recorded in five months (the first in February 2023, the last in September 2023): check that the export covers those months."
    );
  });
});

describe("one fact, one sentence", () => {
  const two = twoYearSeries;
  const base = everyInsight()[6]; // outlier, August 2024 low: 8 500 € for 11 200 € expected
  test("an outlier month and its gap to target in the same direction make one sentence", () => {
    const gap = {
      ...everyInsight()[10],
      id: "g",
      period: "2024-08",
      target: 10000,
      actual: 8500,
      gap: -1500,
      gapPct: -0.15,
    } as Insight;
    const c = writeCommentary({ analysis: makeAnalysis(two(), [gap, base]) }, { sentences: 20 });
    const kinds = c.sentences.map((s) => s.insight);
    expect(kinds.filter((k) => k === "outlier" || k === "targetGap")).toEqual(["outlier"]);
    const s = c.sentences.find((x) => x.insight === "outlier")!;
    // 8 500 is 24,1 % under 11 200 (8 500 / 11 200 − 1 = −0.241) and 15 % under the 10 000 target.
    expect(s.figures).toMatchObject({ value: 8500, expected: 11200, target: 10000, gapPct: -0.15 });
    expect(s.text).toMatch(/15\u00a0%/);
  });
  test("the same series under two dimensions is said once, naming both", () => {
    const trend = (dimension: string, member: string, id: string) =>
      ({ ...everyInsight()[5], id, dimension, member }) as Insight;
    const c = writeCommentary(
      {
        analysis: makeAnalysis(two(), [
          trend("Commercial", "Thomas Le Gall", "a"),
          trend("Région", "Ouest", "b"),
        ]),
      },
      { sentences: 20 }
    );
    const trends = c.sentences.filter((s) => s.insight === "trend");
    expect(trends).toHaveLength(1);
    expect(trends[0].text).toContain("Thomas Le Gall (région Ouest)");
    expect(trends[0].figures).toMatchObject({ member: "Thomas Le Gall", memberAlias: "Ouest" });
  });
  test("the overall trend comes before a member's trend", () => {
    const member = {
      ...everyInsight()[5],
      id: "m",
      dimension: "Région",
      member: "Ouest",
      score: 0.9,
    } as Insight;
    const overall = { ...everyInsight()[5], id: "o", score: 0.5 } as Insight;
    const c = writeCommentary(
      { analysis: makeAnalysis(two(), [member, overall]) },
      { sentences: 20 }
    );
    const trends = c.sentences.filter((s) => s.insight === "trend");
    expect(trends.map((s) => s.figures.member ?? "overall")).toEqual(["overall", "Ouest"]);
  });
  test("with few sentences, the analysis' strongest insight beats the months' extremes", () => {
    const c = writeCommentary(
      { analysis: makeAnalysis(two(), [everyInsight()[2]]) },
      { sentences: 2 }
    );
    expect(c.sentences.map((s) => s.insight)).toEqual(["total", "contribution"]);
    const longer = writeCommentary(
      { analysis: makeAnalysis(two(), [everyInsight()[2]]) },
      { sentences: 3 }
    );
    expect(longer.sentences.map((s) => s.insight)).toEqual([
      "total",
      "monthExtremes",
      "contribution",
    ]);
  });
});
