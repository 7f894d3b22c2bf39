import fc from "fast-check";
import {
  ExactAccumulator,
  roundTo,
  sumExact,
  sumExactByKey,
} from "../../../src/domain/import/exact";

describe("roundTo", () => {
  it("rounds halves away from zero at the given decimals", () => {
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(roundTo(-2.675, 2)).toBe(-2.68);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(225627.2336, 2)).toBe(225627.23);
    expect(roundTo(0.5, 0)).toBe(1);
    expect(roundTo(NaN, 2)).toBeNaN();
  });
});

describe("exact sums", () => {
  it("adds amounts exactly where a plain sum drifts", () => {
    const values = new Float64Array(100_000).fill(0.1);
    let naive = 0;
    for (const v of values) naive += v;
    expect(naive).not.toBe(10000);
    expect(sumExact(values, 1)).toBe(10000);
  });

  it("skips NaN (missing values) and can sum selected rows", () => {
    const values = [1.25, NaN, 2.5, 3.75];
    expect(sumExact(values, 2)).toBe(7.5);
    expect(sumExact(values, 2, [0, 3])).toBe(5);
    const acc = new ExactAccumulator();
    values.forEach((v) => acc.add(v));
    expect(acc.count).toBe(3);
    expect(acc.total(2)).toBe(7.5);
  });

  it("groups by key", () => {
    const sums = sumExactByKey([0.1, 0.2, 0.3, 5, 1], [0, 0, 1, -1, 7], 2, 1);
    expect(Array.from(sums)).toEqual([0.3, 0.3]);
  });

  it("equals the sum of integer cents (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { maxLength: 500 }),
        (cents) => {
          const amounts = cents.map((c) => c / 100);
          const exact = cents.reduce((a, b) => a + b, 0) / 100;
          expect(sumExact(amounts, 2)).toBe(exact);
        }
      )
    );
  });

  it("is exact at 4 decimals (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100_000_000, max: 100_000_000 }), { maxLength: 500 }),
        (units) => {
          const values = units.map((u) => u / 10_000);
          const exact = units.reduce((a, b) => a + b, 0) / 10_000;
          expect(sumExact(values, 4)).toBe(exact);
        }
      )
    );
  });
});
