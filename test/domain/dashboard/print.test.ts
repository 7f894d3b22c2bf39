/**
 * Page setup: how many pages wide each sheet prints. Hand-checked page arithmetic, then the plan
 * of the project's French sample with targets, whose tracking table, its columns fitted to their
 * texts, prints one page wide.
 */
import { readFileSync } from "fs";
import path from "path";
import {
  columnWidthsUpTo,
  MIN_PRINT_SCALE,
  pagesWide,
  printableWidth,
  STANDARD_COLUMN_WIDTH,
} from "../../../src/domain/dashboard/print";
import { buildPlan } from "../../../src/domain/dashboard/plan";
import { decodeText, importBytes } from "../../../src/domain/import";
import { parseMonthlyTargets } from "../../../src/domain/import/targets";
import { analyze } from "../../../src/domain/analysis";
import { writeCommentary } from "../../../src/domain/commentary";
import type { DashboardPlan } from "../../../src/domain/dashboard/types";

describe("page arithmetic", () => {
  test("printable width: the narrower of A4 and Letter, less 0.25 in each side", () => {
    // Letter landscape 11 in = 792 pt; A4 portrait 210 mm = 595 pt; margins 2 × 18 pt
    expect(printableWidth("Landscape")).toBe(756);
    expect(printableWidth("Portrait")).toBe(559);
  });

  test("one page wide while the scale stays readable", () => {
    expect(pagesWide([100, 100, 100], 756)).toEqual({ pages: 1, scale: 1 });
    // 1,000 pt on 756 pt: 75.6 %
    expect(pagesWide(new Array(10).fill(100), 756)).toEqual({ pages: 1, scale: 0.756 });
  });

  test("more pages wide when one page would print under the threshold", () => {
    // 1,200 pt on one page: 63 % < 70 %; on two with the first 100 pt column repeated:
    // 1,512 / 1,300 > 1, so full size
    expect(pagesWide(new Array(12).fill(100), 756, 100)).toEqual({ pages: 2, scale: 1 });
    // 3,000 pt: 2 pages give 1,512 / 3,100 = 48.8 %, 3 pages 2,268 / 3,200 = 70.9 %
    const wide = pagesWide(new Array(30).fill(100), 756, 100);
    expect(wide.pages).toBe(3);
    expect(wide.scale).toBeCloseTo(2268 / 3200, 10);
  });

  test("unsized columns count at Excel's standard width", () => {
    expect(columnWidthsUpTo(new Map([[1, 90]]), 2)).toEqual([
      STANDARD_COLUMN_WIDTH,
      90,
      STANDARD_COLUMN_WIDTH,
    ]);
  });
});

describe("the French sample's plan", () => {
  const repo = path.resolve(__dirname, "../../..");
  let plan: DashboardPlan;
  beforeAll(async () => {
    const file = path.join(repo, "assets/samples/ventes-exemple.csv");
    const importResult = await importBytes(new Uint8Array(readFileSync(file)), {
      fileName: "ventes-exemple.csv",
      lang: "fr",
    });
    const targetsText = decodeText(
      new Uint8Array(readFileSync(path.join(repo, "assets/samples/objectifs-exemple.csv")))
    ).text;
    const { monthly } = parseMonthlyTargets(targetsText, "fr");
    expect(Object.keys(monthly).length).toBeGreaterThan(0);
    const analysis = analyze(importResult.table!, { targets: { monthly } });
    const commentary = writeCommentary(
      { analysis, importResult, fileName: "ventes-exemple.csv" },
      { lang: "fr" }
    );
    plan = buildPlan({
      importResult,
      analysis,
      commentary,
      options: { lang: "fr", targets: { kind: "monthly", monthly } },
      sourceName: "ventes-exemple.csv",
      builtAt: new Date(Date.UTC(2026, 10, 27)),
    });
  });
  const sheetOf = (key: string) => plan.sheets.find((s) => s.key === key)!;

  test("the tracking table with targets prints one page wide at a readable scale, no column repeated", () => {
    const tracking = plan.tables.find((t) => t.key === "tracking")!;
    expect(tracking.columns.map((c) => c.key)).toContain("target");
    const { print } = sheetOf("tracking");
    // The scale, recomputed here from the table's own column widths (the print area is the table).
    expect(tracking.col).toBe(0);
    const total = tracking.columns.map((c) => c.width).reduce((a, b) => a + b, 0);
    const page = 792 - 2 * 18;
    expect(page / total).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    expect(print.pagesWide).toBe(1);
    expect(print.scale).toBeCloseTo(Math.min(1, page / total), 10);
    expect(print).toMatchObject({
      orientation: "Landscape",
      fitToWidth: true,
      titleRows: `$1:$${tracking.row + 1}`,
      titleColumns: null,
      printArea: `A1:${String.fromCharCode(65 + tracking.columns.length - 1)}${tracking.row + 2 + tracking.rowCount}`,
    });
  });

  test("every sheet prints at a readable scale, the commentary one page wide in portrait", () => {
    for (const s of plan.sheets) {
      expect(s.print.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
      expect(s.print.margins.left).toBe(18);
    }
    expect(sheetOf("commentary").print).toMatchObject({ orientation: "Portrait", pagesWide: 1 });
    expect(sheetOf("data").print).toMatchObject({ titleRows: "$1:$1" });
    // A sheet on one page wide repeats no column.
    for (const s of plan.sheets.filter((s) => s.print.pagesWide === 1))
      expect(s.print.titleColumns).toBeNull();
  });
});
