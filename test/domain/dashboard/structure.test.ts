import { buildPlan } from "../../../src/domain/dashboard/plan";
import {
  mergeFootprints,
  planFootprint,
  planStructure,
  planWidths,
  structureChange,
  widthsToReset,
} from "../../../src/domain/dashboard/structure";
import { dailyLines, planInput, type Line } from "./fixtures";

const lines = (to: string, cost = true, regions = ["Nord", "Sud", "Ouest"]): Line[] =>
  dailyLines("2023-01-01", to, { Région: regions }, (d, k) => ({
    revenue: 100 + k * 10 + (d % 7),
    ...(cost ? { cost: 60 + k * 5 } : {}),
  }));
const structureOf = (l: Line[], lang: "fr" | "en" = "fr", fallback = false) =>
  planStructure(
    buildPlan({
      ...planInput(l, { lang }, {}, { Région: "region" }),
      ...(fallback ? { capabilities: { pivotTables: false, invertColor: false } } : {}),
    }),
    fallback
  );

describe("plan structure: what a refresh may update in place", () => {
  it("does not change with more months, more lines or other amounts", () => {
    const before = structureOf(lines("2024-05-31"));
    expect(structureChange(before, structureOf(lines("2024-06-30")))).toBeNull();
    expect(structureChange(before, structureOf(lines("2024-02-29")))).toBeNull();
    expect(before.tables.map((t) => [t.key, t.row, t.col])).toEqual([
      ["sales", 0, 0],
      ["tracking", 3, 0],
      ["targets", 3, 13], // 12 tracking columns, a blank one, then the targets
      ["distribution", 2, 19],
    ]);
  });

  it("names the first change that prevents it", () => {
    const before = structureOf(lines("2024-05-31"));
    expect(structureChange(null, before)).toBe("unknown");
    expect(structureChange(before, structureOf(lines("2024-05-31"), "en"))).toBe("language");
    expect(structureChange(before, structureOf(lines("2024-05-31", false)))).toBe("dataColumns");
    // A single year has no N-1 columns: the tracking table's columns change.
    const oneYear = dailyLines("2024-01-01", "2024-05-31", { Région: ["Nord"] }, () => ({
      revenue: 10,
      cost: 6,
    }));
    expect(structureChange(before, structureOf(oneYear))).toBe("trackingColumns");
    expect(structureChange(before, structureOf(lines("2024-05-31"), "fr", true))).toBe(
      "pivotFallback"
    );
  });

  it("lists the free cells written, to clear them at the next refresh", () => {
    const plan = buildPlan(planInput(lines("2024-05-31"), {}, {}, { Région: "region" }));
    const footprint = planFootprint(plan);
    // Titles, legend and the targets title of the tracking sheet: none in its tables.
    expect(footprint.tracking).toEqual(["A1", "A2", "A3", "N3"]);
    expect(footprint.commentary![0]).toBe("A1");
    expect(Object.keys(footprint).sort()).toEqual(["charts", "commentary", "pivots", "tracking"]);
    const merged = mergeFootprints({ tracking: ["A1", "B9"] }, footprint);
    expect(merged.tracking).toEqual(["A1", "B9", "A2", "A3", "N3"]);
  });
});

describe("column widths: a refresh gives back the standard width to columns no longer used", () => {
  it("lists the sized columns per sheet and those to reset", () => {
    const regions = (n: number) =>
      buildPlan(
        planInput(
          dailyLines(
            "2024-01-01",
            "2024-03-31",
            { Région: "ABCDEFGH".split("").slice(0, n) },
            () => ({
              revenue: 10,
              cost: 6,
            })
          ),
          {},
          {},
          { Région: "region" }
        )
      );
    const eight = planWidths(regions(8));
    const three = planWidths(regions(3));
    // The month PivotTable has a column per region: fewer regions, fewer sized columns.
    expect(eight.pivots!.length).toBeGreaterThan(three.pivots!.length);
    // The tracking sheet's columns do not depend on the regions.
    expect(three.tracking).toEqual(eight.tracking);
    expect(widthsToReset(eight, three)).toEqual({
      pivots: eight.pivots!.filter((c) => !three.pivots!.includes(c)),
    });
    expect(widthsToReset(three, three)).toEqual({});
  });
});
