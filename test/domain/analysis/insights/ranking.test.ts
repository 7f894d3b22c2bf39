import { analyze } from "../../../../src/domain/analysis";
import {
  SCORE_PRECISION,
  rankInsights,
  recencyKey,
} from "../../../../src/domain/analysis/insights";
import { rated, score } from "../../../../src/domain/analysis/insights/common";
import type { Insight } from "../../../../src/domain/analysis/types";
import { levelsTable, noisy, seriesOf } from "./series";

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

  test("ties are broken by kind order, then the most recent, then id, whatever the input order", () => {
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
      "targetGap:2024-02",
      "targetGap:2024-01",
    ]);
    expect(rankInsights([c, b, a]).map((i) => i.id)).toEqual([
      "trend",
      "targetGap:2024-02",
      "targetGap:2024-01",
    ]);
    // Same period (no recency to tell them apart): by id.
    const a2 = { ...a, id: "targetGap:2024-02:b" } as Insight;
    expect(rankInsights([a2, a]).map((i) => i.id)).toEqual([
      "targetGap:2024-02",
      "targetGap:2024-02:b",
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

  test("every month beats its target by the same margin: the year's gap, then the latest months", () => {
    // Twelve months of noise at 1 000 € a day-weighted month, each target = revenue / 1.2: every
    // month is 20 % above target (scores equal up to the cents of the targets). The ranking used
    // to put January and February first (ties broken by id); now the year, then December,
    // November…
    const table = seriesOf("2024-01", noisy(3, 12, 1000, 0.03));
    const monthly = Object.fromEntries(
      analyze(table).months.map((m) => [m.month, Math.round((m.revenue / 1.2) * 100) / 100])
    );
    const gaps = analyze(table, { targets: { monthly } }).insights.filter(
      (i) => i.kind === "targetGap"
    );
    expect(gaps.map((g) => g.kind === "targetGap" && g.period).slice(0, 4)).toEqual([
      "2024",
      "2024-12",
      "2024-11",
      "2024-10",
    ]);
    expect(recencyKey(gaps[0])).toBe("2024-13");
    // Scores closer than SCORE_PRECISION are ties; a clearly larger score still comes first.
    const month = gaps.find((g) => g.kind === "targetGap" && g.period === "2024-03")!;
    const bigger = { ...month, score: gaps[0].score + 10 * SCORE_PRECISION };
    expect(rankInsights([...gaps.filter((g) => g !== month), bigger])[0]).toBe(bigger);
  });
});
