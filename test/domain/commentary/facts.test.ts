/**
 * The language-free layer: which opening, which year, like-for-like months, meaningful insights,
 * merges and the choice of facts under a sentence budget. Expected values computed by hand from
 * the fixtures (twoYearSeries: 2023 = 126 000 €, 2024 = 140 000 €).
 */
import type { Insight } from "../../../src/domain/analysis/types";
import {
  isMeaningful,
  likeForLike,
  openingFact,
  reportingYear,
  withTargetMonths,
  type Fact,
} from "../../../src/domain/commentary/facts";
import { resolveCurrency, stableHash, writeCommentary } from "../../../src/domain/commentary";
import {
  chooseFacts,
  MIN_MONTH_RANGE,
  mergeAliases,
  mergeOutlierTargets,
  monthExtremesFact,
  monthlyRange,
} from "../../../src/domain/commentary/select";
import { dimensionNoun } from "../../../src/domain/commentary/members";
import {
  everyInsight,
  importResultWith,
  makeAnalysis,
  monthSeries,
  twoYearSeries,
} from "./fixtures";

describe("opening", () => {
  test("complete year against the previous one", () => {
    expect(openingFact(makeAnalysis(twoYearSeries(), []))).toMatchObject({
      mode: "year",
      year: "2024",
      revenue: 140000,
      previous: { year: "2023" },
    });
  });
  test("incomplete year: its full months against the same months a year earlier", () => {
    // 2023 Jan–Mar: 10 000, 9 000, 11 000 (30 000); 2024 Jan–Mar: 11 000, 10 000, 12 500 (33 500).
    const months = monthSeries(
      "2023-01",
      [...twoYearSeries().slice(0, 12), ...twoYearSeries().slice(12, 15)].map((m) => ({
        revenue: m.revenue,
        cost: m.cost,
      }))
    );
    const a = makeAnalysis(months, []);
    const fact = openingFact(a);
    expect(fact).toMatchObject({ mode: "ytd", from: "2024-01", to: "2024-03", revenue: 33500 });
    expect(fact && fact.mode === "ytd" && fact.changePct).toBeCloseTo(33500 / 30000 - 1, 12);
    expect(likeForLike(a, a.years[1])).toMatchObject({ months: 3, previousYear: "2023" });
  });
  test("a year reduced to a partial month is not the reported year", () => {
    const months = monthSeries("2024-01", Array(13).fill({ revenue: 1000, cost: 500 }), {
      from: "2025-01-02",
      to: "2025-01-03",
    });
    expect(reportingYear(makeAnalysis(months, []))?.year).toBe("2024");
  });
  test("no month at all: no opening", () => {
    expect(openingFact({ ...makeAnalysis(twoYearSeries(), []), months: [] })).toBeNull();
  });
});

describe("meaningful insights", () => {
  const [, , contribution, majority, rateShift] = everyInsight();
  test("a change that would print as zero, or a share outside (0.5, 1], is not meaningful", () => {
    expect(isMeaningful(contribution)).toBe(true);
    expect(isMeaningful({ ...contribution, memberChange: 0.001 } as Insight)).toBe(false);
    expect(isMeaningful({ ...majority, share: 1.2 } as Insight)).toBe(false);
    expect(isMeaningful({ ...majority, share: 0.45 } as Insight)).toBe(false);
    expect(isMeaningful({ ...rateShift, delta: 0.0001 } as Insight)).toBe(false);
  });
});

describe("merges", () => {
  test("outlier and target gap of the same month in the same direction", () => {
    const outlier = everyInsight()[6] as Extract<Insight, { kind: "outlier" }>;
    const facts: Fact[] = [
      {
        type: "targetGap",
        insight: {
          ...(everyInsight()[10] as Extract<Insight, { kind: "targetGap" }>),
          period: outlier.month,
          gap: -100,
          gapPct: -0.05,
        },
      },
      { type: "outlier", insight: outlier },
    ];
    mergeOutlierTargets(facts);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ type: "outlier", target: { gap: -100, gapPct: -0.05 } });
  });
  test("same series under two dimensions: one fact with an alias", () => {
    const trend = everyInsight()[5] as Extract<Insight, { kind: "trend" }>;
    const ref = (label: string, dimension: string) => ({
      label,
      dimension,
      noun: dimensionNoun(dimension),
    });
    const facts: Fact[] = [
      { type: "trend", insight: trend, member: ref("Thomas Le Gall", "Commercial") },
      { type: "trend", insight: trend, member: ref("Ouest", "Région") },
    ];
    mergeAliases(facts);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({
      member: { label: "Thomas Le Gall", alias: { label: "Ouest" } },
    });
  });
  test("a year's target gap on six full months names them", () => {
    const months = monthSeries("2024-01", Array(6).fill({ revenue: 1000 }));
    const fact = withTargetMonths(
      {
        type: "targetGap",
        insight: {
          ...(everyInsight()[10] as Extract<Insight, { kind: "targetGap" }>),
          period: "2024",
        },
      },
      makeAnalysis(months, [])
    );
    expect(fact).toMatchObject({ cumul: { from: "2024-01", to: "2024-06" } });
  });
});

describe("best and worst months without an insight (monthExtremes)", () => {
  /** A year of full months around 10 000 €, best and worst set by hand. */
  const year = (best: number, worst: number) =>
    monthSeries(
      "2024-01",
      [10000, 10000, worst, 10000, 10000, 10000, best, 10000, 10000, 10000, 10000, 10000].map(
        (revenue) => ({ revenue, cost: revenue * 0.6 })
      )
    );
  test("admitted when the range reaches a quarter of the average month, and labelled as such", () => {
    // 12 600 and 9 600: range 3 000, average (10 × 10 000 + 12 600 + 9 600) / 12 = 10 183.33,
    // 3 000 / 10 183.33 = 29.5 % ≥ 25 %.
    const wide = monthExtremesFact(makeAnalysis(year(12600, 9600), []), []);
    expect(wide).toMatchObject({
      type: "bestWorstMonth",
      basis: "monthlyRange",
      best: { month: "2024-07", value: 12600 },
      worst: { month: "2024-03", value: 9600 },
    });
    expect(wide && wide.type === "bestWorstMonth" && wide.best!.average).toBeCloseTo(
      122200 / 12,
      9
    );
    // 11 100 and 8 900 are each more than 10 % from the average (the old rule said them), but
    // the range, 2 200 / 10 000 = 22 %, is within what the calendar alone produces: not said.
    expect(monthExtremesFact(makeAnalysis(year(11100, 8900), []), [])).toBeNull();
  });
  test("months an outlier sentence describes, or at zero or below, are left out of the average and the range", () => {
    // The auditor's case: 4 000 € a month, February 4 165 € (+4.1 %), March −1 205 € and April
    // 0 € (both outliers). With them, the average is (9 × 4 000 + 4 165 − 1 205 + 0) / 12 =
    // 3 246.67 and February looked "28 % above the average month", the range 165 + 4 000 wide;
    // without them: (9 × 4 000 + 4 165) / 10 = 4 016.5, range 165 / 4 016.5 = 4 %: not said.
    const revenue = [4000, 4165, -1205, 0, 4000, 4000, 4000, 4000, 4000, 4000, 4000, 4000];
    const months = monthSeries(
      "2023-01",
      revenue.map((r) => ({ revenue: r }))
    );
    const outlier = (month: string, value: number): Fact => ({
      type: "outlier",
      insight: {
        ...(everyInsight().find((i) => i.kind === "outlier") as Extract<
          Insight,
          { kind: "outlier" }
        >),
        month,
        value,
        direction: "low",
      },
    });
    const outliers = [outlier("2023-03", -1205), outlier("2023-04", 0)];
    expect(monthExtremesFact(makeAnalysis(months, []), outliers)).toBeNull();
    // Months at zero or below are no ordinary months even without an outlier insight.
    expect(monthExtremesFact(makeAnalysis(months, []), [])).toBeNull();
    // A wide range among the ordinary months is still said, against their own average:
    // year(12 600, 9 600) with one 10 000 € month replaced by −1 205 € (an outlier):
    // (9 × 10 000 + 12 600 + 9 600) / 11 = 10 200; the worst month is the outlier's, not said.
    const wide = year(12600, 9600).map((m, i) => (i === 10 ? { ...m, revenue: -1205 } : m));
    const fact = monthExtremesFact(makeAnalysis(wide, []), [outlier("2024-11", -1205)]);
    expect(fact).toMatchObject({
      best: { month: "2024-07", value: 12600, average: 112200 / 11 },
      worst: null,
    });
  });
  test("the range is measured against the average month", () => {
    const r = monthlyRange(year(12600, 9600));
    expect(r).toMatchObject({ best: { revenue: 12600 }, worst: { revenue: 9600 } });
    expect(r!.relative).toBeCloseTo(3000 / (122200 / 12), 12);
    expect(MIN_MONTH_RANGE).toBe(0.25);
    // Fewer than three months, or all equal, or a non-positive average: no range.
    expect(monthlyRange(year(12600, 9600).slice(0, 2))).toBeNull();
    expect(monthlyRange(year(10000, 10000))).toBeNull();
    expect(
      monthlyRange(monthSeries("2024-01", [{ revenue: -5 }, { revenue: 2 }, { revenue: 1 }]))
    ).toBeNull();
  });
  test("a sentence names an insight kind only when the analysis has an insight of that kind", () => {
    // The reviewer's case: no month insight, yet the best / worst sentence said "outstandingFirst".
    const a = makeAnalysis(twoYearSeries(), [everyInsight()[3]]);
    const c = writeCommentary({ analysis: a }, { sentences: 20 });
    const kinds = new Set(a.insights.map((i) => i.kind as string));
    const descriptive = new Set([
      "total",
      "monthExtremes",
      "partialMonth",
      "missingCost",
      "rejectedRows",
    ]);
    for (const s of c.sentences)
      expect(descriptive.has(s.insight) || kinds.has(s.insight)).toBe(true);
    expect(c.sentences.map((s) => s.insight)).toContain("monthExtremes");
    // With the analysis' own month insights, the sentence keeps their kind.
    const withInsights = makeAnalysis(twoYearSeries(), everyInsight().slice(0, 2));
    expect(writeCommentary({ analysis: withInsights }).sentences[1].insight).toBe(
      "outstandingFirst"
    );
  });
});

describe("choosing under a budget", () => {
  const opening: Fact = {
    type: "total",
    mode: "range",
    from: "2024-01",
    to: "2024-06",
    months: 6,
    revenue: 1,
    monthlyAverage: 1,
    averageOfFullMonths: false,
  };
  const [a, b, c] = [everyInsight()[3], { ...everyInsight()[3], id: "x" }, everyInsight()[5]];
  const ins = [
    { type: "majority", insight: a, member: { label: "Ouest", dimension: "Région", noun: null } },
    { type: "majority", insight: b, member: { label: "Food", dimension: "Famille", noun: null } },
    { type: "trend", insight: c, member: null },
  ] as Fact[];
  const caveat: Fact = { type: "missingCost", lines: 10, linesWithoutCost: null };
  test("one fact of each type first, text in ranking order, caveats last", () => {
    expect(chooseFacts(opening, ins, [caveat], 4)).toEqual([opening, ins[0], ins[2], caveat]);
    expect(chooseFacts(opening, ins, [caveat], 5)).toEqual([
      opening,
      ins[0],
      ins[1],
      ins[2],
      caveat,
    ]);
    expect(chooseFacts(opening, ins, [caveat], 1)).toEqual([opening]);
  });
});

describe("wording choice and currency", () => {
  test("the hash is stable and spreads", () => {
    expect(stableHash("trend")).toBe(stableHash("trend"));
    expect(stableHash("trend")).not.toBe(stableHash("tremd"));
  });
  test("currency: option, data, euro for a French source in both languages, none for an English-style CSV", () => {
    const a = makeAnalysis(twoYearSeries(), []);
    const none = { ...a, currency: null };
    expect(resolveCurrency("fr", "usd", a)).toBe("USD");
    expect(resolveCurrency("en", undefined, a)).toBe("EUR");
    expect(resolveCurrency("fr", undefined, none)).toBe("EUR");
    expect(resolveCurrency("fr", undefined, none, importResultWith({ delimiter: "," }))).toBeNull();
    expect(resolveCurrency("en", undefined, none)).toBeNull();
    expect(resolveCurrency("fr", "euros", none, importResultWith({}))).toBe("EUR");
    // A French export (`;` separator) is in euros in English too; an English-style CSV is not guessed.
    expect(resolveCurrency("en", undefined, none, importResultWith({ delimiter: ";" }))).toBe(
      "EUR"
    );
    expect(resolveCurrency("en", undefined, none, importResultWith({ delimiter: "," }))).toBeNull();
  });
});
