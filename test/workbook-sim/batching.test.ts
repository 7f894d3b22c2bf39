/**
 * Batching semantics of the simulated Office.js: proxies, queued writes, load/sync, null objects,
 * errors at sync. Each test quotes the documented behaviour it reproduces, with its address:
 * MODEL = "Application-specific API model",
 *   https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
 * ERRORS = "Error handling with the application-specific JavaScript APIs",
 *   https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 * and the API reference pages (https://learn.microsoft.com/javascript/api/...).
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- these tests read unloaded properties on purpose, to check the PropertyNotLoaded error */
import { createSimulatedExcel } from "../../src/workbook-sim";

async function expectCode(
  p: Promise<unknown>,
  code: string
): Promise<{ code: string; message: string; debugInfo: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    const err = e as { code: string; message: string; debugInfo: Record<string, unknown> };
    expect(err.code).toBe(code);
    return err;
  }
  throw new Error(`expected an error with code ${code}`);
}

describe("proxy objects and sync", () => {
  // "Any methods that you invoke or properties that you set or load on proxy objects are simply added to
  // a queue of pending commands. When you call the sync() method on the request context [...] the queued
  // commands are dispatched to the Office application and run." (MODEL, "Proxy objects")
  test("writes are queued until sync", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1").values = [[42]];
      expect(sim.workbook.cell("Feuil1", "A1").value).toBe("");
      await context.sync();
      expect(sim.workbook.cell("Feuil1", "A1").value).toBe(42);
    });
  });

  // "Before you can read the properties of a proxy object, you must explicitly load the properties to
  // populate the proxy object with data from the Office document, and then call context.sync()." (MODEL,
  // "load()"). The error office.js raises is PropertyNotLoaded: "The property '{0}' is not available.
  // Before reading the property's value, call the load method on the containing object and call
  // "context.sync()" on the associated request context." (office.js source, excel-web-16.00.debug.js)
  test("reading a property that was not loaded and synced throws PropertyNotLoaded", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("B2");
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("address");
      // loaded but not yet synced: still not available
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.address).toBe("Feuil1!B2");
      // values were not requested
      let err: unknown;
      try {
        void range.values;
      } catch (e) {
        err = e;
      }
      expect(err).toMatchObject({
        code: "PropertyNotLoaded",
        message: expect.stringContaining("The property 'values' is not available"),
      });
    });
  });

  // "requests to load properties on proxy objects get added to the queue of pending commands on the
  // request context, which will run the next time you call the sync() method" (MODEL, "load()"): a load
  // queued after a write sees the write.
  test("load after a write in the same batch sees the written value, computed", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const before = sheet.getRange("A1:B1");
      before.load("values");
      sheet.getRange("A1:B1").formulas = [[2, "=A1*21"]];
      const after = sheet.getRange("A1:B1");
      after.load("values");
      await context.sync();
      expect(before.values).toEqual([["", ""]]);
      expect(after.values).toEqual([[2, 42]]);
    });
  });

  // Not documented in words: office.js's property setters store the value on the proxy before queuing
  // it (office.js source, excel-web-16.00.debug.js), so it reads back at once.
  test("a property set on the proxy can be read back before sync", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
      range.values = [["x"]];
      expect(range.values).toEqual([["x"]]);
      await context.sync();
    });
  });

  // "Your add-in can use navigational properties as a path to load specific scalar properties"
  // (MODEL, "Scalar and navigation properties", with `someRange.load("format/font/name")`); Range.load:
  // "Queues up a command to load the specified properties of the object." — a string, a string array,
  // `{ select, expand }` or a RangeLoadOptions object (https://learn.microsoft.com/javascript/api/excel/excel.range).
  test("load accepts strings, comma lists, arrays, select objects and nested paths", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      ws.getRange("A1").format.font.bold = true;
      const a = ws.getRange("A1:B2").load("address, rowCount");
      const b = ws.getRange("A1:B2").load(["values", "columnCount"]);
      const c = ws.getRange("A1:B2").load({ select: "cellCount" });
      const d = ws.getRange("A1").load("format/font/bold");
      const e = ws.getRange("A1").load({ format: { font: { bold: true } }, address: true });
      await context.sync();
      expect([a.address, a.rowCount]).toEqual(["Feuil1!A1:B2", 2]);
      expect([b.values, b.columnCount]).toEqual([
        [
          [1, 2],
          [3, 4],
        ],
        2,
      ]);
      expect(c.cellCount).toBe(4);
      expect(d.format.font.bold).toBe(true);
      expect([e.address, e.format.font.bold]).toEqual(["Feuil1!A1", true]);
    });
  });

  // "When *.run completes, a promise is resolved, and any objects that were allocated at runtime are
  // automatically released." (MODEL, "*.run function"). office.js sends what is still queued with a last
  // sync: MODEL's getItemOrNullObject sample ends with `dataSheet.position = 1;` and no sync.
  test("actions left queued at the end of Excel.run are sent", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.add("Data");
      context.workbook.worksheets.getItem("Data").position = 0;
    });
    expect(sim.workbook.sheetNames()).toEqual(["Data", "Feuil1"]);
    expect(sim.counters.syncCount).toBe(1);
  });

  // office.js source (excel-web-16.00.debug.js), RunMustReturnPromise: "The batch function passed to the
  // ".run" method didn't return a promise."
  test("a batch that does not return a promise is rejected", async () => {
    const sim = createSimulatedExcel();
    await expectCode(sim.Excel.run((() => undefined) as never), "RunMustReturnPromise");
  });
});

describe("*OrNullObject methods", () => {
  // "The getItemOrNullObject() method returns the specified item if it exists; otherwise, it returns an object
  // whose isNullObject property is set to true." ... "Office automatically loads this property when
  // context.sync is called" (MODEL, "*OrNullObject methods and properties"). ClientObject.isNullObject:
  // "You must call context.sync() before reading the isNullObject property."
  // (https://learn.microsoft.com/javascript/api/office/officeextension.clientobject)
  test("getItemOrNullObject gives isNullObject after sync, without throwing", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Data");
      const present = context.workbook.worksheets.getItemOrNullObject("Feuil1");
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      if (missing.isNullObject) context.workbook.worksheets.add("Data");
      await context.sync();
    });
    expect(sim.workbook.sheetNames()).toContain("Data");
  });

  // "if you attempt to get an Excel worksheet by specifying a worksheet name that isn't in the workbook,
  // the getItem() method throws an ItemNotFound exception." (MODEL, "*OrNullObject methods and properties")
  test("getItem of a missing item fails the sync with ItemNotFound", async () => {
    const sim = createSimulatedExcel();
    const err = await expectCode(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope");
        await context.sync();
      }),
      "ItemNotFound"
    );
    expect(err.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
  });

  // Paraphrased from MODEL: the *OrNullObject variations "return ordinary Office proxy objects"; a method
  // queued on one whose entity does not exist does nothing (no ItemNotFound).
  test("methods called on a null object are ignored (the delete-if-exists idiom)", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("Absent").delete();
      await context.sync();
    });
    expect(sim.workbook.sheetNames()).toEqual(["Feuil1"]);
  });
});

describe("errors at sync", () => {
  // "When an Office JavaScript API request fails to run successfully, the API returns an error object that
  // contains the following properties." — code, message, debugInfo (ERRORS, "API errors");
  // "ItemAlreadyExists | The resource being created already exists." (ERRORS, error code table)
  test("errors carry code, message and debugInfo, as OfficeExtension.Error", async () => {
    const sim = createSimulatedExcel();
    const err = await expectCode(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.add("Feuil1");
        await context.sync();
      }),
      sim.Excel.ErrorCodes.itemAlreadyExists
    );
    expect(err).toBeInstanceOf(sim.OfficeExtension.Error);
    expect(err.message).toMatch(/already exists/);
    expect(err.debugInfo).toMatchObject({
      code: "ItemAlreadyExists",
      errorLocation: "WorksheetCollection.add",
    });
  });

  // "InvalidArgument | The argument is invalid or missing or has an incorrect format." (ERRORS, table)
  test("writing an array whose size does not match the range is InvalidArgument", async () => {
    const sim = createSimulatedExcel();
    await expectCode(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").values = [[1, 2, 3]];
        await context.sync();
      }),
      "InvalidArgument"
    );
  });

  test("an invalid address is InvalidArgument", async () => {
    const sim = createSimulatedExcel();
    await expectCode(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:ZZZZ9").values = [[1]];
        await context.sync();
      }),
      "InvalidArgument"
    );
  });

  test("an invalid sheet name is InvalidArgument", async () => {
    const sim = createSimulatedExcel();
    await expectCode(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.add("Bad/Name");
        await context.sync();
      }),
      "InvalidArgument"
    );
  });

  // "InvalidReference | This reference is not valid for the current operation." (ERRORS, table; "the error
  // code "InvalidReference" indicates that the reference is not valid for the specified operation", ERRORS,
  // "API errors"): a range whose worksheet was deleted in an earlier request.
  test("a range of a deleted worksheet is InvalidReference", async () => {
    const sim = createSimulatedExcel();
    const err = await expectCode(
      sim.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.add("Brouillon");
        const range = ws.getRange("A1");
        range.values = [[1]];
        await context.sync();
        ws.delete();
        await context.sync();
        range.values = [[2]];
        await context.sync();
      }),
      "InvalidReference"
    );
    expect(err.debugInfo.errorLocation).toBe("Range");
    expect(sim.workbook.sheetNames()).toEqual(["Feuil1"]);
  });

  // "The code property of an error message contains a string that is part of OfficeExtension.ErrorCodes
  // or {application}.ErrorCodes where {application} represents Excel, PowerPoint, or Word." (ERRORS)
  // The enum itself mirrors @types/office-js (https://learn.microsoft.com/javascript/api/excel/excel.errorcodes).
  test("Excel.ErrorCodes holds the codes the simulator raises", () => {
    const { ErrorCodes } = createSimulatedExcel().Excel;
    expect([
      ErrorCodes.itemNotFound,
      ErrorCodes.itemAlreadyExists,
      ErrorCodes.invalidArgument,
      ErrorCodes.invalidReference,
      ErrorCodes.responsePayloadSizeLimitExceeded,
      ErrorCodes.rangeExceedsLimit,
      ErrorCodes.apiNotFound,
    ]).toEqual([
      "ItemNotFound",
      "ItemAlreadyExists",
      "InvalidArgument",
      "InvalidReference",
      "ResponsePayloadSizeLimitExceeded",
      "RangeExceedsLimit",
      "ApiNotFound",
    ]);
    // RequestPayloadSizeLimitExceeded is not in @types/office-js's Excel.ErrorCodes (office.js keeps it
    // internally); limits-faults.test.ts checks that the error carries it.
  });

  // Paraphrased from MODEL ("sync()": it "runs any commands that are queued") and ERRORS: the commands run
  // in order and the request rejects at the failing one; no rollback is documented, and Excel does none.
  test("actions before the failing one stay applied; the loads of the failed request are not delivered", async () => {
    const sim = createSimulatedExcel();
    let loaded: Excel.Range | null = null;
    await expectCode(
      sim.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet();
        ws.getRange("A1").values = [["before"]];
        loaded = ws.getRange("A1").load("values");
        context.workbook.worksheets.getItem("Missing").getRange("A1").values = [[1]];
        ws.getRange("A2").values = [["after"]];
        await context.sync();
      }),
      "ItemNotFound"
    );
    expect(sim.workbook.cell("Feuil1", "A1").value).toBe("before");
    expect(sim.workbook.cell("Feuil1", "A2").value).toBe("");
    expect(() => loaded!.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(sim.counters.failedSyncs).toBe(1);
  });

  // "When *.run completes, a promise is resolved, and any objects that were allocated at runtime are
  // automatically released." (MODEL, "*.run function")
  test("an object used after its Excel.run ended is rejected with InvalidObjectPath", async () => {
    const sim = createSimulatedExcel();
    let kept: Excel.Range | null = null;
    await sim.Excel.run(async (context) => {
      kept = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
      await context.sync();
    });
    expect(() => {
      kept!.values = [[1]];
    }).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });
});

describe("collections, ClientResult, untrack, set", () => {
  // "getCount returns a ClientResult<number>, meaning the value property in the returned ClientResult is a
  // number. Your script can't access that value until context.sync() is called." (MODEL, "ClientResult")
  test("getCount is readable only after sync", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.add("B");
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(count.value).toBe(2);
    });
  });

  // WorksheetCollection.items: "Gets the loaded child items in this collection."
  // (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection)
  test("collection items load with the requested properties, in order", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.add("Données");
      context.workbook.worksheets.add("Suivi mensuel");
      const sheets = context.workbook.worksheets.load("items/name,items/position");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([
        ["Feuil1", 0],
        ["Données", 1],
        ["Suivi mensuel", 2],
      ]);
      expect(() => sheets.items[0].visibility).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
    });
  });

  // Range.untrack(): "Release the memory associated with this object, if it has previously been tracked."
  // (https://learn.microsoft.com/javascript/api/excel/excel.range); set(): "you can set multiple
  // properties of an object at once by passing [...] a JavaScript object with properties that are
  // structured like the properties of the object on which the method is called." (MODEL, "set()")
  test("untrack() is accepted and set() applies nested properties", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      for (let i = 0; i < 3; i++) {
        const cell = ws.getCell(i, 0);
        cell.values = [[i * 10]];
        cell.untrack();
      }
      ws.getRange("B1").set({
        values: [[5]],
        numberFormat: [["0.00"]],
        format: { font: { bold: true }, fill: { color: "#FF0000" } },
      });
      await context.sync();
    });
    expect(sim.workbook.values("Feuil1", "A1:A3")).toEqual([[0], [10], [20]]);
    const b1 = sim.workbook.cell("Feuil1", "B1");
    expect([b1.text, b1.style.font?.bold, b1.style.fill]).toEqual(["5,00", true, "#FF0000"]);
  });
});
