import { analyze } from "../../../src/domain/analysis";
import { targetsFromOptions, constantWithinGroups } from "../../../src/domain/analysis/targets";
import { ordinalOfMonthKey } from "../../../src/domain/analysis/calendar";
import { tableOf, type Row } from "./helpers";

describe("targets", () => {
  test("constantWithinGroups detects a value repeated within each group", () => {
    const first = new Float64Array(2);
    const values = Float64Array.from([5, 5, NaN, 7]);
    expect(constantWithinGroups(values, (i) => (i < 2 ? 0 : 1), 2, 4, first)).toBe(true);
    expect(Array.from(first)).toEqual([5, 7]);
    expect(constantWithinGroups(Float64Array.from([5, 6]), () => 0, 1, 2, first)).toBe(false);
  });

  test("a target column repeating the month's target on every line counts it once per month", () => {
    const rows: Row[] = [
      { date: "2024-01-03", revenue: 400, target: 1000 },
      { date: "2024-01-20", revenue: 700, target: 1000 },
      { date: "2024-02-05", revenue: 900, target: 1200 },
      { date: "2024-02-25", revenue: 200, target: 1200 },
    ];
    const a = analyze(tableOf(rows));
    expect(a.targetSource).toBe("column");
    expect(a.targetRule).toBe("month");
    expect(a.months.map((m) => m.target)).toEqual([1000, 1200]);
    expect(a.months[0].targetGap).toBe(100);
    expect(a.months[0].targetGapPct).toBeCloseTo(0.1, 12);
    expect(a.months[1].targetGap).toBe(-100);
    expect(a.months[1].ytdTarget).toBe(2200);
    expect(a.years[0].target).toBe(2200);
  });

  test("each salesperson's monthly target repeated on their lines is summed over salespeople", () => {
    const rows: Row[] = [
      { date: "2024-01-03", revenue: 400, target: 1000, dims: { Commercial: "Ana", Client: "c1" } },
      { date: "2024-01-04", revenue: 300, target: 1000, dims: { Commercial: "Ana", Client: "c2" } },
      { date: "2024-01-05", revenue: 800, target: 600, dims: { Commercial: "Bo", Client: "c1" } },
      { date: "2024-01-06", revenue: 100, target: 600, dims: { Commercial: "Bo", Client: "c3" } },
    ];
    const a = analyze(tableOf(rows));
    expect(a.targetRule).toEqual({ dimension: "Commercial" });
    expect(a.months[0].target).toBe(1600);
  });

  test("targets that vary line by line are per-line targets and are summed", () => {
    const rows: Row[] = [
      { date: "2024-01-03", revenue: 400, target: 450.5, dims: { R: "N" } },
      { date: "2024-01-04", revenue: 300, target: 250.25, dims: { R: "N" } },
    ];
    const a = analyze(tableOf(rows));
    expect(a.targetRule).toBe("line");
    expect(a.months[0].target).toBe(700.75);
  });

  test("options override the column; yearly targets are spread over 12 months", () => {
    const rows: Row[] = [
      { date: "2024-01-03", revenue: 400, target: 1000 },
      { date: "2024-02-03", revenue: 400, target: 1000 },
      { date: "2024-03-03", revenue: 400, target: 1000 },
    ];
    const a = analyze(tableOf(rows), {
      targets: { monthly: { "2024-02": 500 }, yearly: { "2024": 6000 } },
    });
    expect(a.targetSource).toBe("options");
    expect(a.months.map((m) => m.target)).toEqual([500, 500, 500]);
    expect(a.years[0].target).toBe(6000);
    const monthly = targetsFromOptions(
      { monthly: { "2024-03": 10 } },
      ordinalOfMonthKey("2024-02")!,
      3,
      1
    );
    expect(monthly).toEqual([null, 10, null]);
  });

  test("fiscal yearly targets use the fiscal label", () => {
    const values = targetsFromOptions(
      { yearly: { "2024-2025": 1200 } },
      ordinalOfMonthKey("2025-03")!,
      2,
      4
    );
    expect(values).toEqual([100, null]);
  });

  test("no target: nulls and targetsAvailable false", () => {
    const a = analyze(tableOf([{ date: "2024-01-03", revenue: 1 }]));
    expect(a.targetsAvailable).toBe(false);
    expect(a.months[0].target).toBeNull();
    expect(a.months[0].targetGap).toBeNull();
  });
});
