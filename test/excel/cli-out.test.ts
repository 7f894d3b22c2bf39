/**
 * `npm run dashboard -- <file> --out dashboard.xlsx`, spawned as a newcomer runs it on the
 * project's own French sample: the workbook is written, and LibreOffice, recalculating every
 * formula of the file, finds the tracking table's values the file carries.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { recalculatedSheets } from "./libreoffice";
import { parseCell } from "../../src/domain/dashboard/a1";

jest.setTimeout(300_000);

const repo = path.resolve(__dirname, "../..");

it("writes the dashboard of the French sample, which LibreOffice recalculates to the same values", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dashboard-out-"));
  try {
    const out = path.join(dir, "tableau-de-bord.xlsx");
    const r = spawnSync(
      path.join(repo, "node_modules/.bin/tsx"),
      ["src/cli/dashboard.ts", "assets/samples/ventes-exemple.csv", "--out", out],
      {
        cwd: repo,
        encoding: "utf8",
        timeout: 240_000,
      }
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Classeur écrit\u00a0: ${out}`);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    // The command's fresh workbook: its blank "Feuil1" is left out of the file.
    expect(book.worksheets.map((w) => w.name).slice(0, 5)).toEqual([
      "Données",
      "TCD",
      "Suivi mensuel",
      "Graphiques",
      "Commentaire",
    ]);
    const tracking = book.getWorksheet("Suivi mensuel")!;
    const table = tracking.getTable("SuiviMensuel") as unknown as { table: { tableRef: string } };
    const [first, last] = table.table.tableRef.split(":");
    const fileCells = new Map<string, unknown>();
    tracking.eachRow((row) => row.eachCell((cell) => fileCells.set(cell.address, cell.value)));

    const recalculated = (await recalculatedSheets(new Uint8Array(fs.readFileSync(out)))).get(
      "Suivi mensuel"
    )!;
    const [a, b] = [parseCell(first), parseCell(last)];
    let formulas = 0;
    for (const [address, value] of fileCells) {
      const { row, col } = parseCell(address);
      const inTable = row >= a.row && row <= b.row && col >= a.col && col <= b.col;
      if (!inTable || !value || typeof value !== "object" || !("formula" in value)) continue;
      const cached = (value as { result?: unknown }).result;
      const theirs = recalculated.get(address);
      if (typeof cached === "number")
        expect(Math.abs((theirs as number) - cached)).toBeLessThanOrEqual(0.005);
      else expect(theirs ?? "").toBe(cached ?? "");
      formulas++;
    }
    // 26 months × 11 formula columns, the first month's M-1 columns and the total row included.
    expect(formulas).toBeGreaterThan(26 * 10);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
