/**
 * The production add-in bundle (what Excel loads), in chromium: it boots, renders, and reads a file
 * through its import worker. office.js is requested from Microsoft's CDN as taskpane.html says;
 * the test answers those requests with the npm copy, so nothing leaves the machine.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { measureBundle, type BundleReport } from "../../bench/bundle";
import { startPreviewServer, type PreviewServer } from "../../src/preview/server";
import { CHROMIUM_ARGS, REPO, SCREENSHOTS } from "./harness";

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS = path.join(REPO, "node_modules/@microsoft/office-js/dist");

jest.setTimeout(120_000);

let report: BundleReport;
let server: PreviewServer;
let browser: Browser;
let page: Page;
const refused: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  report = await measureBundle();
  server = await startPreviewServer({
    root: report.outDir,
    officeJs: OFFICE_JS,
    // As in Excel: scripts from the add-in and from Microsoft's CDN, no frames.
    contentSecurityPolicy: `default-src 'self' ${CDN}; style-src 'self' 'unsafe-inline'; worker-src 'self'; frame-src 'none'`,
  });
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width: 380, height: 900 },
    locale: "fr-FR",
  });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    if (url.startsWith(CDN)) {
      // office.js and its companion files, from the npm package.
      const file = path.join(OFFICE_JS, new URL(url).pathname.slice("/lib/1/hosted/".length));
      return route.fulfill({ body: await fs.readFile(file), contentType: "text/javascript" });
    }
    refused.push(url);
    return route.abort();
  });
  await fs.mkdir(SCREENSHOTS, { recursive: true });
  page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}taskpane.html`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (report) await fs.rm(report.outDir, { recursive: true, force: true });
});

test("the production pane renders once office.js is ready", async () => {
  await page.waitForSelector("[data-testid=pane]");
  expect(await page.locator("h1").textContent()).toMatch(/^(Suivi commercial|Sales tracking)$/);
  expect(await page.locator("[data-testid=build]").isDisabled()).toBe(true);
});

test("a CSV file is read by the production import worker", async () => {
  await page.setInputFiles(
    "[data-testid=file-input]",
    path.join(REPO, "assets/samples/ventes-exemple.csv")
  );
  await page.waitForSelector("[data-testid=rows-summary]");
  expect(await page.locator("[data-testid=columns] li").count()).toBe(11);
  // The worker chunk was fetched: the import ran off the main thread.
  const scripts = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => e.name)
  );
  const workerChunk = report.lazyFiles
    .map((f) => f.file)
    .filter((f) => (report.modulesByFile[f] ?? []).some((m) => m.includes("import.worker.ts")));
  expect(workerChunk).toHaveLength(1);
  expect(scripts.some((s) => s.endsWith(workerChunk[0]))).toBe(true);
  await page.screenshot({ path: path.join(SCREENSHOTS, "production-pane.png") });
});

test("nothing but office.js was asked of the network, and no page error", () => {
  expect(refused).toEqual([]);
  expect(errors).toEqual([]);
});
