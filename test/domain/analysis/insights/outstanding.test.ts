import { analyze } from "../../../../src/domain/analysis";
import {
  outstandingFirstTest,
  outstandingLastReflected,
  outstandingLastTest,
  outstandingMonths,
  signTestGreater,
} from "../../../../src/domain/analysis/insights/outstanding";
import { mulberry32, normal } from "../../../../src/domain/sample/random";
import { FAMILY_ALPHA } from "../../../../src/domain/analysis/insights/common";
import { levelsTable, noisy } from "./series";

/** Zipf-like member totals with multiplicative noise. */
function zipf(seed: number, n: number): number[] {
  const r = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => (1000 / (i + 1)) * Math.exp(0.05 * normal(r)));
}

describe("outstanding first / last (Tang et al. power-law residual test)", () => {
  test("a value three times what the power law of the others predicts is outstanding", () => {
    const values = zipf(1, 8);
    values[0] = 3000;
    const t = outstandingFirstTest(values)!;
    expect(t.index).toBe(0);
    expect(t.predicted).toBeGreaterThan(800);
    expect(t.predicted).toBeLessThan(1300);
    expect(t.pValue).toBeLessThan(0.001);
  });

  test("the top of a noisy power law is not (10 seeds, at the family-wise level)", () => {
    for (let seed = 2; seed < 12; seed++)
      expect(outstandingFirstTest(zipf(seed, 8))!.pValue).toBeGreaterThan(FAMILY_ALPHA);
  });

  test("a value far below the extrapolated power law is outstanding last", () => {
    const values = zipf(3, 8);
    values[7] = 20; // the law predicts about 125
    const t = outstandingLastTest(values)!;
    expect(t.index).toBe(7);
    expect(t.pValue).toBeLessThan(0.001);
    expect(outstandingLastTest(zipf(3, 8))!.pValue).toBeGreaterThan(FAMILY_ALPHA);
  });

  test("needs at least 5 positive values", () => {
    expect(outstandingFirstTest([5, 4, 3, 2])).toBeNull();
    expect(outstandingFirstTest([5, 4, 3, 2, -1])).toBeNull();
  });

  test("months: one month 60 % above noisy others is outstanding first; noise alone is not", () => {
    const values = noisy(4, 12);
    values[6] = 1600;
    const points = values.map((value, i) => ({
      month: `2024-${String(i + 1).padStart(2, "0")}`,
      value,
    }));
    const [first] = outstandingMonths(points);
    expect(first).toMatchObject({
      kind: "outstandingFirst",
      subject: "2024-07",
      value: 1600,
      scope: "month",
    });
    expect(first.pValue!).toBeLessThanOrEqual(FAMILY_ALPHA);
    expect(first.score).toBeCloseTo(first.impact * first.significance, 12);
    for (let seed = 10; seed < 20; seed++) {
      const p = noisy(seed, 12).map((value, i) => ({ month: `m${i}`, value }));
      expect(outstandingMonths(p)).toEqual([]);
    }
  });

  test("months: a month 40 % below is outstanding last (reflected test)", () => {
    const values = noisy(5, 12);
    values[2] = 600;
    expect(outstandingLastReflected(values)!.index).toBe(2);
    const months = outstandingMonths(values.map((value, i) => ({ month: `m${i}`, value })));
    expect(months.map((m) => [m.kind, m.subject])).toEqual([["outstandingLast", "m2"]]);
  });

  test("sign test: wins in 10 of 10 periods → p = 1/1024", () => {
    expect(
      signTestGreater([2, 2, 2, 2, 2, 2, 2, 2, 2, 2], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1])
    ).toBeCloseTo(1 / 1024, 12);
    expect(signTestGreater([1, 2], [1, 2])).toBe(1);
  });

  describe("members (analyze)", () => {
    const regions = (lead: number[]) => ({
      Ouest: lead,
      Nord: noisy(21, 12, 1000),
      Sud: noisy(22, 12, 900),
      Est: noisy(23, 12, 800),
      Centre: noisy(24, 12, 700),
      "Île-de-France": noisy(25, 12, 650),
    });

    test("a region three times the next one, month after month, is outstanding first", () => {
      const a = analyze(levelsTable("2024-01", regions(noisy(20, 12, 3000))));
      const first = a.insights.find((i) => i.kind === "outstandingFirst");
      expect(first).toMatchObject({
        subject: "Ouest",
        scope: { dimension: "Région" },
        runnerUp: { subject: "Nord" },
      });
    });

    test("a lead made by one exceptional month is not confirmed month by month", () => {
      const lead = noisy(20, 12, 800);
      lead[5] = 24000;
      const a = analyze(levelsTable("2024-01", regions(lead)));
      expect(
        a.insights.filter((i) => i.kind === "outstandingFirst" && i.scope !== "month")
      ).toEqual([]);
    });

    test("a region at a quarter of the others, month after month, is outstanding last", () => {
      const a = analyze(
        levelsTable("2024-01", {
          Nord: noisy(31, 12, 1000),
          Sud: noisy(32, 12, 950),
          Est: noisy(33, 12, 900),
          Ouest: noisy(34, 12, 850),
          Centre: noisy(35, 12, 800),
          Corse: noisy(36, 12, 200),
        })
      );
      const last = a.insights.find((i) => i.kind === "outstandingLast" && i.scope !== "month");
      expect(last).toMatchObject({ subject: "Corse", runnerUp: { subject: "Centre" } });
    });

    test("similar regions: nothing outstanding", () => {
      const a = analyze(levelsTable("2024-01", regions(noisy(20, 12, 1100))));
      expect(
        a.insights.filter((i) => i.kind === "outstandingFirst" || i.kind === "outstandingLast")
      ).toEqual([]);
    });
  });
});
