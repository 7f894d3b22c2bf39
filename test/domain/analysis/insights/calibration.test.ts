/**
 * Holm's procedure controls the family-wise level only if each test's p-value is valid: under its
 * null hypothesis, P(p ≤ α) ≤ α. Each test below draws 400 independent null cases (seeds 0–399,
 * none left out) and counts p ≤ 0.05 and p ≤ 0.005. With an exactly calibrated test,
 * P(X ≥ 33 of 400 at 0.05) = 0.0038 and P(X ≥ 7 of 400 at 0.005) = 0.0044: more than 32 or 6 means
 * the test is too liberal. Two tests failed this when first written and were fixed: the target
 * gap's MAD-based z (p ≤ 0.005 in 2.9 % of honest months) and Tang's prediction interval without
 * its leverage term (3.2 % on a noisy power law). A third, Grubbs' test on residuals from a
 * Theil–Sen line, was too liberal by less than 400 cases can show (1.03 % at 0.005 over 20,000
 * cases of 12 months) and was replaced too (see trendEsdSteps).
 */
import { analyzeWithTests } from "../../../../src/domain/analysis";
import { trendTest } from "../../../../src/domain/analysis/insights/trend";
import { bestStep } from "../../../../src/domain/analysis/stats/step";
import { trendEsdSteps } from "../../../../src/domain/analysis/stats/esd";
import { seasonalModel } from "../../../../src/domain/analysis/insights/seasonality";
import {
  outstandingFirstTest,
  outstandingLastReflected,
  outstandingLastTest,
} from "../../../../src/domain/analysis/insights/outstanding";
import {
  lastChangePValue,
  pairedTPValue,
} from "../../../../src/domain/analysis/insights/contribution";
import { mulberry32, normal } from "../../../../src/domain/sample/random";
import { daysIn, monthRange } from "../helpers";
import { noisy, seriesOf } from "./series";

const CASES = 400;
const BOUND_05 = 32;
const BOUND_005 = 6;

/** p-values of `CASES` null cases (seeds 0..CASES−1). */
function nullPValues(pValue: (seed: number) => number): number[] {
  return Array.from({ length: CASES }, (_, seed) => pValue(seed));
}

function expectCalibrated(pValues: number[]): void {
  expect(pValues).toHaveLength(CASES);
  for (const p of pValues) expect(p).toBeGreaterThanOrEqual(0);
  expect(pValues.filter((p) => p <= 0.05).length).toBeLessThanOrEqual(BOUND_05);
  expect(pValues.filter((p) => p <= 0.005).length).toBeLessThanOrEqual(BOUND_005);
}

/** Zipf-like member totals with multiplicative noise: a power law with nothing outstanding. */
function zipf(seed: number, n: number): number[] {
  const r = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => (1000 / (i + 1)) * Math.exp(0.05 * normal(r)));
}

const monthNumbers = (n: number) => Array.from({ length: n }, (_, i) => (i % 12) + 1);

describe("each test's p-values are valid under its null hypothesis (400 seeds each)", () => {
  test("trend: Mann-Kendall on 24 flat noisy months", () => {
    expectCalibrated(nullPValues((seed) => trendTest(noisy(seed, 24))!.pValue));
  });

  test("change point: best split with the Bonferroni correction, 24 flat noisy months", () => {
    expectCalibrated(nullPValues((seed) => bestStep(noisy(seed, 24))!.pValue));
  });

  test("outliers: generalized ESD around a trend line, 12 months rising 2 % a month", () => {
    expectCalibrated(
      nullPValues(
        (seed) =>
          trendEsdSteps(
            noisy(seed, 12).map((v, i) => v + 20 * i),
            1
          )[0].pValue
      )
    );
  });

  test("outliers: the second ESD step (12 months: at least two steps), 12 months rising 2 % a month", () => {
    expectCalibrated(
      nullPValues(
        (seed) =>
          trendEsdSteps(
            noisy(seed + 2000, 12).map((v, i) => v + 20 * i),
            2
          )[1].pValue
      )
    );
  });

  test("seasonality: one-way ANOVA on the ratios to the trend, 24 and 36 noisy months", () => {
    expectCalibrated(
      nullPValues((seed) => seasonalModel(noisy(seed, 24), monthNumbers(24))!.pValue)
    );
    expectCalibrated(
      nullPValues((seed) => seasonalModel(noisy(seed + 1000, 36), monthNumbers(36))!.pValue)
    );
  });

  test("outstanding members: Tang's test, first and last, on a noisy power law of 8 members", () => {
    expectCalibrated(nullPValues((seed) => outstandingFirstTest(zipf(seed, 8))!.pValue));
    expectCalibrated(nullPValues((seed) => outstandingLastTest(zipf(seed, 8))!.pValue));
  });

  test("outstanding months: Tang's test, first and last (reflected), on 12 noisy months", () => {
    expectCalibrated(
      nullPValues((seed) => outstandingFirstTest(noisy(seed, 12, 1000, 0.15))!.pValue)
    );
    expectCalibrated(
      nullPValues((seed) => outstandingLastReflected(noisy(seed, 12, 1000, 0.15))!.pValue)
    );
  });

  test("contribution and rate shift: last change against the earlier ones; paired t over 12 months", () => {
    expectCalibrated(nullPValues((seed) => lastChangePValue(noisy(seed, 12))!));
    expectCalibrated(
      nullPValues((seed) => pairedTPValue(noisy(seed, 12), noisy(seed + 10000, 12))!)
    );
  });

  test("target gap: a month against an honest target (its expected revenue), 24 noisy months", () => {
    const months = monthRange("2023-01", 24);
    // seriesOf books level × days / 30 in a month: that is the expected revenue.
    const monthly = Object.fromEntries(months.map((m) => [m, (1000 * daysIn(m)) / 30]));
    expectCalibrated(
      nullPValues((seed) => {
        const { tests } = analyzeWithTests(seriesOf("2023-01", noisy(seed, 24)), {
          targets: { monthly },
        });
        const june = tests!.hypotheses.filter((h) => h.family === "targetGap")[17];
        return june.pValue;
      })
    );
  });
});
