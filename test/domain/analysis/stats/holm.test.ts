import { holmAdjusted } from "../../../../src/domain/analysis/stats/holm";

describe("Holm–Bonferroni adjusted p-values", () => {
  test("hand-computed case (R: p.adjust(c(0.01, 0.04, 0.03, 0.005), 'holm'))", () => {
    // Sorted: 0.005 × 4 = 0.02; 0.01 × 3 = 0.03; 0.03 × 2 = 0.06; 0.04 × 1 = 0.04 → max 0.06.
    const adjusted = holmAdjusted([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((v, i) => expect(adjusted[i]).toBeCloseTo(v, 12));
  });

  test("rejects more than Bonferroni, never less", () => {
    // m = 3 at α = 0.05: Bonferroni rejects p ≤ 0.0167 only (the first); Holm then compares
    // 0.02 with 0.05 / 2 = 0.025 and 0.04 with 0.05 / 1: all three.
    const adjusted = holmAdjusted([0.01, 0.02, 0.04]);
    expect(adjusted.map((p) => p <= 0.05)).toEqual([true, true, true]);
    expect([0.01, 0.02, 0.04].map((p) => p * 3 <= 0.05)).toEqual([true, false, false]);
  });

  test("ties share their adjusted value; values are capped at 1; NaN counts as 1", () => {
    expect(holmAdjusted([0.01, 0.01, 0.5]).map((p) => +p.toFixed(12))).toEqual([0.03, 0.03, 0.5]);
    expect(holmAdjusted([0.4, 0.5])).toEqual([0.8, 0.8]);
    expect(holmAdjusted([0.6, 0.7])).toEqual([1, 1]);
    expect(holmAdjusted([NaN, 0.01])).toEqual([1, 0.02]);
  });

  test("one test is its own family; no test, no p-value", () => {
    expect(holmAdjusted([0.003])).toEqual([0.003]);
    expect(holmAdjusted([])).toEqual([]);
  });
});
