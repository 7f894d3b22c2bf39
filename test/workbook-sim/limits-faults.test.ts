/**
 * Host limits (payload size, read size, API versions), counters, fault injection, markers, snapshot.
 * LIMITS = "Resource limits and performance optimization for Office Add-ins", section "Excel add-ins":
 *   https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * ERRORS = https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */
import { createSimulatedExcel } from "../../src/workbook-sim";

describe("payload limits", () => {
  // "Excel on the web has a payload size limit for requests and responses of 5MB. RichAPI.Error will be
  // thrown if that limit is exceeded." (LIMITS) "RequestPayloadSizeLimitExceeded | The request payload size
  // has exceeded the limit." (ERRORS, table) "Split the operation into smaller pieces as needed. Call
  // context.sync() for each sub-operation to avoid those operations getting batched together again." (LIMITS)
  test("a request carrying more than 5 MB fails with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const sim = createSimulatedExcel();
    const big = Array.from({ length: 60000 }, (_, i) => [
      `Ligne ${i} — un libellé assez long pour peser`,
      i * 1.5,
    ]);
    const bytes = JSON.stringify(big).length;
    expect(bytes).toBeGreaterThan((5 * 1024 * 1024) / 2);
    await expect(
      sim.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet();
        ws.getRange("A1").values = [["avant"]];
        ws.getRange(`A1:B${big.length}`).values = big;
        ws.getRange(`D1:E${big.length}`).values = big;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(sim.workbook.cell("Feuil1", "A1").value).toBe("");
    expect(sim.counters.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
    // the same data in two requests passes
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.getRange(`A1:B${big.length}`).values = big;
      await context.sync();
      ws.getRange(`D1:E${big.length}`).values = big;
      await context.sync();
    });
    expect(sim.workbook.values("Feuil1", "E60000")).toEqual([[59999 * 1.5]]);
    expect(sim.counters.requestBytes.slice(-2).every((b) => b < 5 * 1024 * 1024)).toBe(true);
  });

  // "ResponsePayloadSizeLimitExceeded | The response payload size has exceeded the limit." and
  // "RangeExceedsLimit | The cell count in the range has exceeded the maximum supported number." (ERRORS,
  // tables); "A range is limited to five million cells for get operations." (LIMITS)
  test("loading more than 5 MB is ResponsePayloadSizeLimitExceeded; more than 5,000,000 cells RangeExceedsLimit", async () => {
    const sim = createSimulatedExcel();
    const big = Array.from({ length: 50000 }, (_, i) => [
      `Ligne ${i} — un libellé assez long pour peser lourd`,
    ]);
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      for (const col of ["A", "B", "C"]) {
        ws.getRange(`${col}1:${col}${big.length}`).values = big;
        await context.sync();
      }
    });
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets
          .getActiveWorksheet()
          .getRange(`A1:C${big.length}`)
          .load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A:E").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });
});

// Counters are the simulator's own instrumentation (issue 5: "number of sync() calls, bytes per request,
// cells written"); Excel has no such API, so there is nothing to quote. What they count is documented
// behaviour: "Calling the sync() method on the request context [...] runs any commands that are queued"
// (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model, "sync()"), so
// an empty queue sends no request.
describe("counters", () => {
  test("syncs, bytes per request and cells written", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.getRange("A1:B2").values = [
        [1, 2],
        [3, null],
      ];
      await context.sync();
      await context.sync(); // empty: no request
      ws.getRange("C1:C3").formulas = "=A1*2" as unknown as string[][];
    });
    expect(sim.counters).toMatchObject({ syncCount: 2, syncCalls: 3, cellsWritten: 6 });
    expect(sim.counters.requestBytes).toHaveLength(2);
    expect(sim.counters.requestBytes[0]).toBeGreaterThan(
      JSON.stringify([
        [1, 2],
        [3, null],
      ]).length
    );
    sim.counters.reset();
    expect(sim.counters).toMatchObject({ syncCount: 0, cellsWritten: 0, maxRequestBytes: 0 });
  });
});

// Fault injection is the simulator's own test tool: it produces the errors of ERRORS's table
// ("GeneralException | There was an internal error while processing the request.") at a chosen request.
describe("fault injection", () => {
  test("failAtSync(k) fails the k-th request from now, applying none of it; later requests work", async () => {
    const sim = createSimulatedExcel();
    sim.faults.failAtSync(2, "GeneralException");
    const err = await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.getRange("A1").values = [["un"]];
      await context.sync();
      ws.getRange("A2").values = [["deux"]];
      context.workbook.worksheets.add("Nouvelle");
      await context.sync();
    }).catch((e) => e);
    expect(err).toBeInstanceOf(sim.OfficeExtension.Error);
    expect(err).toMatchObject({ code: "GeneralException" });
    expect(sim.workbook.values("Feuil1", "A1:A2")).toEqual([["un"], [""]]);
    expect(sim.workbook.sheetNames()).toEqual(["Feuil1"]);
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.add("Nouvelle");
      await context.sync();
    });
    expect(sim.workbook.sheetNames()).toEqual(["Feuil1", "Nouvelle"]);
  });

  test("afterActions applies the first actions of the failing request, as an error raised mid-batch", async () => {
    const sim = createSimulatedExcel();
    sim.faults.failAtSync(1, "InvalidArgument", { afterActions: 2 });
    await expect(
      sim.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet(); // action 1 (bind)
        ws.getRange("A1").values = [["appliqué"]]; // actions 2 (range bind) and 3 (write): fails before 3
        ws.getRange("A2").values = [["non"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(sim.workbook.values("Feuil1", "A1:A2")).toEqual([[""], [""]]);
    sim.faults.failAtSync(1, "InvalidArgument", { afterActions: 3 });
    await expect(
      sim.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet();
        ws.getRange("A1").values = [["appliqué"]];
        ws.getRange("A2").values = [["non"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(sim.workbook.values("Feuil1", "A1:A2")).toEqual([["appliqué"], [""]]);
  });

  test("failWhen matches an action by label", async () => {
    const sim = createSimulatedExcel();
    sim.faults.failWhen((info) => info.action === "ChartCollection.add", "GeneralException");
    await expect(
      sim.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet();
        ws.getRange("A1:B3").values = [
          ["x", "y"],
          ["a", 1],
          ["b", 2],
        ];
        ws.charts.add("ColumnClustered", ws.getRange("A1:B3"), "Auto");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(sim.workbook.values("Feuil1", "B3")).toEqual([[2]]);
    expect(sim.workbook.charts()).toEqual([]);
  });
});

describe("API versions and markers", () => {
  // Office.context.requirements.isSetSupported(name, minVersion): "Check if the specified requirement set is
  // supported by the Office application." (https://learn.microsoft.com/javascript/api/office/office.requirementsetsupport)
  // "ApiNotFound | The API you are trying to use could not be found. It may be available in a newer version
  // of Excel." (ERRORS, table) — Worksheet.customProperties is "[Api set: ExcelApi 1.12]"
  // (https://learn.microsoft.com/javascript/api/excel/excel.worksheet).
  test("isSetSupported follows the configured version; newer members fail with ApiNotFound", async () => {
    const sim = createSimulatedExcel({ apiVersion: "1.10" });
    expect(sim.Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(sim.Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(false);
    expect(sim.Office.context.requirements.isSetSupported("ExcelApi")).toBe(true);
    expect(sim.Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets
          .getActiveWorksheet()
          .customProperties.add("SuiviCommercial", "data");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(
      createSimulatedExcel().Office.context.requirements.isSetSupported("ExcelApi", "1.17")
    ).toBe(true);
  });

  // Issue 5: isSetSupported "answers according to a configurable API version (default 1.17)"; the add-in
  // tests old hosts with 1.7 ("[Api set: ExcelApi 1.8]" on PivotTableCollection.add, see pivots.test.ts).
  test("by default the simulated host is ExcelApi 1.17: 1.17 members work, 1.18 is not supported", async () => {
    const sim = createSimulatedExcel();
    const supported = (v: string) => sim.Office.context.requirements.isSetSupported("ExcelApi", v);
    expect(["1.1", "1.7", "1.8", "1.13", "1.17"].map(supported)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(supported("1.18")).toBe(false);
    expect(supported("2.0")).toBe(false);
    // a 1.12 member (worksheet custom properties) works by default, unlike with 1.10 above
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().customProperties.add("Role", "data");
      await context.sync();
    });
    expect(sim.workbook.sheets()[0].customProperties).toEqual({ Role: "data" });
    const old = createSimulatedExcel({ apiVersion: "1.7" });
    expect(old.Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(old.Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
  });

  // SettingCollection.add: "Sets or adds the specified setting to the workbook." (ExcelApi 1.4,
  // https://learn.microsoft.com/javascript/api/excel/excel.settingcollection); Workbook.properties.custom
  // (1.7) and Worksheet.customProperties: "Gets a collection of worksheet-level custom properties."
  // (1.12, https://learn.microsoft.com/javascript/api/excel/excel.worksheet). These mark the add-in's sheets.
  test("settings, document and worksheet custom properties persist across Excel.run and are case-insensitive", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      context.workbook.settings.add("SuiviCommercial.dashboard", { sheets: ["a", "b"] });
      context.workbook.settings.add("SuiviCommercial.dashboard", { sheets: ["c"] });
      context.workbook.properties.custom.add("SuiviCommercial", "v1");
      context.workbook.worksheets.getActiveWorksheet().customProperties.add("Role", "data");
      await context.sync();
    });
    await sim.Excel.run(async (context) => {
      const s = context.workbook.settings
        .getItemOrNullObject("suivicommercial.DASHBOARD")
        .load("value");
      const missing = context.workbook.settings.getItemOrNullObject("autre");
      const p = context.workbook.worksheets
        .getActiveWorksheet()
        .customProperties.getItem("role")
        .load("value");
      await context.sync();
      expect(s.value).toEqual({ sheets: ["c"] });
      expect(missing.isNullObject).toBe(true);
      expect(p.value).toBe("data");
      s.delete();
      await context.sync();
    });
    expect(sim.workbook.settings()).toEqual({});
    expect(sim.workbook.customProperties()).toEqual({ SuiviCommercial: "v1" });
    expect(sim.workbook.sheets()[0].customProperties).toEqual({ Role: "data" });
  });

  // snapshot() is the simulator's own inspection (no Excel counterpart).
  test("snapshot() is identical for identical workbooks and differs after a change", async () => {
    const make = async () => {
      const sim = createSimulatedExcel();
      await sim.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.add("S");
        ws.getRange("A1:B2").values = [
          ["a", 1],
          ["b", 2],
        ];
        ws.getRange("C1").formulas = [["=SUM(B1:B2)"]];
        ws.tables.add("S!A1:B2", false);
        await context.sync();
      });
      return sim;
    };
    const a = await make();
    const b = await make();
    expect(a.snapshot()).toEqual(b.snapshot());
    await b.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B3").values = [[5]];
      await context.sync();
    });
    expect(a.snapshot()).not.toEqual(b.snapshot());
  });
});
