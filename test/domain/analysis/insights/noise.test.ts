/**
 * Pure noise yields no insight beyond the stated level. Every hypothesis an analysis tests goes
 * through Holm's procedure at FAMILY_ALPHA = 0.05 together, so at most 5 % of pure-noise data sets
 * may show any fact at all. Each test below runs EVERY seed of a fixed, contiguous range (none left
 * out) and checks the count against the binomial bound that level implies: if each data set showed
 * a fact with probability exactly 0.05, P(X ≥ 20 of 200) = 0.0027 — so more than 19 of 200 means
 * the level is not controlled.
 *
 * Measured when written (seeds 0–199 of the mixed family): 4 data sets of 200 show a fact; the
 * engine as it was (each family at 0.005 on its own, a MAD-based target-gap test) showed a fact in
 * 54 of the same 200 — 49 of the 100 with targets had a false target gap, and 5 of the 100 without.
 */
import { analyze, analyzeWithTests } from "../../../../src/domain/analysis";
import { FAMILY_ALPHA } from "../../../../src/domain/analysis/insights/common";
import { mixedNoise, noiseTable, noiseTargets, type NoiseOptions } from "./noise";
import { noisy, seriesOf } from "./series";

/** Largest count of 200 data sets compatible with a 5 % rate (P(X ≥ 20) = 0.0027). */
const BOUND_200 = 19;

describe("pure noise (seeded, every seed of a contiguous range)", () => {
  test("the stated family-wise level is 5 %", () => {
    expect(FAMILY_ALPHA).toBe(0.05);
    const a = analyze(noiseTable(1, { months: 12, linesPerDay: 3 }));
    expect(a.insightTests?.familyAlpha).toBe(0.05);
  });

  test("200 mixed noise data sets (seeds 0–199: 12/24/36 months, up to 5 dimensions with 40 customers, half with targets, some partial): within the 5 % bound", () => {
    let withInsight = 0;
    let withTargets = 0;
    for (let seed = 0; seed < 200; seed++) {
      const { table, options } = mixedNoise(seed);
      if (options.targets) withTargets++;
      const a = analyze(table, options);
      if (a.insights.length > 0) withInsight++;
      // Whatever is reported passed Holm at the stated level.
      for (const i of a.insights) expect(i.pValue!).toBeLessThanOrEqual(FAMILY_ALPHA);
    }
    expect(withTargets).toBe(100);
    expect(withInsight).toBeLessThanOrEqual(BOUND_200);
  });

  test("the seeds the first version of this test skipped are judged like the others (seeds 1–9, no seed left out)", () => {
    // Seed 4 used to yield a trend (score 0.11) and was left out of the loop.
    let withInsight = 0;
    for (let seed = 1; seed <= 9; seed++) {
      const a = analyze(noiseTable(seed, { months: [12, 24, 36][seed % 3], linesPerDay: 3 }));
      if (a.insights.length > 0) withInsight++;
    }
    // 9 data sets at 5 %: P(X ≥ 3) = 0.0084.
    expect(withInsight).toBeLessThanOrEqual(2);
  });

  test("a flat noisy series yields no trend or change of level: 200 single series of 24 months (seeds 0–199, 5 % and 10 % noise)", () => {
    let trends = 0;
    for (let seed = 0; seed < 200; seed++) {
      const a = analyze(seriesOf("2023-01", noisy(seed, 24, 1000, seed % 2 === 0 ? 0.05 : 0.1)));
      if (a.insights.some((i) => i.kind === "trend" || i.kind === "changePoint")) trends++;
    }
    expect(trends).toBeLessThanOrEqual(BOUND_200);
  });

  test("every test run counts: hand count for 36 months, 5 dimensions, cost and targets", () => {
    const o: NoiseOptions = { months: 36, linesPerDay: 3, salespeople: 6, products: 15 };
    const { analysis, tests } = analyzeWithTests(noiseTable(7, o), {
      targets: { monthly: noiseTargets(o) },
    });
    // Régions 5, Gammes 4, Clients 40, Commerciaux 6, Produits 15; 36 full months.
    const expected = {
      changePoint: 1,
      concentration: 5, // one per dimension
      contribution: 2, // last month, last year (one test each, whatever the dimensions)
      outlier: 3, // one ESD step per 12 months
      "outstandingFirst:member": 4, // dimensions with ≥ 5 members (not the 4 ranges)
      "outstandingFirst:month": 1,
      "outstandingLast:member": 4,
      "outstandingLast:month": 1,
      rateShift: 2,
      seasonality: 1, // ≥ 24 months
      targetGap: 37, // 36 months and the last year
      trend: 1,
      "trend:member": 15, // 5 regions + 4 ranges + 6 salespeople (≤ 12 members)
    };
    expect(analysis.insightTests!.byFamily).toEqual(expected);
    expect(analysis.insightTests!.hypotheses).toBe(77);
    expect(tests!.hypotheses).toHaveLength(77);
  });
});
