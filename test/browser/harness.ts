/**
 * Browser-test harness: builds the preview once (webpack, in this process), serves it on a free
 * localhost port with office.js from node_modules, drives Debian's chromium with playwright-core,
 * refuses every request that would leave localhost, and saves screenshots of each step.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import webpack, { type Configuration } from "webpack";
import { startPreviewServer, type PreviewServer } from "../../src/preview/server";

export const REPO = path.resolve(__dirname, "../..");
export const SCREENSHOTS = path.join(REPO, "test-output/screenshots");
const BUILD_DIR = path.join(REPO, "test-output/preview-build");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Builds the preview bundle (production React, not minified) into test-output/preview-build. */
export async function buildPreview(): Promise<string> {
  const makeConfig = require(path.join(REPO, "webpack.preview.config.js")) as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>
  ) => Configuration;
  const config = makeConfig({ outputPath: BUILD_DIR }, { mode: "production" });
  await new Promise<void>((resolve, reject) => {
    webpack({ ...config, mode: "production", context: REPO }, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors())
        return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
  return BUILD_DIR;
}

export interface Session {
  server: PreviewServer;
  browser: Browser;
  /** Requests the pages tried to send outside localhost (all refused). */
  external: string[];
  /** Uncaught page errors and console errors (none expected). */
  errors: string[];
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  const root = await buildPreview();
  const server = await startPreviewServer({
    root,
    officeJs: path.join(REPO, "node_modules/@microsoft/office-js/dist"),
  });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  // This session's screenshots replace the previous run's (other suites keep theirs).
  await fs.mkdir(SCREENSHOTS, { recursive: true });
  for (const f of await fs.readdir(SCREENSHOTS))
    if (/^\d\d-/.test(f)) await fs.rm(path.join(SCREENSHOTS, f));
  return {
    server,
    browser,
    external: [],
    errors: [],
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A new page on the preview, offline: anything not served by the preview server is refused. */
export async function openPreview(
  session: Session,
  query = "",
  viewport = { width: 1400, height: 900 }
): Promise<Page> {
  const context = await session.browser.newContext({ viewport, acceptDownloads: true });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: session.server.url,
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(session.server.url) || url.startsWith("data:") || url.startsWith("blob:")) {
      return route.continue();
    }
    session.external.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => session.errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    // No exception: office.js's telemetry frame is stopped in the preview (officeTelemetry.ts).
    if (m.type() === "error") session.errors.push(`console: ${m.text()}`);
  });
  await page.goto(session.server.url + query);
  await page.waitForSelector("[data-testid=pane]");
  return page;
}

let shot = 0;

/** Saves a numbered screenshot under test-output/screenshots (look at them). */
export async function screenshot(page: Page, name: string, selector?: string): Promise<string> {
  shot++;
  await fs.mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${String(shot).padStart(2, "0")}-${name}.png`);
  if (selector) await page.locator(selector).screenshot({ path: file });
  else await page.screenshot({ path: file });
  return file;
}

/** Runs axe-core on the page (or inside `selector`) and returns its violations, summarised. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  const source = await fs.readFile(path.join(REPO, "node_modules/axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  const violations = await page.evaluate(async (sel) => {
    const axe = (
      window as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(sel ? document.querySelector(sel) : document, {
      resultTypes: ["violations"],
    });
    return result.violations as {
      id: string;
      impact: string;
      nodes: { target: string[]; failureSummary: string }[];
    }[];
  }, selector ?? null);
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact}) at ${n.target.join(" ")}: ${n.failureSummary.replace(/\s+/g, " ")}`
    )
  );
}
