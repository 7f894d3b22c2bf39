/**
 * Atomicity: a failure at any request of a build leaves the workbook as it was (first build: as
 * before; refresh: the complete previous dashboard), never half-built, and says so.
 */
import { buildDashboard } from "../../src/excel";
import { FIXED_NOW, sim, smallImport, snapshot } from "./helpers";

jest.setTimeout(300_000);
const request = (to = "2024-03-31") => ({
  importResult: smallImport("2024-01-01", to),
  options: { lang: "fr" as const },
  sourceName: "ventes.csv",
  now: FIXED_NOW,
});

async function syncsOfABuild(refresh: boolean): Promise<number> {
  const s = sim();
  if (refresh) await buildDashboard(s, request());
  s.counters.reset();
  await buildDashboard(s, request("2024-04-30"));
  return s.counters.syncCount;
}

describe.each([false, true])("a failure during a build (refresh: %s)", (refresh) => {
  it("leaves the workbook as before at every request, whole or half applied", async () => {
    const n = await syncsOfABuild(refresh);
    expect(n).toBeGreaterThan(6);
    for (let k = 1; k <= n; k++) {
      for (const afterActions of [0, 2]) {
        const s = sim();
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
