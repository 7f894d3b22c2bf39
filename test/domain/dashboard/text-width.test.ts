/**
 * Column widths fitted to their texts: Calibri 11 widths checked by hand (a digit is 1,038/2,048 em,
 * 7.44 px at 11 pt and 96 dpi), then the French sample's plan: amount columns about 72 pt instead
 * of 102, the tracking table without targets and the data table one page wide, text columns right
 * of a number column indented.
 */
import { readFileSync } from "fs";
import path from "path";
import {
  CELL_PADDING_PX,
  displayText,
  fitColumnWidth,
  textPixels,
  wrappedHeaderPixels,
} from "../../../src/domain/dashboard/text-width";
import { buildPlan } from "../../../src/domain/dashboard/plan";
import { importBytes } from "../../../src/domain/import";
import { analyze } from "../../../src/domain/analysis";
import { writeCommentary } from "../../../src/domain/commentary";
import type { DashboardPlan } from "../../../src/domain/dashboard/types";
import { MIN_PRINT_SCALE } from "../../../src/domain/dashboard/print";

describe("text widths in Calibri 11", () => {
  test("ten digits: 10 × 0.507 em × 14.67 px = 74.4 px, rounded up", () => {
    expect(textPixels("0123456789")).toBe(75);
  });

  test("an amount as a French Excel shows it: 1 313 898,95 € fits in about 72 pt", () => {
    const text = displayText(1313898.95, "#,##0.00 [$€-40C]", "fr");
    expect(text.replace(/\s/g, " ")).toBe("1 313 898,95 €");
    // 9 digits × 7.44 + 3 spaces × 3.31 + comma 3.67 + € 7.44 = 88.0 px, plus 7 px of padding:
    // 95 px = 71.25 pt.
    expect(textPixels(text)).toBe(88);
    expect(fitColumnWidth({ cells: [text] })).toBe(72);
  });

  test("a header wraps on two lines at most, at its best space", () => {
    // "Évolution N/N-1": "Évolution" is the wider line.
    expect(wrappedHeaderPixels("Évolution N/N-1")).toBe(textPixels("Évolution", true));
    expect(wrappedHeaderPixels("Taux de marque")).toBe(textPixels("Taux de", true));
    expect(wrappedHeaderPixels("CA")).toBe(textPixels("CA", true));
  });

  test("the header counts with its filter button, the indent everywhere", () => {
    const plain = fitColumnWidth({ cells: ["Garage"] });
    expect(fitColumnWidth({ cells: ["Garage"], indent: 1 })).toBe(
      Math.ceil((textPixels("Garage") + 9 + CELL_PADDING_PX) * 0.75)
    );
    expect(plain).toBe(Math.ceil((textPixels("Garage") + CELL_PADDING_PX) * 0.75));
    expect(fitColumnWidth({ header: "Date", cells: ["x"] })).toBe(
      Math.ceil((textPixels("Date", true) + 16 + CELL_PADDING_PX) * 0.75)
    );
  });
});

describe("the French sample's plan, without targets", () => {
  const repo = path.resolve(__dirname, "../../..");
  let plan: DashboardPlan;
  beforeAll(async () => {
    const file = path.join(repo, "assets/samples/ventes-exemple.csv");
    const importResult = await importBytes(new Uint8Array(readFileSync(file)), {
      fileName: "ventes-exemple.csv",
      lang: "fr",
    });
    const analysis = analyze(importResult.table!);
    const commentary = writeCommentary(
      { analysis, importResult, fileName: "ventes-exemple.csv" },
      { lang: "fr" }
    );
    plan = buildPlan({
      importResult,
      analysis,
      commentary,
      options: { lang: "fr" },
      sourceName: "ventes-exemple.csv",
      builtAt: new Date(Date.UTC(2026, 10, 27)),
    });
  });
  const table = (key: string) => plan.tables.find((t) => t.key === key)!;
  const column = (t: string, key: string) => table(t).columns.find((c) => c.key === key)!;
  const sheet = (key: string) => plan.sheets.find((s) => s.key === key)!;

  test("amount columns fit their widest amount: the total 1 354 608,95 € in bold", () => {
    // Hand-computed: 9 digits × 7.44 + 3 spaces × 3.31 + comma 3.85 (bold) + € 7.44 ≈ 88 px + 7.
    const revenue = column("tracking", "revenue").width;
    expect(revenue).toBeGreaterThanOrEqual(71);
    expect(revenue).toBeLessThanOrEqual(75);
    // The cumulative column's widest figure is 576 874,10 €: one digit and a space fewer.
    expect(column("tracking", "ytdRevenue").width).toBeLessThan(revenue);
  });

  test("the tracking table prints one page wide at a readable scale, the data table too", () => {
    const tracking = table("tracking");
    expect(tracking.columns.map((c) => c.key)).not.toContain("target");
    const total = tracking.columns.reduce((a, c) => a + c.width, 0);
    expect(756 / total).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    expect(sheet("tracking").print).toMatchObject({ pagesWide: 1, titleColumns: null });
    expect(sheet("data").print).toMatchObject({ pagesWide: 1, titleColumns: null });
  });

  test("a text column right of a right-aligned column is indented, header and body", () => {
    const sales = table("sales");
    expect(sales.columns[0]).toMatchObject({ key: "date", hAlign: "Right" });
    expect(sales.columns[1]).toMatchObject({ hAlign: "Left", indent: 1 });
    // The other text columns follow text columns: no indent.
    expect(sales.columns.slice(2).filter((c) => c.indent)).toEqual([]);
    const tracking = table("tracking");
    const status = tracking.columns.findIndex((c) => c.key === "status");
    expect(tracking.columns[status - 1].hAlign).toBe("Right");
    expect(tracking.columns[status]).toMatchObject({ hAlign: "Left", indent: 1 });
    expect(tracking.columns[0]).toMatchObject({ key: "month", hAlign: "Left" });
    expect(tracking.columns[0].indent).toBeUndefined();
  });
});
