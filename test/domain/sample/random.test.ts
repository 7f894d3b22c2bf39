import { mean, sampleStandardDeviation } from "simple-statistics";
import { mulberry32, normal, randomInt, weightedIndex } from "../../../src/domain/sample/random";

describe("seeded random numbers", () => {
  test("same seed, same sequence; another seed, another one", () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const c = mulberry32(2);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  test("normal deviates have mean ≈ 0 and standard deviation ≈ 1", () => {
    const r = mulberry32(3);
    const xs = Array.from({ length: 20000 }, () => normal(r));
    expect(Math.abs(mean(xs))).toBeLessThan(0.03);
    expect(Math.abs(sampleStandardDeviation(xs) - 1)).toBeLessThan(0.03);
  });

  test("integers and weighted choices follow their distributions", () => {
    const r = mulberry32(4);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30000; i++) counts[weightedIndex(r, [1, 2, 3])]++;
    expect(counts[0] / 30000).toBeCloseTo(1 / 6, 1);
    expect(counts[2] / 30000).toBeCloseTo(1 / 2, 1);
    const ints = new Set(Array.from({ length: 1000 }, () => randomInt(r, 4)));
    expect([...ints].sort()).toEqual([0, 1, 2, 3]);
  });
});
