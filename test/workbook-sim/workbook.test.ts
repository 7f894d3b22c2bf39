/**
 * Workbook and worksheet collection on the simulator: add, getItem, delete, activate, position, names,
 * the workbook's tables. WS = https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection,
 * SHEET = https://learn.microsoft.com/javascript/api/excel/excel.worksheet,
 * NAMES = https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection (API reference).
 */
import { createSimulatedExcel } from "../../src/workbook-sim";

describe("worksheets", () => {
  // WS, add: "Adds a new worksheet to the workbook. The worksheet will be added at the end of existing
  // worksheets. If you wish to activate the newly added worksheet, call .activate() on it."; getActiveWorksheet:
  // "Gets the currently active worksheet in the workbook."; SHEET, activate: "Activate the worksheet in the
  // Excel UI."; position: "The zero-based position of the worksheet within the workbook."
  test("add appends at the end without activating; activate and position", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("Données");
      const suivi = sheets.add("Suivi mensuel");
      const active = sheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(active.name).toBe("Feuil1");
      suivi.activate();
      suivi.position = 0;
      const now = sheets.getActiveWorksheet().load("name, position");
      await context.sync();
      expect([now.name, now.position]).toEqual(["Suivi mensuel", 0]);
    });
    expect(sim.workbook.sheetNames()).toEqual(["Suivi mensuel", "Feuil1", "Données"]);
    expect(sim.workbook.activeSheet()).toBe("Suivi mensuel");
  });

  // WS, getItem(key): "Gets a worksheet object using its name or ID."; SHEET, delete: "Deletes the worksheet
  // from the workbook." Excel turns the references of formulas to a deleted sheet into #REF!.
  test("getItem by name or id; delete turns references to the sheet into #REF!", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const data = context.workbook.worksheets.add("Données");
      data.getRange("A1:A2").values = [[10], [32]];
      context.workbook.worksheets.getItem("Feuil1").getRange("A1").formulas = [
        ["=SUM(Données!A1:A2)"],
      ];
      data.load("id");
      await context.sync();
      const byId = context.workbook.worksheets.getItem(data.id).load("name");
      await context.sync();
      expect(byId.name).toBe("Données");
    });
    expect(sim.workbook.values("Feuil1", "A1")).toEqual([[42]]);
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Données").delete();
      await context.sync();
    });
    expect(sim.workbook.sheetNames()).toEqual(["Feuil1"]);
    expect(sim.workbook.values("Feuil1", "A1")).toEqual([["#REF!"]]);
  });

  // WS, getItemOrNullObject: "If the worksheet does not exist, then this method returns an object with its
  // isNullObject property set to true." — used to find the add-in's own sheets before rebuilding them.
  test("getItemOrNullObject tells which of the add-in's sheets exist", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.add("Données");
      await context.sync();
      const found = ["Données", "Suivi mensuel"].map((n) =>
        context.workbook.worksheets.getItemOrNullObject(n)
      );
      await context.sync();
      expect(found.map((s) => s.isNullObject)).toEqual([false, true]);
    });
  });
});

describe("names and the workbook's tables", () => {
  // NAMES, add: "Adds a new name to the collection of the given scope." (ExcelApi 1.4; reference: "The
  // formula or the range that the name will refer to."); NamedItem.getRange: "Returns the range object that
  // is associated with the name." (https://learn.microsoft.com/javascript/api/excel/excel.nameditem)
  test("a name on a formula or a range, used in a formula and resolved with getRange", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const wb = context.workbook;
      const ws = wb.worksheets.add("Données");
      ws.getRange("B1:B3").values = [[1], [2], [3]];
      wb.names.add("Total", "=SUM(Données!$B$1:$B$3)");
      wb.names.add("Montants", ws.getRange("B1:B3"));
      ws.getRange("D1:D2").formulas = [["=Total*2"], ["=MAX(Montants)"]];
      const range = wb.names.getItem("Montants").getRange().load("address");
      await context.sync();
      expect(range.address).toBe("Données!B1:B3");
    });
    expect(sim.workbook.values("Données", "D1:D2")).toEqual([[12], [3]]);
    expect(sim.workbook.names().map((n) => [n.name, n.formula])).toEqual([
      ["Total", "=SUM(Données!$B$1:$B$3)"],
      ["Montants", "=Données!$B$1:$B$3"],
    ]);
  });

  // Workbook.tables: "Represents a collection of tables associated with the workbook."
  // (https://learn.microsoft.com/javascript/api/excel/excel.workbook)
  test("workbook.tables finds tables of every sheet by name", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      for (const [sheet, table] of [
        ["Données", "Ventes"],
        ["Objectifs", "ObjectifsMensuels"],
      ]) {
        const ws = context.workbook.worksheets.add(sheet);
        ws.getRange("A1:B2").values = [
          ["Mois", "Montant"],
          [45292, 1],
        ];
        ws.tables.add(`${sheet}!A1:B2`, true).name = table;
      }
      const all = context.workbook.tables.load("items/name");
      const one = context.workbook.tables.getItem("ObjectifsMensuels").worksheet.load("name");
      await context.sync();
      expect(all.items.map((t) => t.name)).toEqual(["Ventes", "ObjectifsMensuels"]);
      expect(one.name).toBe("Objectifs");
    });
  });
});
