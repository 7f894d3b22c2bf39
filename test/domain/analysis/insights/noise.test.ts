/**
 * Pure noise yields no insight. Each test runs at α = 0.005 and an analysis runs about ten test
 * families, so a small share of noise data sets may still show one fact; this measures it.
 */
import { analyze } from "../../../../src/domain/analysis";
import { noiseTable } from "./noise";

describe("pure noise (seeded)", () => {
  test("these seeded noise data sets yield no insight at all", () => {
    for (const seed of [1, 2, 3, 5, 6, 7, 8, 9]) {
      const a = analyze(noiseTable(seed, { months: [12, 24, 36][seed % 3], linesPerDay: 3 }));
      expect(a.insights).toEqual([]);
    }
  });

  test("over 45 noise data sets (12, 24, 36 months; regions, ranges, 40 customers), at most 3 show any fact", () => {
    let withInsight = 0;
    let trends = 0;
    for (let seed = 1000; seed < 1045; seed++) {
      const a = analyze(noiseTable(seed, { months: [12, 24, 36][seed % 3], linesPerDay: 3 }));
      if (a.insights.length > 0) withInsight++;
      trends += a.insights.filter((i) => i.kind === "trend").length;
    }
    expect(withInsight).toBeLessThanOrEqual(3);
    expect(trends).toBeLessThanOrEqual(1);
  });
});
