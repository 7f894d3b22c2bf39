/**
 * `--out`: the command line's workbook holds the dashboard's sheets only (not the blank sheet its
 * fresh workbook starts with) and opens on the tracking sheet.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { EXIT_OK, runDashboard, type CliIO } from "../../src/cli/dashboard";

jest.setTimeout(120_000);

const repo = path.resolve(__dirname, "../..");

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "dashboard-out-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const io = (out: string[], err: string[]): CliIO => ({
  out: (t) => void out.push(t),
  err: (t) => void err.push(t),
  readFile: async (f) => new Uint8Array(readFileSync(path.resolve(repo, f))),
  writeFile: async () => undefined,
});

test.each([
  ["fr", "Suivi mensuel", ["Données", "TCD", "Suivi mensuel", "Graphiques", "Commentaire"]],
  ["en", "Monthly tracking", ["Data", "Pivots", "Monthly tracking", "Charts", "Commentary"]],
])("%s: no blank default sheet, opens on the tracking sheet", async (lang, tracking, sheets) => {
  const file = path.join(tmp, `tdb-${lang}.xlsx`);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDashboard(
    ["assets/samples/ventes-exemple.csv", "--lang", lang, "--out", file],
    io(out, err)
  );
  expect(err).toEqual([]);
  expect(code).toBe(EXIT_OK);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const names = wb.worksheets.map((w) => w.name);
  expect(names.slice(0, 5)).toEqual(sheets);
  expect(names).not.toContain(lang === "fr" ? "Feuil1" : "Sheet1");
  expect(wb.worksheets[wb.views[0].activeTab].name).toBe(tracking);
});
