/**
 * `npm run dashboard -- <file>` prints the commentary after the summary (src/cli/dashboard.ts,
 * run in-process with test streams): --lang switches language, --sentences sets the length,
 * --currency names the currency FoodMart's file does not carry.
 */
import fs from "fs";
import path from "path";
import { runDashboard, type CliIO } from "../../../src/cli/dashboard";
import { DATA } from "./foodmart";

function io(): CliIO & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    out: (t) => void lines.push(...t.split("\n")),
    err: (t) => void lines.push(...t.split("\n")),
    readFile: async (f) => new Uint8Array(fs.readFileSync(f)),
    writeFile: async () => undefined,
  };
}

const FOODMART = path.join(DATA, "foodmart-1997.csv");

test("English, 3 sentences, in dollars", async () => {
  const out = io();
  const code = await runDashboard(
    [FOODMART, "--lang", "en", "--sentences", "3", "--currency", "USD"],
    out
  );
  expect(code).toBe(0);
  const at = out.lines.indexOf("Commentary:");
  expect(at).toBeGreaterThan(0);
  // README: total 565,238.13 over 12 months; December 56,965.64 highest, October 42,342.27 lowest.
  expect(out.lines.slice(at + 1, at + 4)).toEqual([
    "  In 1997, revenue reached $565,238, an average of $47,103 a month.",
    "  December was the strongest month ($56,966) and October the weakest ($42,342).",
    "  The Food family accounted for 72% of revenue ($409,036), and the North West region for 72% ($406,070).",
  ]);
  expect(out.lines.slice(at + 4).filter((l) => l.startsWith("  "))).toEqual([]);
}, 60_000);

test("French by default, default length, no euro for this English-style CSV", async () => {
  const out = io();
  expect(await runDashboard([FOODMART], out)).toBe(0);
  const at = out.lines.indexOf("Commentaire\u00a0:");
  const sentences = out.lines.slice(at + 1).filter((l) => l.startsWith("  "));
  expect(at).toBeGreaterThan(0);
  expect(sentences.length).toBeGreaterThanOrEqual(4);
  expect(sentences.length).toBeLessThanOrEqual(8);
  expect(sentences[0]).toBe(
    "  Sur l'année 1997, le chiffre d'affaires atteint 565\u202f238, soit 47\u202f103 par mois en moyenne."
  );
  expect(sentences.join(" ")).not.toContain("€");
}, 60_000);
