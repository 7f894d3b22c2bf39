/**
 * The tracking table's Statut column is a live IF formula (issue 6, "Suivi mensuel"): a partial
 * month says so with the day of the data's last date, a month with a target says whether it is
 * met. Checked on the French sample against figures computed here from the CSV files themselves
 * (the last date, each month's revenue against its target), and against the analysis' own gaps;
 * then through a refresh in place, in English, and recalculated by LibreOffice.
 */
import { importBytes } from "../../src/domain/import";
import type { ImportResult } from "../../src/domain/import/types";
import type { DashboardOptions } from "../../src/domain/dashboard/types";
import { buildDashboard, type BuildResult } from "../../src/excel";
import { displayFormula } from "../../src/taskpane/trainer/formulaLocale";
import type { SimulatedExcel } from "../../src/workbook-sim";
import { FIXED_NOW, sim, snapshot, tableRows } from "./helpers";
import { compareWithLibreOffice } from "./libreoffice";
import { revenueCents, salesBytes, sampleRows, sampleTargets } from "./sample";

jest.setTimeout(300_000);

const LAST_MONTH = "2026-11";
const LAST_DAY = Math.max(...sampleRows.filter((r) => r.month === LAST_MONTH).map((r) => r.day));

let sample: ImportResult | null = null;
async function sampleImport(): Promise<ImportResult> {
  sample ??= await importBytes(salesBytes, { fileName: "ventes-exemple.csv" });
  return sample;
}

async function build(
  options: DashboardOptions,
  s: SimulatedExcel = sim(),
  importResult?: ImportResult
): Promise<{ s: SimulatedExcel; r: BuildResult }> {
  const r = await buildDashboard(s, {
    importResult: importResult ?? (await sampleImport()),
    options,
    sourceName: "ventes-exemple.csv",
    now: FIXED_NOW,
  });
  expect(r.error).toBeNull();
  return { s, r };
}

/** Statut of each month ("YYYY-MM" → text), read from the simulated workbook. */
function statuses(s: SimulatedExcel, r: BuildResult): Map<string, unknown> {
  const status = r.trackingColumns.find((c) => c.key === "status")!;
  expect(status).toBeDefined();
  const { body, formulas } = tableRows(s, r.tables!.tracking);
  const out = new Map<string, unknown>();
  body.forEach((row, i) => {
    expect(String(formulas[i][status.header])).toMatch(/^=IF\(/);
    out.set(r.analysis!.months[i].month, row[status.header]);
  });
  return out;
}

/** What the Statut of a full month should say, from the CSV files: met, below, or nothing. */
function expectedTargetStatus(month: string, targets: Record<string, number>, lang: "fr" | "en") {
  if (targets[month] === undefined) return "";
  const met = revenueCents.get(month)! >= Math.round(targets[month] * 100);
  if (lang === "fr") return met ? "Objectif atteint" : "Sous l’objectif";
  return met ? "Target met" : "Below target";
}

describe("Statut on the French sample", () => {
  it("marks the partial last month with the day of the data's last date, live", async () => {
    expect(LAST_DAY).toBe(17);
    const { s, r } = await build({ lang: "fr" });
    const partial = r.analysis!.months.filter((m) => m.partial).map((m) => m.month);
    expect(partial).toEqual([LAST_MONTH]);
    const status = statuses(s, r);
    expect(status.get(LAST_MONTH)).toBe("Mois incomplet (jusqu’au 17)");
    // Without targets, the full months say nothing.
    for (const [month, text] of status) if (month !== LAST_MONTH) expect(text).toBe("");
    expect(tableRows(s, r.tables!.tracking).total!["Statut"]).toBe("");

    // The day follows the data: the lines of the 17th moved to the previous date of the data.
    const dates = await s.Excel.run(async (context) => {
      const column = context.workbook.tables.getItem("Ventes").columns.getItem("Date");
      const range = column.getDataBodyRange();
      range.load("values");
      await context.sync();
      return { range: range.values.map((v) => v[0] as number) };
    });
    const last = Math.max(...dates.range);
    const previous = Math.max(...dates.range.filter((d) => d < last));
    await s.Excel.run(async (context) => {
      const column = context.workbook.tables.getItem("Ventes").columns.getItem("Date");
      column.getDataBodyRange().values = dates.range.map((d) => [d === last ? previous : d]);
      await context.sync();
    });
    const day = new Date((previous - 25569) * 86_400_000).getUTCDate();
    expect(day).toBeLessThan(17);
    expect(statuses(s, r).get(LAST_MONTH)).toBe(`Mois incomplet (jusqu’au ${day})`);
  });

  it("says whether each month's target is met, as the CSV files and the analysis say", async () => {
    // One month without a target: its Statut stays blank.
    const targets = { ...sampleTargets };
    delete targets["2025-03"];
    const { s, r } = await build({ lang: "fr", targets: { kind: "monthly", monthly: targets } });
    const status = statuses(s, r);
    expect(status.get(LAST_MONTH)).toBe("Mois incomplet (jusqu’au 17)");
    // June 2025: 76,602.95 against a 51,700.00 target.
    expect(status.get("2025-06")).toBe("Objectif atteint");
    expect(status.get("2025-03")).toBe("");
    const seen = new Set<unknown>();
    for (const m of r.analysis!.months) {
      if (m.month === LAST_MONTH) continue;
      const text = status.get(m.month);
      expect(text).toBe(expectedTargetStatus(m.month, targets, "fr"));
      // The analysis' own gap agrees.
      if (m.targetGap === null) expect(text).toBe("");
      else expect(text).toBe(m.targetGap >= 0 ? "Objectif atteint" : "Sous l’objectif");
      seen.add(text);
    }
    expect([...seen].sort()).toEqual(["", "Objectif atteint", "Sous l’objectif"]);

    // The trainer mode shows it as the French formula bar does.
    const column = r.trackingColumns.find((c) => c.key === "status")!;
    expect(displayFormula(column.formula!, "fr")).toBe(
      '=SI([@Mois]=DATE(2026;11;1);"Mois incomplet (jusqu’au "&JOUR(MAX(Ventes[Date]))&")";' +
        'SI([@[Écart objectif]]="";"";SI([@[Écart objectif]]>=0;"Objectif atteint";"Sous l’objectif")))'
    );

    // A user's new target in the targets table changes the Statut at once.
    const below = r.analysis!.months.find((m) => m.targetGap !== null && m.targetGap < 0)!;
    await s.Excel.run(async (context) => {
      const t = context.workbook.tables.getItem("Objectifs");
      const body = t.getDataBodyRange();
      body.load("values");
      await context.sync();
      const i = r.analysis!.months.findIndex((m) => m.month === below.month);
      body.getCell(i, 1).values = [[Math.floor(below.revenue / 2)]];
      await context.sync();
    });
    expect(statuses(s, r).get(below.month)).toBe("Objectif atteint");
  });

  it("keeps working through a refresh in place that adds the partial month", async () => {
    const all = await sampleImport();
    const before = await importBytes(
      new TextEncoder().encode(
        new TextDecoder("windows-1252")
          .decode(salesBytes)
          .split(/\r?\n/)
          .filter((l) => !/^\d\d\/11\/2026;/.test(l))
          .join("\n")
      ),
      { fileName: "ventes-exemple.csv" }
    );
    expect(before.table!.rowCount).toBeLessThan(all.table!.rowCount);
    const options: DashboardOptions = {
      lang: "fr",
      targets: { kind: "monthly", monthly: sampleTargets },
    };
    const { s, r: first } = await build(options, sim(), before);
    expect(first.analysis!.months.at(-1)!.month).toBe("2026-10");
    expect(statuses(s, first).get("2026-10")).toBe(
      expectedTargetStatus("2026-10", sampleTargets, "fr")
    );

    const { r } = await build(options, s, all);
    expect(r.mode).toBe("inPlace");
    const status = statuses(s, r);
    expect(status.get(LAST_MONTH)).toBe("Mois incomplet (jusqu’au 17)");
    expect(status.get("2026-10")).toBe(expectedTargetStatus("2026-10", sampleTargets, "fr"));
    // Same workbook as a new build of the same data.
    const { s: fresh } = await build(options);
    expect(snapshot(s)).toEqual(snapshot(fresh));
  });
});

it("in English, the Statut says “Target met” / “Below target”, and LibreOffice agrees", async () => {
  const { s, r } = await build({
    lang: "en",
    targets: { kind: "monthly", monthly: sampleTargets },
  });
  const status = statuses(s, r);
  expect(status.get(LAST_MONTH)).toBe("Partial month (to day 17)");
  for (const m of r.analysis!.months)
    if (m.month !== LAST_MONTH)
      expect(status.get(m.month)).toBe(expectedTargetStatus(m.month, sampleTargets, "en"));
  expect(new Set(status.values())).toEqual(
    new Set(["Partial month (to day 17)", "Target met", "Below target"])
  );
  // The exported file, recalculated by LibreOffice: the same cells, Statut texts included.
  expect(await compareWithLibreOffice(s, r)).toBeGreaterThan(26 * 10);
});
