/**
 * LibreOffice headless as an independent spreadsheet engine: it opens an .xlsx, recalculates
 * every formula (forced by its own throw-away profile) and writes one CSV per sheet.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { SimulatedExcel } from "../../src/workbook-sim";
import type { BuildResult } from "../../src/excel";
import { cellAddress, parseCell } from "../../src/domain/dashboard/a1";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh LibreOffice profile that recalculates .xlsx files on load. */
export function libreOfficeProfile(dir: string): string {
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  return `file://${dir}`;
}

/** Runs soffice headless with its own profile; returns the output folder. */
export function soffice(input: string, convertTo: string, work: string): string {
  const out = path.join(work, "out");
  fs.mkdirSync(out, { recursive: true });
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${libreOfficeProfile(path.join(work, "profile"))}`,
      "--headless",
      "--convert-to",
      convertTo,
      "--outdir",
      out,
      input,
    ],
    { stdio: "pipe", timeout: 300_000 }
  );
  return out;
}

/**
 * The cells of every sheet of an .xlsx after LibreOffice opened it, recalculated every formula
 * and saved it again: raw values (numbers, texts), formula cells giving their new result.
 */
export async function recalculatedSheets(
  xlsx: Uint8Array
): Promise<Map<string, Map<string, unknown>>> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "lo-dashboard-"));
  try {
    const input = path.join(work, "book.xlsx");
    fs.writeFileSync(input, xlsx);
    const out = soffice(input, "xlsx:Calc MS Excel 2007 XML", work);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(out, "book.xlsx"));
    const sheets = new Map<string, Map<string, unknown>>();
    book.eachSheet((ws) => {
      const cells = new Map<string, unknown>();
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          const value =
            v && typeof v === "object" && "formula" in v ? (v as { result?: unknown }).result : v;
          cells.set(
            cell.address,
            value instanceof Date ? Math.round(value.getTime() / 86_400_000 + 25569) : value
          );
        })
      );
      sheets.set(ws.name, cells);
    });
    return sheets;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Exports a built workbook, has LibreOffice recalculate it, and compares the tracking table cell
 * by cell (formulas to the cent, constants exactly). Returns the number of formula cells compared.
 */
export async function compareWithLibreOffice(s: SimulatedExcel, r: BuildResult): Promise<number> {
  expect(r.error).toBeNull();
  const sheets = await recalculatedSheets(await s.exportXlsx());
  const t = s.workbook.table(r.tables!.tracking);
  const lo = sheets.get(t.sheet)!;
  expect(lo).toBeDefined();
  const { row: r0, col: c0 } = parseCell(t.address.split(":")[0]);
  let compared = 0;
  s.workbook.grid(t.sheet, t.address).forEach((row, i) =>
    row.forEach((cell, j) => {
      const theirs = lo.get(cellAddress(r0 + i, c0 + j));
      if (typeof cell.value === "number") {
        expect(typeof theirs).toBe("number");
        expect(Math.abs((theirs as number) - cell.value)).toBeLessThanOrEqual(
          cell.formula ? 0.005 : 0
        );
        if (cell.formula) compared++;
      } else {
        expect(theirs ?? "").toBe(cell.value);
      }
    })
  );
  return compared;
}
