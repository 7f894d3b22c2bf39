/**
 * Property tests (fast-check): for random monthly series and random insights of every kind
 * (signs, zeros, nulls, tiny and huge values, any member names), the commentary never throws,
 * never prints NaN / Infinity / undefined / null / [object Object], quotes every number it prints
 * as a figure (round-trip), keeps French typography, and honours the requested length.
 */
import fc from "fast-check";
import { commentaryVariants, writeCommentary } from "../../../src/domain/commentary";
import type { Insight } from "../../../src/domain/analysis/types";
import { numberProblems } from "./check";
import { makeAnalysis, monthSeries } from "./fixtures";

const amount = fc.oneof(
  fc.double({ min: -1e5, max: 1e7, noNaN: true }),
  fc.constantFrom(0, 0.004, 99.995, 100, -0.5, 1234567.891)
);
const rate = fc.oneof(fc.double({ min: -0.5, max: 0.9, noNaN: true }), fc.constant(0));
const pct = fc.oneof(fc.double({ min: -0.99, max: 4, noNaN: true }), fc.constant(null));
const label = fc.oneof(
  fc.constantFrom("Ouest", "Anne Martin", "Store 14", "Île-de-France", "A", "Éric", "N°12"),
  // Labels with a letter (a purely numeric label would be indistinguishable from a figure).
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => /\p{L}/u.test(s) && s.trim() === s)
);
const header = fc.constantFrom(
  "Région",
  "Magasin",
  "Commercial",
  "Typologie",
  "product_family",
  "Ville"
);
const monthKey = fc
  .record({ y: fc.integer({ min: 2022, max: 2024 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => `${y}-${String(m).padStart(2, "0")}`);

const common = {
  id: fc.string(),
  score: fc.double({ min: 0, max: 1, noNaN: true }),
  impact: fc.double({ min: 0, max: 1, noNaN: true }),
  significance: fc.double({ min: 0.8, max: 1, noNaN: true }),
  pValue: fc.constant(0.01),
  test: fc.constant("threshold" as const),
  measure: fc.constantFrom("revenue" as const, "margin" as const, "quantity" as const),
};

const insight: fc.Arbitrary<Insight> = fc.oneof(
  fc
    .record({
      ...common,
      kind: fc.constantFrom("outstandingFirst" as const, "outstandingLast" as const),
      scope: fc.oneof(
        fc.constant("month" as const),
        header.map((dimension) => ({ dimension }))
      ),
      subject: fc.oneof(monthKey, label),
      value: amount,
      share: rate,
      runnerUp: fc.option(fc.record({ subject: label, value: amount }), { nil: null }),
      average: amount,
    })
    .map((i) =>
      i.scope === "month" && !/^\d{4}-\d{2}$/.test(i.subject) ? { ...i, subject: "2024-03" } : i
    ),
  fc.record({
    ...common,
    kind: fc.constant("trend" as const),
    direction: fc.constantFrom("up" as const, "down" as const),
    from: monthKey,
    to: monthKey,
    months: fc.integer({ min: 3, max: 36 }),
    slopePerMonth: amount,
    slopeRelative: rate,
    dimension: header,
    member: label,
  }),
  fc.record({
    ...common,
    kind: fc.constant("outlier" as const),
    month: monthKey,
    direction: fc.constantFrom("high" as const, "low" as const),
    value: amount,
    expected: amount,
    deviationPct: pct,
  }),
  fc.record({
    ...common,
    kind: fc.constant("majority" as const),
    dimension: header,
    member: label,
    value: amount,
    share: rate,
  }),
  fc.record({
    ...common,
    kind: fc.constant("pareto" as const),
    dimension: header,
    topCount: fc.integer({ min: 1, max: 20 }),
    memberCount: fc.integer({ min: 5, max: 100 }),
    topShare: rate,
  }),
  fc.record({
    ...common,
    kind: fc.constant("changePoint" as const),
    month: monthKey,
    before: amount,
    after: amount,
    changePct: pct,
  }),
  fc.record({
    ...common,
    kind: fc.constant("seasonality" as const),
    peakMonth: fc.integer({ min: 1, max: 12 }),
    troughMonth: fc.integer({ min: 1, max: 12 }),
    peakIndex: fc.double({ min: 1, max: 3, noNaN: true }),
    troughIndex: fc.double({ min: 0, max: 1, noNaN: true }),
    years: fc.integer({ min: 2, max: 6 }),
  }),
  fc
    .record({
      ...common,
      kind: fc.constant("contribution" as const),
      period: fc.constantFrom("month" as const, "year" as const),
      from: fc.constantFrom("2023", "2023-11"),
      to: fc.constantFrom("2024", "2023-12"),
      dimension: header,
      member: label,
      memberChange: amount,
      totalChange: amount.filter((x) => x !== 0),
      shareOfChange: fc.double({ min: -3, max: 3, noNaN: true }),
      fromRevenue: amount,
      toRevenue: amount,
      months: fc.constantFrom([], ["2024-01"], ["2024-01", "2024-02", "2024-03"]),
    })
    .map((i) =>
      i.period === "year"
        ? { ...i, from: "2023", to: "2024" }
        : { ...i, from: "2023-11", to: "2023-12" }
    ),
  fc
    .record({
      ...common,
      kind: fc.constant("rateShift" as const),
      rate: fc.constantFrom("marginRate" as const, "markupRate" as const),
      period: fc.constantFrom("month" as const, "year" as const),
      from: fc.constant("2023"),
      to: fc.constant("2024"),
      before: rate,
      after: rate,
      delta: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
      months: fc.constant([]),
    })
    .map((i) => (i.period === "month" ? { ...i, from: "2024-05", to: "2024-06" } : i)),
  fc.record({
    ...common,
    kind: fc.constant("targetGap" as const),
    period: fc.oneof(monthKey, fc.constant("2024")),
    target: amount,
    actual: amount,
    gap: amount,
    gapPct: pct,
  })
) as fc.Arbitrary<Insight>;

const series = fc.record({
  start: monthKey,
  values: fc.array(fc.record({ revenue: amount, withCost: fc.boolean() }), {
    minLength: 1,
    maxLength: 30,
  }),
  partial: fc.boolean(),
});

test("random analyses: no crash, no broken value, numbers round-trip, French typography", () => {
  fc.assert(
    fc.property(
      series,
      fc.array(insight, { maxLength: 8 }),
      fc.constantFrom("fr" as const, "en" as const),
      fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
      (s, insights, lang, n) => {
        const months = monthSeries(
          s.start,
          s.values.map((v) => ({ revenue: v.revenue, cost: v.withCost ? v.revenue * 0.6 : null })),
          s.partial ? { from: "2020-01-01", to: "2020-01-12" } : undefined
        );
        const analysis = makeAnalysis(months, insights);
        const dataWords = insights.flatMap((i) => {
          const r = i as unknown as Record<string, unknown>;
          const words = [
            r.member,
            r.dimension,
            r.subject,
            (r.runnerUp as { subject?: string } | null)?.subject,
          ];
          if (typeof r.scope === "object" && r.scope)
            words.push((r.scope as { dimension: string }).dimension);
          return words.filter((w): w is string => typeof w === "string");
        });
        const c = writeCommentary({ analysis }, { lang, sentences: n });
        if (n !== undefined) expect(c.sentences.length).toBeLessThanOrEqual(n);
        else expect(c.sentences.length).toBeLessThanOrEqual(8);
        const all = [...c.sentences, ...commentaryVariants({ analysis }, { lang }).flat()];
        for (const sentence of all) {
          const ours = dataWords.reduce((t, w) => t.split(w).join(" "), sentence.text);
          expect(ours).not.toMatch(/NaN|Infinity|undefined|\bnull\b|\[object Object\]/);
          expect(numberProblems(sentence, lang, dataWords)).toEqual([]);
          if (lang === "fr") expect(ours).not.toMatch(/ [%€:;]|\d [%€]/);
        }
      }
    ),
    { numRuns: 200, seed: 20250117 }
  );
});
