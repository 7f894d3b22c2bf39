/**
 * The command line, spawned as a user runs it (tsx src/cli/dashboard.ts) on small fixtures and on
 * the FoodMart files, and run in-process for the finer cases.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import {
  EXIT_NOTHING_USABLE,
  EXIT_OK,
  EXIT_USAGE,
  runDashboard,
  type CliIO,
} from "../../src/cli/dashboard";

const repo = path.resolve(__dirname, "../..");
const data = path.resolve(repo, "../shared/data");
const fixtures = path.join(__dirname, "fixtures");
const tsx = path.join(repo, "node_modules/.bin/tsx");

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "dashboard-cli-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function spawnCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tsx, ["src/cli/dashboard.ts", ...args], {
    cwd: repo,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const REPORT_KEYS = [
  "breakdowns",
  "columns",
  "commentary",
  "derived",
  "insights",
  "issues",
  "months",
  "source",
  "totals",
];

describe("dashboard command (spawned)", () => {
  it.each([
    ["foodmart-1997.csv", "en"],
    ["foodmart-1997-fr.csv", "fr"],
  ])("imports %s, prints a summary and writes the report", (file, lang) => {
    const json = path.join(tmp, `${file}.json`);
    const r = spawnCli(path.join(data, file), "--json", json, "--lang", lang);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    if (lang === "en") {
      expect(r.stdout).toContain("Rows read: 27,112 — imported: 27,112 — rejected: 0");
      expect(r.stdout).toContain(
        "revenue 565,238.13; cost 225,627.23; margin 339,610.90; quantity 266,773"
      );
    } else {
      expect(r.stdout).toContain(
        "Lignes lues\u00a0: 27\u202f112 — importées\u00a0: 27\u202f112 — rejetées\u00a0: 0"
      );
      expect(r.stdout).toContain("CA HT 565\u202f238,13");
    }
    const report = JSON.parse(readFileSync(json, "utf8"));
    // The import's keys; later steps (analysis, commentary) add theirs beside them.
    expect(Object.keys(report)).toEqual(expect.arrayContaining(REPORT_KEYS));
    expect(report.source).toEqual({ file, rowsRead: 27112, rowsImported: 27112, rowsRejected: 0 });
    // Analysis and commentary keys: December 1997 is 56,965.64 in ../shared/data/README.md.
    expect(report.months).toHaveLength(12);
    expect(report.months[11]).toMatchObject({ month: "1997-12", revenue: 56965.64 });
    expect(report.commentary.lang).toBe(lang);
    expect(report.commentary.sentences.length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(report.columns).sort()).toEqual(
      [
        "cost",
        "date",
        "dimensions",
        "discount",
        "profit",
        "quantity",
        "revenue",
        "target",
        "unitPrice",
      ].sort()
    );
    expect(report.totals).toEqual({
      revenue: 565238.13,
      cost: 225627.23,
      margin: 339610.9,
      quantity: 266773,
    });
    expect(report.derived).toEqual(["margin"]);
    for (const issue of report.issues) {
      expect(Object.keys(issue).sort()).toEqual(["column", "message", "row", "severity"]);
      expect(["error", "warning"]).toContain(issue.severity);
    }
  });

  it("exits 0 with rejected rows, listing the first reasons", () => {
    const json = path.join(tmp, "t1.json");
    const r = spawnCli(path.join(fixtures, "ventes-t1-2024.csv"), "--json", json);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("rejetées\u00a0: 2");
    expect(r.stdout).toContain(
      "Ligne 8, colonne «\u00a0Date\u00a0»\u00a0: «\u00a031/02/2024\u00a0» n'est pas une date lisible"
    );
    const report = JSON.parse(readFileSync(json, "utf8"));
    expect(report.source).toEqual({
      file: "ventes-t1-2024.csv",
      rowsRead: 9,
      rowsImported: 5,
      rowsRejected: 2,
    });
    // 1 250 + 480,50 − 150 + 2 100 + 640 = 4 320,50; costs 700 + 250,25 − 80 + 1 150 = 2 020,25
    expect(report.totals).toEqual({
      revenue: 4320.5,
      cost: 2020.25,
      margin: 1660.25,
      quantity: 13,
    });
    expect(
      report.issues
        .filter((i: { severity: string }) => i.severity === "error")
        .map((i: { row: number }) => i.row)
    ).toEqual([8, 9]);
    // Reconciliation: the rejected line 8 carries 99,00 of revenue and 350,00 of cost; line 9's
    // "n.c." revenue counts for nothing. 4 320,50 + 99,00 = 4 419,50 read from the source.
    expect(r.stdout).toContain(
      "CA HT\u00a0: source 4\u202f419,50\u00a0€ = importé 4\u202f320,50\u00a0€ + rejeté 99,00\u00a0€ ✓"
    );
    expect(report.reconciliation).toContainEqual({
      measure: "revenue",
      column: "CA HT",
      source: 4419.5,
      imported: 4320.5,
      rejected: 99,
      skippedTotals: 4320.5,
      balanced: true,
    });
  });

  it("exits 2 with the reason on stderr when nothing usable is found, and for a missing file", () => {
    const noDate = spawnCli(path.join(fixtures, "sans-date.csv"), "--lang", "en");
    expect(noDate.status).toBe(EXIT_NOTHING_USABLE);
    expect(noDate.stderr).toContain("No date column found");
    const missing = spawnCli(path.join(tmp, "nope.csv"));
    expect(missing.status).toBe(EXIT_NOTHING_USABLE);
    expect(missing.stderr.trim()).toBe(`Fichier introuvable\u00a0: ${path.join(tmp, "nope.csv")}`);
    expect(missing.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });
});

/** In-memory IO for in-process runs. */
function memoryIO(
  files: Record<string, Uint8Array | string> = {}
): CliIO & { stdout: string[]; stderr: string[]; written: Record<string, string> } {
  const io = {
    stdout: [] as string[],
    stderr: [] as string[],
    written: {} as Record<string, string>,
    out: (t: string) => void io.stdout.push(t),
    err: (t: string) => void io.stderr.push(t),
    readFile: async (f: string) => {
      const content = files[f];
      if (content === undefined) throw Object.assign(new Error("nope"), { code: "ENOENT" });
      return typeof content === "string" ? new TextEncoder().encode(content) : content;
    },
    writeFile: async (f: string, text: string) => {
      if (f.startsWith("/forbidden/")) throw Object.assign(new Error("denied"), { code: "EACCES" });
      io.written[f] = text;
    },
  };
  return io;
}

describe("dashboard command (in-process)", () => {
  const csv = "Date;Produit;CA HT\n06/01/2024;Stylos;12,50\n07/01/2024;Cahiers;7,50\n";

  it("runs with the import options", async () => {
    const io = memoryIO({ "a.csv": csv });
    const code = await runDashboard(
      ["a.csv", "--sheet", "X", "--json", "r.json", "--lang", "en"],
      io
    );
    expect(code).toBe(EXIT_OK);
    expect(io.stderr.join("\n")).toContain("--sheet only applies to .xlsx workbooks");
    expect(JSON.parse(io.written["r.json"]).totals.revenue).toBe(20);
  });

  it.each([
    [["--lang", "de", "a.csv"], `--lang\u00a0: «\u00a0de\u00a0» n'est pas une langue proposée`],
    [["--sentences", "0", "a.csv"], `--sentences\u00a0: «\u00a00\u00a0» n'est pas un nombre`],
    [[], "Fichier manquant\u00a0: indiquez le fichier à importer."],
    [["a.csv", "b.csv"], "Un seul fichier attendu"],
    [["--nope", "a.csv"], "Option inconnue\u00a0: --nope."],
    [["--nope", "a.csv", "--lang", "en"], "Unknown option: --nope."],
  ])("rejects %j with a usage message (exit 1)", async (argv, text) => {
    const io = memoryIO({ "a.csv": csv });
    expect(await runDashboard(argv, io)).toBe(EXIT_USAGE);
    expect(io.stderr.join("\n")).toContain(text);
    expect(io.stderr.join("\n")).toContain("npm run dashboard --");
    expect(io.stderr.join("\n")).not.toMatch(/To specify a positional argument/);
  });

  it("on dates mixing day/month and month/day: exit 2 with the rows and how to fix; --date-order reads them", async () => {
    const mixed = "Date;CA HT\n13/01/2024;10\n05/02/2024;20\n01/13/2024;40\n";
    const io = memoryIO({ "m.csv": mixed });
    expect(await runDashboard(["m.csv", "--json", "r.json"], io)).toBe(EXIT_NOTHING_USABLE);
    const err = io.stderr.join("\n");
    expect(err).toContain("mélange jour/mois et mois/jour");
    expect(err).toContain("--date-order dmy (jour/mois/année) ou --date-order mdy");
    const report = JSON.parse(io.written["r.json"]);
    expect(
      report.issues
        .filter((i: { severity: string }) => i.severity === "error")
        .map((i: { row: number; column: string }) => [i.row, i.column])
    ).toEqual([
      [2, "Date"],
      [4, "Date"],
    ]);

    const io2 = memoryIO({ "m.csv": mixed });
    expect(await runDashboard(["m.csv", "--date-order", "dmy", "--lang", "en"], io2)).toBe(EXIT_OK);
    // 13 Jan + 5 Feb (ambiguous, read day first as stated) + 13 Jan (01/13 proves month first)
    expect(io2.stdout.join("\n")).toContain("Rows read: 3 — imported: 3 — rejected: 0");
    expect(io2.stdout.join("\n")).toContain("Totals: revenue 70.00");
  });

  it("passes --currency to the import (amounts formatted with it)", async () => {
    const io = memoryIO({ "a.csv": "date,sales\n2024-01-06,1234.5\n" });
    expect(await runDashboard(["a.csv", "--lang", "en", "--currency", "usd"], io)).toBe(EXIT_OK);
    expect(io.stdout.join("\n")).toContain("revenue $1,234.50");
  });

  it("prints help", async () => {
    const io = memoryIO();
    expect(await runDashboard(["--help", "--lang", "en"], io)).toBe(EXIT_OK);
    expect(io.stdout[0]).toContain("Usage: npm run dashboard");
  });

  it("writes the report even when nothing is usable, with the reason", async () => {
    const io = memoryIO({ "x.csv": "Client;CA\nA;1\n" });
    expect(await runDashboard(["x.csv", "--json", "r.json", "--lang", "en"], io)).toBe(
      EXIT_NOTHING_USABLE
    );
    const report = JSON.parse(io.written["r.json"]);
    expect(report.error).toContain("No date column found");
    expect(report.totals).toEqual({ revenue: null, cost: null, margin: null, quantity: null });
    expect(io.stderr.join("\n")).toContain("Nothing usable in x.csv");
  });

  it("says when the report cannot be written", async () => {
    const io = memoryIO({ "a.csv": csv });
    expect(await runDashboard(["a.csv", "--json", "/forbidden/r.json"], io)).toBe(EXIT_USAGE);
    expect(io.stderr.join("\n")).toContain("Impossible d'écrire /forbidden/r.json (EACCES)");
  });

  it("reads an .xlsx sheet named on the command line", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Vide");
    const ws = wb.addWorksheet("Ventes");
    ws.addRow(["Date", "Client", "Montant"]);
    ws.addRow([new Date(Date.UTC(2024, 0, 2)), "A", 10.5]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const io = memoryIO({ "v.xlsx": bytes });
    expect(await runDashboard(["v.xlsx", "--sheet", "Ventes", "--json", "r.json"], io)).toBe(
      EXIT_OK
    );
    expect(io.stdout[0]).toContain("feuille «\u00a0Ventes\u00a0»");
    expect(JSON.parse(io.written["r.json"]).totals.revenue).toBe(10.5);
  });

  it("reads monthly targets with --targets, reporting the lines it cannot read", async () => {
    const sample = path.join(repo, "assets/samples");
    const files = {
      "v.csv": new Uint8Array(readFileSync(path.join(sample, "ventes-exemple.csv"))),
      "o.csv": new Uint8Array(readFileSync(path.join(sample, "objectifs-exemple.csv"))),
      "bad.csv": "Mois;Objectif\n2025-01;44 600,00\nfévrier;12\n",
      "none.csv": "Mois;Objectif\n",
    };
    const gaps = (io: ReturnType<typeof memoryIO>) =>
      JSON.parse(io.written["r.json"]).insights.filter(
        (i: { kind: string }) => i.kind === "targetGap"
      );
    const without = memoryIO(files);
    expect(await runDashboard(["v.csv", "--json", "r.json"], without)).toBe(EXIT_OK);
    expect(gaps(without)).toHaveLength(0);
    // June 2025 is the sample's unusual month: 76,602.95 against a 51,700.00 target (objectifs-exemple.csv).
    const withTargets = memoryIO(files);
    expect(
      await runDashboard(["v.csv", "--targets", "o.csv", "--json", "r.json"], withTargets)
    ).toBe(EXIT_OK);
    expect(gaps(withTargets)).toEqual(
      expect.arrayContaining([expect.objectContaining({ subject: "2025-06" })])
    );
    expect(withTargets.stdout.join("\n")).toContain("l'objectif de 51\u202f700\u00a0€");

    const bad = memoryIO(files);
    expect(await runDashboard(["v.csv", "--targets", "bad.csv"], bad)).toBe(EXIT_OK);
    expect(bad.stderr.join("\n")).toContain("bad.csv, ligne 3\u00a0: «\u00a0février;12\u00a0»");
    const none = memoryIO(files);
    expect(await runDashboard(["v.csv", "--targets", "none.csv"], none)).toBe(EXIT_USAGE);
    expect(none.stderr.join("\n")).toContain("none.csv\u00a0: aucun objectif mensuel lu");
  });
});
