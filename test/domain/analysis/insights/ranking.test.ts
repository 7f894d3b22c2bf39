import { analyze } from "../../../../src/domain/analysis";
import { rankInsights } from "../../../../src/domain/analysis/insights";
import { rated, score } from "../../../../src/domain/analysis/insights/common";
import type { Insight } from "../../../../src/domain/analysis/types";
import { levelsTable, noisy } from "./series";

describe("score and ranking", () => {
  test("score = impact × significance, clamped to [0, 1]", () => {
    expect(score(0.5, 0.8)).toBeCloseTo(0.4, 12);
    expect(score(2, 1)).toBe(1);
    expect(score(NaN, 1)).toBe(0);
    expect(rated(0.3, 0.01)).toEqual({
      impact: 0.3,
      significance: 0.99,
      score: 0.3 * 0.99,
      pValue: 0.01,
    });
    expect(rated(0.3, null)).toMatchObject({ significance: 1, score: 0.3 });
  });

  test("ties are broken by kind order then id, whatever the input order", () => {
    const base = {
      score: 0.5,
      impact: 0.5,
      significance: 1,
      pValue: 0,
      test: "threshold" as const,
      measure: "revenue" as const,
    };
    const a = {
      ...base,
      kind: "targetGap",
      id: "targetGap:2024-02",
      period: "2024-02",
      target: 1,
      actual: 1,
      gap: 0,
      gapPct: 0,
    } as Insight;
    const b = {
      ...base,
      kind: "targetGap",
      id: "targetGap:2024-01",
      period: "2024-01",
      target: 1,
      actual: 1,
      gap: 0,
      gapPct: 0,
    } as Insight;
    const c = {
      ...base,
      kind: "trend",
      id: "trend",
      direction: "up",
      from: "a",
      to: "b",
      months: 2,
      slopePerMonth: 1,
      slopeRelative: 0.1,
    } as Insight;
    expect(rankInsights([a, b, c]).map((i) => i.id)).toEqual([
      "trend",
      "targetGap:2024-01",
      "targetGap:2024-02",
    ]);
    expect(rankInsights([c, b, a]).map((i) => i.id)).toEqual([
      "trend",
      "targetGap:2024-01",
      "targetGap:2024-02",
    ]);
  });

  test("an analysis' insights are sorted, with unique ids and scores in [0, 1]", () => {
    const lead = noisy(1, 24, 3000).map((v, i) => v * (1 + 0.03 * i));
    const a = analyze(
      levelsTable("2023-01", {
        A: lead,
        B: noisy(2, 24),
        C: noisy(3, 24),
        D: noisy(4, 24),
        E: noisy(5, 24),
      })
    );
    expect(a.insights.length).toBeGreaterThan(2);
    const ids = a.insights.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (let k = 1; k < a.insights.length; k++)
      expect(a.insights[k - 1].score).toBeGreaterThanOrEqual(a.insights[k].score);
    for (const i of a.insights) {
      expect(i.score).toBeGreaterThanOrEqual(0);
      expect(i.score).toBeLessThanOrEqual(1);
      expect(i.score).toBeCloseTo(i.impact * i.significance, 12);
    }
  });
});
