/**
 * Regenerates the README's screenshots of the preview (assets/screenshots/*.png):
 * `npx tsx test/browser/readme-screenshots.ts`. Not a test: a tool, run by hand.
 */
import path from "node:path";
import { REPO, openPreview, startSession } from "./harness";

async function main() {
  const session = await startSession();
  try {
    const page = await openPreview(session, "", { width: 1440, height: 900 });
    await page.waitForSelector("[data-testid=rows-summary]");
    await page.click("[data-testid=build]");
    await page.waitForSelector("[data-testid=commentary]");
    const out = (name: string) => path.join(REPO, "assets/screenshots", name);
    await page.click('[data-testid=sheet-tab]:text-is("Suivi mensuel")');
    await page.waitForTimeout(300);
    await page.screenshot({ path: out("apercu-suivi-mensuel.png") });
    // Wide and tall enough for the four charts, whole, beside the pane.
    await page.setViewportSize({ width: 1680, height: 1060 });
    await page.click('[data-testid=sheet-tab]:text-is("Graphiques")');
    await page.waitForTimeout(300);
    await page.screenshot({ path: out("apercu-graphiques.png") });
    console.log("Written under assets/screenshots/");
  } finally {
    await session.close();
  }
}

void main();
