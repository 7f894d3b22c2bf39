/**
 * Range values, formulas, number formats, text and formats on the simulator, with the documented rules
 * quoted. RANGE = https://learn.microsoft.com/javascript/api/excel/excel.range (API reference, the same
 * text as @types/office-js); NULLS = "Blank and null values in Excel add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
 */
import { createSimulatedExcel } from "../../src/workbook-sim";

type Sim = ReturnType<typeof createSimulatedExcel>;

async function write(
  sim: Sim,
  address: string,
  prop: "values" | "formulas" | "numberFormat",
  v: unknown
): Promise<void> {
  await sim.Excel.run(async (context) => {
    (
      context.workbook.worksheets.getActiveWorksheet().getRange(address) as unknown as Record<
        string,
        unknown
      >
    )[prop] = v;
    await context.sync();
  });
}

describe("what a written string becomes", () => {
  // Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
  // interprets this value as a formula." (RANGE, values)
  test("strings starting with = become formulas (the formula-injection danger is reproduced)", async () => {
    const sim = createSimulatedExcel();
    await write(sim, "A1:C1", "values", [["=1+1", "+2*3", "-A1"]]);
    expect(sim.workbook.values("Feuil1", "A1:C1")).toEqual([[2, 6, -2]]);
    expect(sim.workbook.formulas("Feuil1", "A1:C1")).toEqual([["=1+1", "=+2*3", "=-A1"]]);
    // A malicious import cell would be evaluated too:
    await write(sim, "D1", "values", [['=HYPERLINK("http://x","clic")']]);
    expect(sim.workbook.cell("Feuil1", "D1")).toMatchObject({
      value: "clic",
      formula: '=HYPERLINK("http://x","clic")',
    });
  });

  // Excel's prefix character: text typed after an apostrophe is stored as text; the apostrophe is not part
  // of the value. Office.js reads it back without the apostrophe from `values` and `formulas` (reported in
  // OfficeDev/office-js#6687 "range.formulas removes Leading Single Quote") — writing such a read back creates a formula.
  test("a leading apostrophe keeps the text as text, and formulas reads it back without the apostrophe", async () => {
    const sim = createSimulatedExcel();
    await write(sim, "A1:C1", "values", [["'=1+1", "'+33 6 12 34 56 78", "'00123"]]);
    expect(sim.workbook.values("Feuil1", "A1:C1")).toEqual([
      ["=1+1", "+33 6 12 34 56 78", "00123"],
    ]);
    expect(sim.workbook.cell("Feuil1", "A1")).toMatchObject({
      formula: null,
      text: "=1+1",
      isError: false,
    });
    expect(sim.workbook.cell("Feuil1", "A1").style.quotePrefix).toBe(true);
    await sim.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1").load("formulas");
      await context.sync();
      expect(r.formulas).toEqual([["=1+1"]]);
      // the round trip of Office.js turns it into a formula
      context.workbook.worksheets.getActiveWorksheet().getRange("B2").formulas = r.formulas;
      await context.sync();
    });
    expect(sim.workbook.cell("Feuil1", "B2").value).toBe(2);
  });

  // Paraphrased from Excel's help "Format numbers as text" (support.microsoft.com): a cell formatted as
  // Text ("@") keeps what is typed as text — no formula, no number.
  test("the Text number format (@) keeps strings verbatim; the apostrophe prefix is still consumed", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1:D1");
      r.numberFormat = [["@", "@", "@", "@"]];
      r.values = [["=SUM(1,2)", "00123", "2024-01-31", "'=x"]];
      await context.sync();
    });
    expect(sim.workbook.values("Feuil1", "A1:D1")).toEqual([
      ["=SUM(1,2)", "00123", "2024-01-31", "=x"],
    ]);
    expect(sim.workbook.formulaCells("Feuil1")).toEqual([]);
  });

  // "Locale-shaped strings (such as the date "19-8-2025" in nl-NL or fr-FR, format DD-MM-YYYY) are stored
  // as text instead of as dates. To ensure dates are stored as dates, use a locale-aware API like
  // formulasLocal or use a locale-neutral format like ISO (YYYY-MM-DD) or a numeric date serial." (RANGE, values)
  test("numeric, percent, boolean and ISO date strings are converted; locale-shaped ones stay text", async () => {
    const sim = createSimulatedExcel();
    await write(sim, "A1:F1", "values", [
      ["123", "1.5", "12%", "TRUE", "2024-01-31", "31/01/2024"],
    ]);
    expect(sim.workbook.values("Feuil1", "A1:F1")).toEqual([
      [123, 1.5, 0.12, true, 45322, "31/01/2024"],
    ]);
    expect(sim.workbook.cell("Feuil1", "C1").numberFormat).toBe("0%");
    expect(sim.workbook.cell("Feuil1", "E1").text).toBe("2024-01-31");
  });

  // "InvalidArgument | The argument is invalid or missing or has an incorrect format."
  // (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling)
  test("an expression that is not a valid formula is refused with InvalidArgument", async () => {
    const sim = createSimulatedExcel();
    await expect(write(sim, "A1", "values", [["- remise exceptionnelle"]])).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(write(sim, "A1", "formulas", [["=SUM((1,2)"]])).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });
});

describe("null and blank input", () => {
  // "specify the values, number format, or formula for those cells in the 2-D array, and specify null for all
  // other cells" / "If you specify a blank value for the values property of a range, the content of the
  // range is cleared." / "If you specify a blank value for the numberFormat property, the number format is
  // reset to General." (NULLS)
  test("null leaves a cell unchanged, empty string clears it, blank number format resets to General", async () => {
    const sim = createSimulatedExcel();
    await write(sim, "A1:C1", "values", [[1, 2, 3]]);
    await write(sim, "A1:C1", "numberFormat", [["0.00", "0.00", "0.00"]]);
    await write(sim, "A1:C1", "values", [[null, "", 30]]);
    await write(sim, "A1:C1", "numberFormat", [[null, null, ""]]);
    expect(sim.workbook.values("Feuil1", "A1:C1")).toEqual([[1, "", 30]]);
    expect([
      sim.workbook.cell("Feuil1", "A1").numberFormat,
      sim.workbook.cell("Feuil1", "C1").numberFormat,
    ]).toEqual(["0.00", "General"]);
  });

  // "null is not a valid input for single property. For example, the following code snippet is not valid,
  // as the values property of the range cannot be set to null." (NULLS)
  test("values = null is refused", async () => {
    const sim = createSimulatedExcel();
    await expect(write(sim, "A1", "values", null)).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });
});

describe("one value for a whole range", () => {
  // Assigning a single value instead of a 2-D array fills every cell; a formula is filled like Ctrl+Enter,
  // relative references moving with each cell (JKPieterse on the Microsoft 365 developer forum: `rng.formulas
  // = "=B1"` on A1:A10 "runs successfully").
  test("a scalar formula fills the range with relative references adjusted", async () => {
    const sim = createSimulatedExcel();
    await write(sim, "B1:B3", "values", [[10], [20], [30]]);
    await write(sim, "A1:A3", "formulas", "=B1*2+$B$1");
    expect(sim.workbook.formulas("Feuil1", "A1:A3")).toEqual([
      ["=B1*2+$B$1"],
      ["=B2*2+$B$1"],
      ["=B3*2+$B$1"],
    ]);
    expect(sim.workbook.values("Feuil1", "A1:A3")).toEqual([[30], [50], [70]]);
    await write(sim, "C1:C3", "numberFormat", "0.0%");
    expect(sim.workbook.texts("Feuil1", "C1:C3")).toEqual([[""], [""], [""]]);
    expect(sim.workbook.cell("Feuil1", "C3").numberFormat).toBe("0.0%");
  });
});

describe("reading back: values, text, types", () => {
  // "Represents the raw values of the specified range. [...] Cells that contain an error will return the
  // error string." (RANGE, values) Range.text: "Text values of the specified range. The text value will
  // not depend on the cell width." (RANGE, text)
  test("errors read as strings, text follows the number format in the display language", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.getRange("A1:E1").formulas = [["=1/0", 1234.5, 45292, 0.0841, -1234.5]];
      ws.getRange("A1:E1").numberFormat = [
        ["General", '#,##0.00 "€"', "mmm yyyy", "0.0%", '#,##0.00 "€";[Red]-#,##0.00 "€"'],
      ];
      const r = ws.getRange("A1:E1").load("values, text, valueTypes");
      await context.sync();
      expect(r.values).toEqual([["#DIV/0!", 1234.5, 45292, 0.0841, -1234.5]]);
      expect(r.text).toEqual([
        ["#DIV/0!", "1\u202f234,50 €", "janv. 2024", "8,4%", "-1\u202f234,50 €"],
      ]);
      expect(r.valueTypes).toEqual([["Error", "Double", "Double", "Double", "Double"]]);
    });
    const en = createSimulatedExcel({ displayLanguage: "en-US" });
    await write(en, "A1", "values", [[45292]]);
    await write(en, "A1", "numberFormat", [["mmm yyyy"]]);
    expect(en.workbook.cell("Sheet1", "A1").text).toBe("Jan 2024");
  });

  // "Formatting properties such as size and color will contain null values in the response when different
  // values exist in the specified range." (NULLS, paraphrased there as "Properties return null when a range
  // contains multiple different values (like different font colors).")
  test("a format property differing across the range reads as null", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.getRange("A1").format.font.color = "#FF0000";
      ws.getRange("A2").format.font.color = "#0000FF";
      ws.getRange("A3:A4").format.font.color = "#0000FF";
      const mixed = ws.getRange("A1:A2").load("format/font/color");
      const same = ws.getRange("A3:A4").load("format/font/color");
      await context.sync();
      expect(mixed.format.font.color).toBeNull();
      expect(same.format.font.color).toBe("#0000FF");
    });
  });
});

describe("range navigation", () => {
  // RANGE: getCell "Gets the range object containing the single cell based on row and column numbers.
  // [...] The returned cell is located relative to the top left cell of the range."; getResizedRange
  // "Gets a Range object similar to the current Range object, but with its bottom-right corner expanded
  // (or contracted) by some number of rows and columns."; getOffsetRange "Gets an object which represents
  // a range that's offset from the specified range. The dimension of the returned range will match this
  // range. If the resulting range is forced outside the bounds of the worksheet grid, an error will be thrown."
  test("getCell, getResizedRange, getOffsetRange, getEntireColumn, getLastRow, getIntersection", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      const base = ws.getRange("B2:C3");
      const list = [
        base.getCell(1, 1),
        base.getResizedRange(2, 0),
        base.getOffsetRange(1, 2),
        base.getEntireColumn(),
        base.getLastRow(),
        base.getIntersection("C3:D9"),
        ws.getRangeByIndexes(0, 0, 2, 3),
      ].map((r) => r.load("address"));
      await context.sync();
      expect(list.map((r) => r.address)).toEqual([
        "Feuil1!C3",
        "Feuil1!B2:C5",
        "Feuil1!D3:E4",
        "Feuil1!B:C",
        "Feuil1!B3:C3",
        "Feuil1!C3",
        "Feuil1!A1:C2",
      ]);
    });
  });

  // Worksheet.getUsedRange: "The used range is the smallest range that encompasses any cells that have a
  // value or formatting assigned to them. If the entire worksheet is blank, this function will return the
  // top left cell" (https://learn.microsoft.com/javascript/api/excel/excel.worksheet); getUsedRangeOrNullObject:
  // "If the entire worksheet is blank, then this method returns an object with its isNullObject property
  // set to true." (same page)
  test("used range, and its null object on a blank sheet", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      const blank = ws.getUsedRange().load("address");
      const nul = ws.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(blank.address).toBe("Feuil1!A1");
      expect(nul.isNullObject).toBe(true);
      ws.getRange("C3:D4").values = [
        [1, 2],
        [3, 4],
      ];
      ws.getRange("F9").format.fill.color = "#FFFF00";
      const used = ws.getUsedRange().load("address");
      const usedValues = ws.getUsedRange(true).load("address");
      await context.sync();
      expect([used.address, usedValues.address]).toEqual(["Feuil1!C3:F9", "Feuil1!C3:D4"]);
    });
  });
});

describe("formats, widths, freeze panes, hyperlinks", () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.rangeformat: columnWidth "Specifies the width
  // of all columns within the range."; autofitColumns "Changes the width of the columns of the current range
  // to achieve the best fit, based on the current data in the columns."; horizontalAlignment "Represents
  // the horizontal alignment for the specified object."; wrapText "Specifies if Excel wraps the text in the
  // object." Excel.RangeFont (https://learn.microsoft.com/javascript/api/excel/excel.rangefont): bold
  // "Represents the bold status of the font.", size "Font size.", color "HTML color code representation of the
  // text color (e.g., #FF0000 represents Red)."
  test("font, fill, alignment, wrap, widths and autofit are recorded", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      const r = ws.getRange("A1:B1");
      r.values = [["Chiffre d'affaires HT du mois", 1]];
      r.format.font.bold = true;
      r.format.font.size = 12;
      r.format.fill.color = "#1F4E78";
      r.format.horizontalAlignment = "Center";
      r.format.wrapText = true;
      ws.getRange("B:B").format.columnWidth = 90;
      ws.getRange("C1").values = [["Un libellé assez long pour être élargi"]];
      ws.getRange("C:C").format.autofitColumns();
      await context.sync();
    });
    const a1 = sim.workbook.cell("Feuil1", "A1");
    expect(a1.style).toMatchObject({
      font: { bold: true, size: 12 },
      fill: "#1F4E78",
      horizontalAlignment: "Center",
      wrapText: true,
    });
    const [a, b, c] = sim.workbook.columnWidths("Feuil1", 3);
    expect(a).toBe(48);
    expect(b).toBe(90);
    expect(c).toBeGreaterThan(150);
  });

  // WorksheetFreezePanes.freezeRows: "Freeze the top row or rows of the worksheet in place."; freezeAt:
  // "Sets the frozen cells in the active worksheet view. The range provided corresponds to cells that will
  // be frozen in the top- and left-most pane." (ExcelApi 1.7,
  // https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes)
  test("freeze panes", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.freezePanes.freezeRows(1);
      const loc = ws.freezePanes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(loc.address).toBe("Feuil1!1:1");
      ws.freezePanes.freezeAt("A1:B3");
      await context.sync();
    });
    expect(sim.workbook.frozenPanes("Feuil1")).toEqual({ rows: 3, columns: 2 });
  });

  // Excel.RangeHyperlink (https://learn.microsoft.com/javascript/api/excel/excel.rangehyperlink):
  // documentReference "Represents the document reference target for the hyperlink."; textToDisplay
  // "Represents the string that is displayed in the top left most cell in the range."
  test("hyperlinks to a cell of the workbook", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.getRange("A1").hyperlink = {
        documentReference: "'Suivi mensuel'!C5",
        textToDisplay: "voir C5",
      };
      await context.sync();
    });
    expect(sim.workbook.cell("Feuil1", "A1")).toMatchObject({
      value: "voir C5",
      hyperlink: { documentReference: "'Suivi mensuel'!C5" },
    });
  });
});

describe("addresses, counts, clear and select", () => {
  // Worksheet.getRange(address): "Gets the Range object, representing a single rectangular block of
  // cells, specified by the address or name." (https://learn.microsoft.com/javascript/api/excel/excel.worksheet)
  // RANGE: address "Specifies the range reference in A1-style. Address value contains the sheet reference
  // (e.g., "Sheet1!A1:B4")."; rowCount "Returns the total number of rows in the range."; columnCount
  // "Specifies the total number of columns in the range."; numberFormat "Represents Excel's number format
  // code for the given range."
  test("getRange with and without the sheet prefix; address, rowCount, columnCount, numberFormat, text", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("Suivi mensuel");
      ws.getRange("'Suivi mensuel'!B2:D3").values = [
        [1, 2.5, 0.25],
        [4, 5, 6],
      ];
      ws.getRange("C2:D2").numberFormat = [["0.00", "0%"]];
      const r = ws.getRange("B2:D3").load("address, rowCount, columnCount, numberFormat, text");
      const cell = ws.getRange("'Suivi mensuel'!D2").load("address, values");
      await context.sync();
      expect([r.address, r.rowCount, r.columnCount]).toEqual(["'Suivi mensuel'!B2:D3", 2, 3]);
      expect(r.numberFormat[0]).toEqual(["General", "0.00", "0%"]);
      expect(r.text[0]).toEqual(["1", "2,50", "25%"]);
      expect([cell.address, cell.values]).toEqual(["'Suivi mensuel'!D2", [[0.25]]]);
    });
  });

  // RANGE, getOffsetRange: "If the resulting range is forced outside the bounds of the worksheet grid, an
  // error will be thrown."
  test("an offset outside the grid fails", async () => {
    const sim = createSimulatedExcel();
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets
          .getActiveWorksheet()
          .getRange("A2")
          .getOffsetRange(-2, 0)
          .load("address");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  // RANGE, clear(applyTo): "Clear range values and formatting, such as fill and border."; Excel.ClearApplyTo:
  // "Contents" "Clears the contents of the range, leaving formatting intact.", "All" "Clears everything in
  // the range."
  // (https://learn.microsoft.com/javascript/api/excel/excel.clearapplyto). RANGE, select: "Selects the
  // specified range in the Excel UI."; Workbook.getSelectedRange: "Gets the currently selected single range
  // from the workbook." (https://learn.microsoft.com/javascript/api/excel/excel.workbook)
  test("clear() removes values and formats, clear('Contents') keeps formats; select() moves the selection", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      ws.getRange("A1:B2").format.fill.color = "#FFFF00";
      ws.getRange("A1:B2").format.font.bold = true;
      ws.getRange("A1:B1").clear();
      ws.getRange("A2:B2").clear("Contents");
      ws.getRange("B2").select();
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(selected.address).toBe("Feuil1!B2");
    });
    expect(sim.workbook.values("Feuil1", "A1:B2")).toEqual([
      ["", ""],
      ["", ""],
    ]);
    expect(sim.workbook.cell("Feuil1", "A1").style).toEqual({});
    expect(sim.workbook.cell("Feuil1", "A2").style).toMatchObject({
      fill: "#FFFF00",
      font: { bold: true },
    });
  });
});
