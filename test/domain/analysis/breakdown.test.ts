import { analyze } from "../../../src/domain/analysis";
import { OTHER_KEY, compareLabels, rankMembers } from "../../../src/domain/analysis/breakdown";
import { tableOf, type Row } from "./helpers";

describe("breakdowns", () => {
  test("ranking by revenue, ties by label in code-unit order", () => {
    expect(rankMembers([5, 9, 5, 1], ["b", "z", "a", "c"])).toEqual([1, 2, 0, 3]);
    expect(compareLabels("Île-de-France", "Nord")).toBeGreaterThan(0); // not locale-dependent
  });

  test("amounts, margin, share and rank per member", () => {
    const rows: Row[] = [
      { date: "2024-01-01", revenue: 300, cost: 200, quantity: 3, dims: { Région: "Nord" } },
      { date: "2024-01-02", revenue: 100, cost: 50, quantity: 1, dims: { Région: "Sud" } },
      { date: "2024-01-03", revenue: 100, cost: 80, quantity: 2, dims: { Région: "Nord" } },
    ];
    const b = analyze(tableOf(rows, { kinds: { Région: "region" } })).breakdowns["Région"];
    expect(b.kind).toBe("region");
    expect(b.memberCount).toBe(2);
    expect(b.other).toBeNull();
    expect(b.rows).toEqual([
      {
        key: "Nord",
        revenue: 400,
        cost: 280,
        margin: 120,
        marginRate: 0.3,
        markupRate: 120 / 280,
        quantity: 5,
        lines: 2,
        share: 0.8,
        rank: 1,
      },
      {
        key: "Sud",
        revenue: 100,
        cost: 50,
        margin: 50,
        marginRate: 0.5,
        markupRate: 1,
        quantity: 1,
        lines: 1,
        share: 0.2,
        rank: 2,
      },
    ]);
  });

  test("thousands of members: long tail grouped as Other, totals exact", () => {
    const rows: Row[] = Array.from({ length: 3000 }, (_, i) => ({
      date: "2024-01-15",
      revenue: Math.round((1000 / (i + 1)) * 100) / 100 + 0.01,
      dims: { Client: `C${String(i).padStart(4, "0")}` },
    }));
    const a = analyze(tableOf(rows), { breakdownLimit: 10 });
    const b = a.breakdowns["Client"];
    expect(b.memberCount).toBe(3000);
    expect(b.rows).toHaveLength(9);
    expect(b.rows[0].key).toBe("C0000");
    expect(b.otherCount).toBe(2991);
    expect(b.other!.key).toBe(OTHER_KEY);
    expect(b.other!.rank).toBe(0);
    expect(b.other!.lines).toBe(2991);
    const cents = rows.reduce((s, r) => s + Math.round(r.revenue * 100), 0);
    expect(Math.round(b.rows.reduce((s, r) => s + r.revenue, b.other!.revenue) * 100)).toBe(cents);
    expect(a.total.revenue).toBe(cents / 100);
  });

  test("one member only: share 1, no Other", () => {
    const b = analyze(tableOf([{ date: "2024-01-01", revenue: 5, dims: { Gamme: "Unique" } }]))
      .breakdowns["Gamme"];
    expect(b.rows).toEqual([expect.objectContaining({ key: "Unique", share: 1, rank: 1 })]);
    expect(b.other).toBeNull();
  });

  test("shares are null when the total is not positive", () => {
    const rows: Row[] = [
      { date: "2024-01-01", revenue: 50, dims: { R: "A" } },
      { date: "2024-01-02", revenue: -80, dims: { R: "B" } },
    ];
    const b = analyze(tableOf(rows)).breakdowns["R"];
    expect(b.rows.map((r) => r.share)).toEqual([null, null]);
  });

  test("pivot month × main dimension with the rest grouped", () => {
    const rows: Row[] = [];
    ["A", "B", "C", "D"].forEach((m, k) => {
      rows.push({ date: "2024-01-10", revenue: 10 * (k + 1), dims: { R: m } });
      rows.push({ date: "2024-02-10", revenue: k + 1, dims: { R: m } });
    });
    const a = analyze(tableOf(rows, { kinds: { R: "region" } }), { pivotLimit: 3 });
    expect(a.pivot).toEqual({
      dimension: "R",
      months: ["2024-01", "2024-02"],
      members: ["D", "C"],
      revenue: [
        [40, 30],
        [4, 3],
      ],
      other: [30, 3],
      otherCount: 2,
    });
  });
});
