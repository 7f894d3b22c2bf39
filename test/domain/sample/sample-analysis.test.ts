/**
 * The committed sample (assets/samples) is what the generator produces, and the analysis finds the
 * features it was built with: the Ouest region's upward trend, the unusual month (June 2025), the
 * partial last month, seasonality (more than 24 full months).
 */
import fs from "fs";
import path from "path";
import iconv from "iconv-lite";
import { importCsv, importCsvText } from "../../../src/domain/import";
import { analyze } from "../../../src/domain/analysis";
import type {
  Analysis,
  Insight,
  OutlierInsight,
  SeasonalityInsight,
  TrendInsight,
} from "../../../src/domain/analysis/types";
import { generateSample, salesCsv, targetsCsv } from "../../../src/domain/sample";

const SAMPLES = path.resolve(__dirname, "../../..", "assets/samples");
const salesBytes = fs.readFileSync(path.join(SAMPLES, "ventes-exemple.csv"));
const targetsBytes = fs.readFileSync(path.join(SAMPLES, "objectifs-exemple.csv"));

/** Monthly targets from the "Mois;Objectif CA HT" file (months YYYY-MM, decimal comma). */
function readTargets(text: string): Record<string, number> {
  const [header, ...rows] = text.trim().split("\r\n");
  expect(header).toBe("Mois;Objectif CA HT");
  return Object.fromEntries(
    rows.map((r) => {
      const [month, amount] = r.split(";");
      return [month, Number(amount.replace(",", "."))];
    })
  );
}

/** The features the sample was built with. */
function expectFeatures(analysis: Analysis): void {
  const find = <K extends Insight["kind"]>(kind: K) =>
    analysis.insights.filter((i) => i.kind === kind);
  const trend = (find("trend") as TrendInsight[]).find((t) => t.dimension === "Région");
  expect(trend).toMatchObject({ member: "Ouest", direction: "up" });
  const outliers = find("outlier") as OutlierInsight[];
  expect(outliers.map((o) => [o.month, o.direction])).toEqual([["2025-06", "high"]]);
  const last = analysis.months[analysis.months.length - 1];
  expect(last).toMatchObject({
    month: "2026-11",
    partial: true,
    partialCoverage: { from: "2026-11-02", to: "2026-11-17" },
  });
  expect(analysis.fullMonths).toBe(25);
  const seasonality = find("seasonality") as SeasonalityInsight[];
  expect(seasonality).toHaveLength(1);
  expect(seasonality[0]).toMatchObject({ peakMonth: 9, troughMonth: 8 });
}

describe("the committed sample", () => {
  test("is the generator's output for the default seed (Windows-1252 bytes)", () => {
    const sample = generateSample();
    expect(Buffer.compare(iconv.encode(salesCsv(sample), "win1252"), salesBytes)).toBe(0);
    expect(Buffer.compare(iconv.encode(targetsCsv(sample), "win1252"), targetsBytes)).toBe(0);
  });

  test("imports without loss: every line, credit notes kept, totals exact", () => {
    const result = importCsv(new Uint8Array(salesBytes), { fileName: "ventes-exemple.csv" });
    expect(result.ok).toBe(true);
    expect(result.source).toMatchObject({
      encoding: "windows-1252",
      delimiter: ";",
      rowsImported: 4870,
      rowsRejected: 0,
    });
    expect(result.roles).toMatchObject({
      date: "Date",
      revenue: "CA HT",
      cost: "Coût d'achat HT",
      quantity: "Quantité",
    });
    expect(result.roles.dimensions).toEqual(
      expect.arrayContaining(["Client", "Commercial", "Région", "Gamme", "Produit"])
    );
    const sample = generateSample();
    const cents = sample.lines.reduce((s, l) => s + Math.round(l.revenue * 100), 0);
    const analysis = analyze(result.table!);
    expect(analysis.total.revenue).toBe(cents / 100);
    expect(analysis.total.lines).toBe(sample.lines.length);
    expect(result.table!.measures.revenue.some((v) => v < 0)).toBe(true);
  });

  test("its analysis finds the region trend, the unusual month, the partial last month and the seasonality", () => {
    const result = importCsv(new Uint8Array(salesBytes), { fileName: "ventes-exemple.csv" });
    const targets = readTargets(iconv.decode(targetsBytes, "win1252"));
    const analysis = analyze(result.table!, { targets: { monthly: targets } });
    expectFeatures(analysis);
    expect(analysis.mainDimension).toBe("Région");
    // The exceptional order was not in the plan: June 2025 is far above its target.
    const gap = analysis.insights.find((i) => i.kind === "targetGap" && i.period === "2025-06");
    expect(gap).toBeDefined();
  });

  test.each([1, 2, 3])("a trainer's variant (seed %i) has the same features", (seed) => {
    const result = importCsvText(salesCsv(generateSample({ seed })), {
      fileName: `seed-${seed}.csv`,
    });
    expectFeatures(analyze(result.table!));
  });
});
