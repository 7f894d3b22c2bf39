import { analyze } from "../../../../src/domain/analysis";
import { changePointInsight } from "../../../../src/domain/analysis/insights/change-point";
import type { ChangePointInsight } from "../../../../src/domain/analysis/types";
import { noisy, seriesOf } from "./series";

const months = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ month: `m${String(i).padStart(2, "0")}` }));

describe("change point (best split t-test, Bonferroni over splits)", () => {
  test("a 30 % step up after month 12", () => {
    const values = noisy(1, 24).map((v, i) => (i >= 12 ? v * 1.3 : v));
    const c = changePointInsight(months(24), values)!;
    expect(c).toMatchObject({ kind: "changePoint", month: "m12" });
    expect(c.changePct!).toBeGreaterThan(0.2);
    expect(c.changePct!).toBeLessThan(0.4);
    expect(c.pValue!).toBeLessThan(1e-4);
  });

  test("a straight line is a trend, not a change point", () => {
    const values = noisy(2, 24, 1000, 0.02).map((v, i) => v * (1 + 0.03 * i));
    expect(changePointInsight(months(24), values)).toBeNull();
  });

  test("noise has no change point (20 seeds)", () => {
    for (let seed = 400; seed < 420; seed++)
      expect(changePointInsight(months(24), noisy(seed, 24))).toBeNull();
  });

  test("a significant but small shift (< 10 %) is not reported", () => {
    const values = noisy(3, 24, 1000, 0.005).map((v, i) => (i >= 12 ? v * 1.05 : v));
    expect(changePointInsight(months(24), values)).toBeNull();
  });

  test("analyze: a step is reported as a change point, not as a trend", () => {
    const values = noisy(4, 24).map((v, i) => (i >= 9 ? v * 0.7 : v));
    const a = analyze(seriesOf("2023-01", values));
    const c = a.insights.find((i): i is ChangePointInsight => i.kind === "changePoint")!;
    expect(c.month).toBe("2023-10");
    expect(c.after).toBeLessThan(c.before);
    expect(a.insights.filter((i) => i.kind === "trend")).toEqual([]);
  });
});
