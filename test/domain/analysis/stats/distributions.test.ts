import {
  binomialUpperTail,
  fUpperTail,
  normalTwoSidedP,
  normalUpperTail,
  regularizedIncompleteBeta,
  studentTTwoSidedP,
} from "../../../../src/domain/analysis/stats/distributions";

describe("distributions (against printed tables)", () => {
  test("normal tails", () => {
    expect(normalUpperTail(0)).toBeCloseTo(0.5, 7);
    expect(normalUpperTail(1.959964)).toBeCloseTo(0.025, 6);
    expect(normalTwoSidedP(-2.575829)).toBeCloseTo(0.01, 6);
    expect(normalUpperTail(-1.644854)).toBeCloseTo(0.95, 6);
  });

  test("regularized incomplete beta", () => {
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 10);
    expect(regularizedIncompleteBeta(0.5, 4, 4)).toBeCloseTo(0.5, 10);
    // I_x(a, 1) = x^a
    expect(regularizedIncompleteBeta(0.7, 3, 1)).toBeCloseTo(0.343, 10);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  test("Student t two-sided p-values match the critical values of the tables", () => {
    expect(studentTTwoSidedP(1, 1)).toBeCloseTo(0.5, 10); // Cauchy
    expect(studentTTwoSidedP(2.228139, 10)).toBeCloseTo(0.05, 6);
    expect(studentTTwoSidedP(-2.84534, 20)).toBeCloseTo(0.01, 6);
    expect(studentTTwoSidedP(0, 5)).toBeCloseTo(1, 10);
    expect(studentTTwoSidedP(Infinity, 5)).toBe(0);
  });

  test("F upper tail; F(1, d) is t² with d degrees of freedom", () => {
    expect(fUpperTail(3.325835, 5, 10)).toBeCloseTo(0.05, 6);
    expect(fUpperTail(2.717331, 11, 12)).toBeCloseTo(0.05, 5);
    expect(fUpperTail(3.674 ** 2, 1, 4)).toBeCloseTo(studentTTwoSidedP(3.674, 4), 10);
    expect(fUpperTail(0, 3, 3)).toBe(1);
  });

  test("binomial upper tail (sign test)", () => {
    expect(binomialUpperTail(10, 10)).toBeCloseTo(1 / 1024, 12);
    expect(binomialUpperTail(8, 10)).toBeCloseTo(56 / 1024, 12);
    expect(binomialUpperTail(0, 10)).toBe(1);
    expect(binomialUpperTail(11, 10)).toBe(0);
  });
});
