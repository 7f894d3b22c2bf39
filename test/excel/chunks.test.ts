import { chunkValues, jsonBytes, planChunks, valueColumns } from "../../src/excel/chunks";
import type { TableColumnPlan } from "../../src/domain/dashboard/types";

const col = (key: string, source: TableColumnPlan["source"]): TableColumnPlan => ({
  key,
  header: key,
  numberFormat: "General",
  source,
  width: 50,
});

describe("data chunks", () => {
  const n = 10_000;
  const labels = ["Nord", "Île-de-France", '\'=HYPERLINK("x")'];
  const columns = [
    col("date", {
      kind: "days",
      days: Int32Array.from({ length: n }, (_, i) => 10_000 + (i % 365)),
    }),
    col("dim", { kind: "codes", codes: Int32Array.from({ length: n }, (_, i) => i % 3), labels }),
    col("revenue", {
      kind: "numbers",
      values: Float64Array.from({ length: n }, (_, i) => (i % 7 === 0 ? NaN : i * 1.25)),
    }),
  ];

  it("measures each chunk as the JSON Excel receives, and keeps it under the budget", () => {
    const chunks = planChunks(columns, n, 50_000);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.reduce((s, c) => s + c.rows, 0)).toBe(n);
    for (const c of chunks) {
      const json = JSON.stringify(chunkValues(columns, c.start, c.rows));
      expect(new TextEncoder().encode(json).length).toBe(c.bytes);
      expect(c.bytes).toBeLessThanOrEqual(50_000);
    }
  });

  it("writes dates as Excel serials, missing amounts as blanks and labels as planned", () => {
    const [first] = chunkValues(columns, 0, 1);
    expect(first).toEqual([10_000 + 25569, "Nord", ""]);
    expect(chunkValues(columns, 2, 1)[0][1]).toBe('\'=HYPERLINK("x")');
    expect(jsonBytes("Île")).toBe(6); // quotes + 2-byte Î + 2 ASCII
  });

  it("requires calculated columns after the value columns", () => {
    expect(valueColumns([...columns, col("f", { kind: "formula", formula: "=1" })])).toEqual({
      first: 0,
      count: 3,
    });
    expect(() =>
      valueColumns([col("f", { kind: "formula", formula: "=1" }), ...columns])
    ).toThrow();
  });
});
