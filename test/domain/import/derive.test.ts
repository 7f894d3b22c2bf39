import {
  deriveCostOrMargin,
  lineRevenue,
  subtractColumns,
  type MeasureSet,
} from "../../../src/domain/import/derive";

describe("lineRevenue", () => {
  it("is quantity × unit price × (1 − discount), rounded to the cent", () => {
    expect(lineRevenue(3, 19.99, 0.1)).toBe(53.97); // 53.973
    expect(lineRevenue(1, 0.335, 0)).toBe(0.34); // halves away from zero
    expect(lineRevenue(-2, 10, NaN)).toBe(-20); // credit note, no discount
  });
});

describe("subtractColumns", () => {
  it("subtracts row by row at the given decimals, NaN where a value is missing", () => {
    const out = subtractColumns(
      new Float64Array([5.5, 0.3, 1]),
      new Float64Array([1.8442, 0.1, NaN]),
      4
    );
    expect(Array.from(out)).toEqual([3.6558, 0.2, NaN]);
  });
});

describe("deriveCostOrMargin", () => {
  const set = (m: Partial<Record<"cost" | "profit", number[]>>): MeasureSet => ({
    measures: {
      revenue: new Float64Array([100, -10]),
      ...(m.cost ? { cost: new Float64Array(m.cost) } : {}),
      ...(m.profit ? { profit: new Float64Array(m.profit) } : {}),
    },
    headers: { revenue: "CA HT" },
    decimals: { revenue: 2, cost: 4, profit: 2 },
  });

  it("derives the margin from the cost", () => {
    const s = set({ cost: [64.1234, -6] });
    expect(deriveCostOrMargin(s, "fr")).toEqual(["margin"]);
    expect(Array.from(s.measures.profit!)).toEqual([35.8766, -4]);
    expect(s.headers.profit).toBe("Marge");
    expect(s.decimals.profit).toBe(4);
  });

  it("derives the cost from the margin", () => {
    const s = set({ profit: [35.5, -4] });
    expect(deriveCostOrMargin(s, "en")).toEqual(["cost"]);
    expect(Array.from(s.measures.cost!)).toEqual([64.5, -6]);
    expect(s.headers.cost).toBe("Cost");
  });

  it("derives nothing when both or neither are given", () => {
    expect(deriveCostOrMargin(set({ cost: [1, 1], profit: [99, -11] }), "fr")).toEqual([]);
    expect(deriveCostOrMargin(set({}), "fr")).toEqual([]);
  });
});
