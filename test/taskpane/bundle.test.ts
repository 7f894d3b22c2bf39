/**
 * The production task pane: small at start, never the simulator or HyperFormula (GPL), exceljs
 * only on demand, office.js from Microsoft's CDN. Builds the real bundle (about 30 s).
 */
import { promises as fs } from "node:fs";
import { measureBundle, START_BUDGET_BYTES, type BundleReport } from "../../bench/bundle";

let report: BundleReport;

beforeAll(async () => {
  report = await measureBundle();
}, 240_000);

afterAll(async () => {
  if (report) await fs.rm(report.outDir, { recursive: true, force: true });
});

test("the pane loads less than 300 KB gzipped at start (office.js excepted)", () => {
  expect(report.startFiles.map((f) => f.file)).toContain("taskpane.js");
  expect(report.startGzipBytes).toBeGreaterThan(10_000);
  expect(report.startGzipBytes).toBeLessThan(START_BUDGET_BYTES);
});

test("no file of the add-in contains HyperFormula or the workbook simulator", async () => {
  const all = Object.entries(report.modulesByFile);
  // The module lists are real (React, Fluent UI and the pane's own modules are in taskpane.js).
  expect(report.modulesByFile["taskpane.js"].length).toBeGreaterThan(100);
  expect(report.modulesByFile["taskpane.js"].some((m) => /react-dom/.test(m))).toBe(true);
  for (const [file, modules] of all) {
    expect({ file, bad: modules.filter((m) => /hyperformula|workbook-sim/i.test(m)) }).toEqual({
      file,
      bad: [],
    });
  }
  // And by content, whatever the module names: HyperFormula's class name and licence key check.
  for (const f of [...report.startFiles, ...report.lazyFiles]) {
    const text = await fs.readFile(`${report.outDir}/${f.file}`, "utf8");
    expect({ file: f.file, hyperformula: /HyperFormula|gpl-v3/.test(text) }).toEqual({
      file: f.file,
      hyperformula: false,
    });
  }
});

test("exceljs is never in the start files", () => {
  for (const f of report.startFiles) {
    const modules = report.modulesByFile[f.file] ?? [];
    expect({
      file: f.file,
      exceljs: modules.filter((m) => /node_modules[\\/]exceljs/.test(m)),
    }).toEqual({ file: f.file, exceljs: [] });
  }
});

test("the Excel layer (analysis, commentary, dashboard plan) loads after the first render", () => {
  const start = report.startFiles.flatMap((f) => report.modulesByFile[f.file] ?? []);
  expect(
    start.filter((m) =>
      /src[\\/](excel[\\/]dashboard|domain[\\/](analysis|commentary|dashboard))[\\/]/.test(m)
    )
  ).toEqual([]);
  const lazy = report.lazyFiles.flatMap((f) => report.modulesByFile[f.file] ?? []);
  expect(lazy.some((m) => /src[\\/]excel[\\/]dashboard\.ts/.test(m))).toBe(true);
});

test("the import runs in its own chunk (worker), not in the start files", () => {
  const start = report.startFiles.flatMap((f) => report.modulesByFile[f.file] ?? []);
  expect(
    start.filter((m) => /src[\\/]domain[\\/]import[\\/](csv|run|numbers)\.ts|papaparse/.test(m))
  ).toEqual([]);
  const lazy = report.lazyFiles.flatMap((f) => report.modulesByFile[f.file] ?? []);
  expect(lazy.some((m) => /papaparse/.test(m))).toBe(true);
});

test("taskpane.html loads office.js from Microsoft's CDN, as Office requires", () => {
  expect(report.officeJsSrc).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
});

test("every address the manifest points at is in the build (pages, icons)", async () => {
  const manifest = await fs.readFile(`${__dirname}/../../manifest.xml`, "utf8");
  const files = [...manifest.matchAll(/https:\/\/localhost:3000\/([\w./-]+)/g)].map((m) => m[1]);
  expect(files).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "help.html"]));
  for (const file of new Set(files)) {
    await expect(fs.stat(`${report.outDir}/${file}`)).resolves.toBeTruthy();
  }
});
