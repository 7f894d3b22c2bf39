/**
 * Atomicity: a failure at any request of a build leaves the workbook as it was (first build: as
 * before; refresh: the complete previous dashboard), or with the complete new dashboard, never
 * half-built, and says so. Both ways are checked: the aside-build-swap (first build, or a host
 * without ExcelApi 1.13) and the refresh in place, with every request failing whole (rejected
 * before any action) or half-applied (an Excel error after some of its actions, which Excel does
 * not roll back), or failing after all its actions ran.
 */
import { buildDashboard } from "../../src/excel";
import type { SimulatedExcel } from "../../src/workbook-sim";
import { FIXED_NOW, sim, smallImport, snapshot } from "./helpers";

jest.setTimeout(600_000);
const request = (to = "2024-03-31") => ({
  importResult: smallImport("2024-01-01", to),
  options: { lang: "fr" as const },
  sourceName: "ventes.csv",
  now: FIXED_NOW,
});

async function syncsOfABuild(refresh: boolean, apiVersion: string): Promise<number> {
  const s = sim(apiVersion);
  if (refresh) await buildDashboard(s, request());
  s.counters.reset();
  await buildDashboard(s, request("2024-04-30"));
  return s.counters.syncCount;
}

// Aside-build-swap: a first build, and a refresh on a host without ExcelApi 1.13 (no resize).
describe.each([
  [false, "1.17"],
  [true, "1.12"],
])("a failure during a build (refresh: %s, ExcelApi %s)", (refresh, apiVersion) => {
  it("leaves the workbook as before at every request, whole or half applied", async () => {
    const n = await syncsOfABuild(refresh, apiVersion);
    expect(n).toBeGreaterThan(6);
    for (let k = 1; k <= n; k++) {
      for (const afterActions of [0, 2]) {
        const s = sim(apiVersion);
        if (refresh) await buildDashboard(s, request());
        const before = snapshot(s, true);
        s.counters.reset();
        s.faults.failAtSync(k, "GeneralException", { afterActions });
        const r = await buildDashboard(s, request("2024-04-30"));
        if (r.ok) {
          // Failed while swapping, after part of the old dashboard was gone: the new one is complete.
          expect(s.workbook.table("SuiviMensuel").rowCount).toBe(4);
        } else {
          expect(r.error!.fr).toMatch(/tel qu’il était/);
          expect(snapshot(s, true)).toEqual(before);
        }
      }
    }
  });
});

/** A dashboard of three months and a sheet of the user's that reads it. */
async function dashboardWithUserSheet(): Promise<SimulatedExcel> {
  const s = sim();
  await buildDashboard(s, request());
  await s.Excel.run(async (context) => {
    const mine = context.workbook.worksheets.add("Mes calculs");
    mine.getRange("A1:A2").formulas = [["=SUM(SuiviMensuel[CA HT])"], ["='Suivi mensuel'!B5"]];
    await context.sync();
  });
  return s;
}

describe("a failure during a refresh in place", () => {
  it("leaves the previous dashboard, or the complete new one in the same sheets, at every request", async () => {
    // The reference: the same refresh without a failure.
    const clean = await dashboardWithUserSheet();
    clean.counters.reset();
    const expected = await buildDashboard(clean, request("2024-04-30"));
    expect(expected.mode).toBe("inPlace");
    const n = clean.counters.syncCount;
    const after = snapshot(clean);
    let forward = 0;
    let back = 0;
    for (let k = 1; k <= n; k++) {
      // Whole (nothing applied), half-applied (2 actions), or after all its actions ran.
      for (const afterActions of [0, 2, 100_000]) {
        const s = await dashboardWithUserSheet();
        const before = snapshot(s, true);
        const ids = s.workbook.sheets().map((x) => x.id);
        s.counters.reset();
        s.faults.failAtSync(k, "GeneralException", { afterActions });
        const r = await buildDashboard(s, request("2024-04-30"));
        if (r.ok) {
          forward++;
          expect(r.mode).toBe("inPlace");
          expect(snapshot(s)).toEqual(after);
          expect(s.workbook.sheets().map((x) => x.id)).toEqual(ids);
          expect(s.workbook.values("Mes calculs", "A1")[0][0] as number).toBeCloseTo(
            r.analysis!.total.revenue,
            2
          );
        } else {
          back++;
          expect(r.error!.fr).toMatch(/tel qu’il était/);
          expect(r.error!.en).toMatch(/left as it was/);
          expect(snapshot(s, true)).toEqual(before);
        }
      }
    }
    // Failures while staging go back; failures from the commit on are finished.
    expect(back).toBeGreaterThan(0);
    expect(forward).toBeGreaterThan(0);
  });

  it("rebuilds in new sheets when the commit keeps failing, and says so", async () => {
    const s = await dashboardWithUserSheet();
    const ids = s.workbook.sheets().map((x) => x.id);
    s.faults.failWhen(({ action }) => action === "Table.resize", "GeneralException", {
      once: false,
    });
    const r = await buildDashboard(s, request("2024-04-30"));
    expect(r.ok).toBe(true);
    expect(r.mode).toBe("replaced");
    expect(r.messages[0].fr).toMatch(/la mise à jour sur place n’a pas pu se terminer/);
    expect(r.messages[0].fr).toMatch(/#REF!/);
    expect(s.workbook.table("SuiviMensuel").rowCount).toBe(4);
    expect(s.workbook.sheets().map((x) => x.id)).not.toEqual(ids);
    expect(s.workbook.sheets().filter((x) => x.visibility !== "Visible")).toEqual([]);
  });

  it("stops on cancel while staging and leaves the workbook as before", async () => {
    const s = await dashboardWithUserSheet();
    const before = snapshot(s, true);
    const controller = new AbortController();
    const r = await buildDashboard(s, request("2024-04-30"), {
      signal: controller.signal,
      onProgress: (stage) => {
        if (stage === "data") controller.abort();
      },
    });
    expect(r.cancelled).toBe(true);
    expect(snapshot(s, true)).toEqual(before);
  });
});

it("reports a payload too large in plain words", async () => {
  const s = sim();
  s.faults.failAtSync(3, "RequestPayloadSizeLimitExceeded");
  const r = await buildDashboard(s, request());
  expect(r.ok).toBe(false);
  expect(r.error!.fr).toMatch(/trop volumineuse/);
  expect(r.error!.en).toMatch(/too large/);
  expect(r.errorCode).toBe("RequestPayloadSizeLimitExceeded");
  expect(s.workbook.sheetNames()).toEqual(["Feuil1"]);
});

it("stops on cancel and leaves the workbook as before", async () => {
  const s = sim();
  const controller = new AbortController();
  const r = await buildDashboard(s, request(), {
    signal: controller.signal,
    onProgress: (stage) => {
      if (stage === "tracking") controller.abort();
    },
  });
  expect(r.cancelled).toBe(true);
  expect(s.workbook.sheetNames()).toEqual(["Feuil1"]);
});
