import {
  grossMargin,
  marginRate,
  markupRate,
  percentChange,
  shareOf,
} from "../../../src/domain/analysis/rates";

describe("rates", () => {
  test("percent change, and null when the reference is 0, negative or missing", () => {
    expect(percentChange(110, 100)).toBeCloseTo(0.1, 12);
    expect(percentChange(50, 100)).toBeCloseTo(-0.5, 12);
    expect(percentChange(100, 0)).toBeNull();
    expect(percentChange(100, -20)).toBeNull();
    expect(percentChange(100, 0.004)).toBeNull();
    expect(percentChange(null, 100)).toBeNull();
    expect(percentChange(100, null)).toBeNull();
    expect(percentChange(-30, 100)).toBeCloseTo(-1.3, 12);
  });

  test("markup rate (taux de marge) = margin / cost; margin rate (taux de marque) = margin / revenue", () => {
    // Bought 60, sold 100: margin 40, taux de marge 66.7 %, taux de marque 40 %.
    const margin = grossMargin(100, 60);
    expect(margin).toBe(40);
    expect(markupRate(margin, 60)).toBeCloseTo(2 / 3, 12);
    expect(marginRate(margin, 100)).toBeCloseTo(0.4, 12);
  });

  test("rates are null without cost or with a zero or negative denominator", () => {
    expect(grossMargin(100, null)).toBeNull();
    expect(markupRate(null, 60)).toBeNull();
    expect(markupRate(40, 0)).toBeNull();
    expect(marginRate(40, 0)).toBeNull();
    expect(marginRate(-10, -50)).toBeNull();
  });

  test("shares of a positive total; null for a total ≤ 0", () => {
    expect(shareOf(25, 100)).toBe(0.25);
    expect(shareOf(-5, 100)).toBe(-0.05);
    expect(shareOf(5, 0)).toBeNull();
    expect(shareOf(5, -10)).toBeNull();
  });
});
