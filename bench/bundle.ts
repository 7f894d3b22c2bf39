/**
 * Size of the production task pane (what Excel loads when the pane opens, office.js excepted:
 * it comes from Microsoft's CDN) and what it must never contain. Used by `npm run bench`
 * (bench/run.ts prints `benchBundle()`) and by test/taskpane/bundle.test.ts.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import webpack, { type Configuration, type StatsCompilation } from "webpack";

const repo = path.resolve(__dirname, "..");

/** Budget of the pane at start, gzipped (issue 7). */
export const START_BUDGET_BYTES = 300 * 1024;

export interface BundleReport {
  outDir: string;
  /** Files the pane loads at start (taskpane.html and its initial scripts). */
  startFiles: { file: string; bytes: number; gzipBytes: number }[];
  startGzipBytes: number;
  /** Chunks loaded on demand (import worker, exceljs for .xlsx files...). */
  lazyFiles: { file: string; bytes: number; gzipBytes: number }[];
  /** Module paths of each file, for the checks on what ships. */
  modulesByFile: Record<string, string[]>;
  /** The script tag taskpane.html loads office.js from. */
  officeJsSrc: string | null;
  buildMs: number;
}

function runWebpack(config: Configuration): Promise<StatsCompilation> {
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (!stats) return reject(new Error("webpack returned no stats"));
      const json = stats.toJson({
        all: false,
        assets: true,
        chunks: true,
        modules: true,
        nestedModules: true,
        modulesSpace: Infinity,
        nestedModulesSpace: Infinity,
        entrypoints: true,
        errors: true,
        ids: true,
      });
      if (stats.hasErrors())
        return reject(new Error(json.errors?.map((e) => e.message).join("\n")));
      resolve(json);
    });
  });
}

type StatsModule = NonNullable<StatsCompilation["modules"]>[number];

/** A module's path and those of the modules webpack concatenated into it. */
function modulePaths(m: StatsModule): string[] {
  return [m.name ?? "", ...(m.modules ?? []).flatMap(modulePaths)].filter(Boolean);
}

/** Builds the production pane into a temporary folder and measures it. */
export async function measureBundle(outDir?: string): Promise<BundleReport> {
  const dir = outDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), "pane-bundle-")));
  const makeConfig = require(path.join(repo, "webpack.config.js")) as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>
  ) => Promise<Configuration>;
  const config = await makeConfig({ outputPath: dir }, { mode: "production" });
  const started = Date.now();
  const stats = await runWebpack({ ...config, mode: "production", context: repo });
  const buildMs = Date.now() - started;

  const sizeOf = async (file: string) => {
    const data = await fs.readFile(path.join(dir, file));
    return { file, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
  };
  const entry = stats.entrypoints?.taskpane;
  const startScripts = (entry?.assets ?? []).map((a) => a.name).filter((n) => n.endsWith(".js"));
  const startFiles = await Promise.all(["taskpane.html", ...startScripts].map(sizeOf));
  const commandsFiles = new Set((stats.entrypoints?.commands?.assets ?? []).map((a) => a.name));
  const jsFiles = (stats.assets ?? []).map((a) => a.name).filter((n) => n.endsWith(".js"));
  const lazyFiles = await Promise.all(
    jsFiles.filter((n) => !startScripts.includes(n) && !commandsFiles.has(n)).map(sizeOf)
  );
  const modulesByFile: Record<string, string[]> = {};
  const filesOfChunk = new Map((stats.chunks ?? []).map((c) => [c.id, c.files ?? []]));
  for (const m of stats.modules ?? []) {
    for (const id of m.chunks ?? []) {
      for (const file of filesOfChunk.get(id) ?? []) {
        modulesByFile[file] = (modulesByFile[file] ?? []).concat(modulePaths(m));
      }
    }
  }
  const html = await fs.readFile(path.join(dir, "taskpane.html"), "utf8");
  const officeJsSrc = /<script[^>]*\ssrc="?([^"\s>]*office\.js)"?/.exec(html)?.[1] ?? null;
  return {
    outDir: dir,
    startFiles,
    startGzipBytes: startFiles.reduce((a, f) => a + f.gzipBytes, 0),
    lazyFiles,
    modulesByFile,
    officeJsSrc,
    buildMs,
  };
}

/**
 * The browser preview's start: milliseconds from office.js being ready (`Office.onReady`) to the
 * pane's first render, in Debian's chromium (median of `runs` page loads). Budget: 1 s.
 */
export async function measurePreviewStart(
  runs = 5
): Promise<{ medianMs: number; runsMs: number[] }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "preview-bundle-"));
  const makeConfig = require(path.join(repo, "webpack.preview.config.js")) as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>
  ) => Configuration;
  await runWebpack({
    ...makeConfig({ outputPath: dir }, { mode: "production" }),
    mode: "production",
    context: repo,
  });
  const { startPreviewServer } = await import("../src/preview/server");
  const { chromium } = await import("playwright-core");
  const server = await startPreviewServer({
    root: dir,
    officeJs: path.join(repo, "node_modules/@microsoft/office-js/dist"),
  });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const runsMs: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.waitForFunction(
        () => performance.getEntriesByName("pane-first-render").length > 0
      );
      runsMs.push(
        await page.evaluate(
          () =>
            performance.getEntriesByName("pane-first-render")[0].startTime -
            performance.getEntriesByName("preview-office-ready")[0].startTime
        )
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)], runsMs };
}

/** Section of `npm run bench`. */
export async function benchBundle(): Promise<{
  name: string;
  rows: { label: string; value: number; unit: string }[];
}> {
  const report = await measureBundle();
  const kb = (b: number) => Math.round((b / 1024) * 10) / 10;
  const rows = [
    {
      label: "task pane at start, gzipped (budget 300 KB, office.js excluded)",
      value: kb(report.startGzipBytes),
      unit: "KB",
    },
    ...report.startFiles.map((f) => ({
      label: `  start: ${f.file} (gzipped)`,
      value: kb(f.gzipBytes),
      unit: "KB",
    })),
    ...report.lazyFiles.map((f) => ({
      label: `  on demand: ${f.file} (gzipped)`,
      value: kb(f.gzipBytes),
      unit: "KB",
    })),
    { label: "production build time", value: Math.round(report.buildMs / 100) / 10, unit: "s" },
  ];
  try {
    const start = await measurePreviewStart();
    rows.push({
      label: "preview: office.js ready → pane first render, median of 5 (budget 1000 ms)",
      value: Math.round(start.medianMs),
      unit: "ms",
    });
  } catch (err) {
    // No chromium on this machine: the size rows still stand.
    console.error(`preview start not measured: ${err instanceof Error ? err.message : err}`);
  }
  await fs.rm(report.outDir, { recursive: true, force: true });
  return { name: "Task pane bundle", rows };
}

if (require.main === module) {
  benchBundle()
    .then((section) => {
      console.log(section.name);
      for (const r of section.rows)
        console.log(`${r.label.padEnd(72)} ${String(r.value).padStart(8)} ${r.unit}`);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
