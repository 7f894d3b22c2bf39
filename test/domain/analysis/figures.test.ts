import {
  addSums,
  emptySums,
  exactMargin,
  periodFigures,
} from "../../../src/domain/analysis/figures";

const scales = { revenue: 100, cost: 10000, quantity: 1 };

describe("period figures from scaled sums", () => {
  test("margin of revenue in cents and cost in 1/10000: exact, then rounded once", () => {
    // 100.00 − 33.3333 = 66.6667 → 66.67
    expect(exactMargin(10000, 333333, scales)).toBe(66.67);
  });

  test("figures, rates and the missing-cost rule", () => {
    const sums = {
      revenue: 20000,
      cost: 1200000,
      quantity: 3,
      lines: 2,
      missingCost: 0,
      missingQuantity: 0,
    };
    expect(periodFigures(sums, scales)).toEqual({
      revenue: 200,
      cost: 120,
      margin: 80,
      markupRate: 80 / 120,
      marginRate: 0.4,
      quantity: 3,
      lines: 2,
      missingCostLines: 0,
      missingQuantityLines: 0,
    });
    const missing = periodFigures({ ...sums, missingCost: 1, missingQuantity: 1 }, scales);
    expect(missing).toMatchObject({
      cost: null,
      margin: null,
      markupRate: null,
      marginRate: null,
      quantity: null,
    });
    expect(missing).toMatchObject({ missingCostLines: 1, missingQuantityLines: 1 });
  });

  test("without cost or quantity columns every line lacks them", () => {
    const f = periodFigures({ ...emptySums(false, false), revenue: 500, lines: 4 }, scales);
    expect(f).toMatchObject({
      revenue: 5,
      cost: null,
      quantity: null,
      missingCostLines: 4,
      missingQuantityLines: 4,
    });
  });

  test("sums add up", () => {
    const a = { ...emptySums(true, true), revenue: 1, cost: 2, quantity: 3, lines: 1 };
    addSums(a, {
      revenue: 10,
      cost: 20,
      quantity: 30,
      lines: 2,
      missingCost: 1,
      missingQuantity: 0,
    });
    expect(a).toEqual({
      revenue: 11,
      cost: 22,
      quantity: 33,
      lines: 3,
      missingCost: 1,
      missingQuantity: 0,
    });
  });
});
