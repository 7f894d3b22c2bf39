import fc from "fast-check";
import {
  decimalScale,
  exactSum,
  neumaierSum,
  roundCents,
  scaledToCents,
  toScaled,
} from "../../../src/domain/analysis/exact-sum";

describe("exact sums", () => {
  test("a naive float sum drifts; the exact sum does not", () => {
    const values = new Array(10).fill(0.1);
    expect(values.reduce((s, v) => s + v, 0)).not.toBe(1);
    expect(exactSum(values, 2)).toBe(1);
  });

  test("4-decimal costs sum exactly then round once to the cent", () => {
    // 3 × 1.8442 = 5.5326 → 5.53; rounding each line first would give 3 × 1.84 = 5.52.
    expect(exactSum([1.8442, 1.8442, 1.8442], 4)).toBe(5.53);
    // Half a cent rounds away from zero, in integer arithmetic.
    expect(exactSum([0.0025, 0.0025], 4)).toBe(0.01);
    expect(exactSum([-0.0025, -0.0025], 4)).toBe(-0.01);
  });

  test("missing values (NaN) are skipped", () => {
    expect(exactSum([1.5, NaN, 2.25], 2)).toBe(3.75);
  });

  test("scaled integers round half away from zero to the cent", () => {
    expect(scaledToCents(12345, 10000)).toBe(1.23);
    expect(scaledToCents(12350, 10000)).toBe(1.24);
    expect(scaledToCents(-12350, 10000)).toBe(-1.24);
    expect(scaledToCents(-12349, 10000)).toBe(-1.23);
    expect(scaledToCents(7, 1)).toBe(7);
    expect(scaledToCents(15, 10)).toBe(1.5);
  });

  test("decimal scale defaults to 4 decimals and is capped at 6", () => {
    expect(decimalScale(undefined)).toBe(10_000);
    expect(decimalScale(2)).toBe(100);
    expect(decimalScale(9)).toBe(1_000_000);
    expect(toScaled(1.8442, decimalScale(4))).toBe(18442);
  });

  test("roundCents rounds halves away from zero", () => {
    expect(roundCents(1.005)).toBe(1.01);
    expect(roundCents(-2.675)).toBe(-2.68);
    expect(roundCents(1480.8999999999996)).toBe(1480.9);
  });

  test("property: the exact sum of cent amounts equals the integer sum of cents", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { maxLength: 200 }),
        (cents) => {
          const expected = cents.reduce((s, c) => s + c, 0) / 100;
          expect(
            exactSum(
              cents.map((c) => c / 100),
              2
            )
          ).toBe(expected);
        }
      )
    );
  });

  test("Neumaier keeps what a naive sum loses", () => {
    expect(neumaierSum([1e16, 1, -1e16])).toBe(1);
  });
});
