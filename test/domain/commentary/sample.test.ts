/**
 * The commentary on the project's own sample (assets/samples/ventes-exemple.csv, Windows-1252,
 * with its monthly targets objectifs-exemple.csv), whose built-in facts are known by design
 * (/work/notes/analysis.md, "Sample data"): Ouest (Thomas Le Gall) grows about 4 % a month; June
 * 2025 has an exceptional one-off order (outlier, above target); November 2026 is partial, data to
 * the 17th. The commentary must bring these out, in French and in English.
 */
import fs from "fs";
import path from "path";
import { analyze } from "../../../src/domain/analysis";
import type { Analysis } from "../../../src/domain/analysis/types";
import { writeCommentary } from "../../../src/domain/commentary";
import { importCsv } from "../../../src/domain/import";
import type { ImportResult } from "../../../src/domain/import/types";
import { numberProblems } from "./check";

const SAMPLES = path.resolve(__dirname, "../../..", "assets/samples");
let input: { analysis: Analysis; importResult: ImportResult; fileName: string };
let dataWords: string[];

beforeAll(() => {
  const fileName = "ventes-exemple.csv";
  const importResult = importCsv(new Uint8Array(fs.readFileSync(path.join(SAMPLES, fileName))), {
    fileName,
  });
  const targetsText = new TextDecoder("windows-1252").decode(
    fs.readFileSync(path.join(SAMPLES, "objectifs-exemple.csv"))
  );
  const monthly: Record<string, number> = {};
  for (const line of targetsText.split(/\r?\n/).slice(1)) {
    const [month, value] = line.split(";");
    if (month) monthly[month] = Number(value.replace(",", "."));
  }
  const analysis = analyze(importResult.table!, { targets: { monthly } });
  input = { analysis, importResult, fileName };
  dataWords = [fileName, ...importResult.table!.dimensions.flatMap((d) => [d.header, ...d.labels])];
}, 60_000);

test("French: the sample's built-in facts are brought out", () => {
  const c = writeCommentary(input);
  const text = c.text;
  expect(c.currency).toBe("EUR");
  expect(c.sentences.length).toBeGreaterThanOrEqual(4);
  expect(c.sentences.length).toBeLessThanOrEqual(8);
  expect(c.sentences[0].insight).toBe("total");
  expect(text).toMatch(/juin 2025/);
  expect(text).toMatch(/Thomas Le Gall|région Ouest/);
  expect(c.sentences.at(-1)!.insight).toBe("partialMonth");
  expect(c.sentences.at(-1)!.figures).toMatchObject({ month: "2026-11", lastDay: "2026-11-17" });
  expect(text).toContain("HT"); // the revenue column is "CA HT"
  for (const s of c.sentences) expect(numberProblems(s, "fr", dataWords)).toEqual([]);
});

test("English: same facts, same figures", () => {
  const fr = writeCommentary(input);
  const en = writeCommentary(input, { lang: "en" });
  expect(en.sentences.map((s) => s.insight)).toEqual(fr.sentences.map((s) => s.insight));
  // The same figures behind each sentence (a wording may quote one figure more or less).
  en.sentences.forEach((s, i) => {
    const frFigures = fr.sentences[i].figures;
    for (const key of Object.keys(s.figures))
      if (key in frFigures) expect(s.figures[key]).toEqual(frFigures[key]);
    expect(s.anchor).toEqual(fr.sentences[i].anchor);
  });
  expect(en.text).toMatch(/June 2025/);
  // No currency symbol in the data, but a French Excel export (`;`, decimal comma) is in euros,
  // in English too.
  expect(en.currency).toBe("EUR");
  expect(en.text).toContain("€");
  for (const s of en.sentences) expect(numberProblems(s, "en", dataWords)).toEqual([]);
});

test("ten sentences: the like-for-like period is named once in full, the second view of the change follows the first", () => {
  const fr = writeCommentary(input, { sentences: 10 }).sentences.map((s) => s.text);
  // Three sentences used to open "De janvier à octobre 2026, par rapport à la même période de 2025".
  expect(fr.filter((t) => t.includes("par rapport à la même période de 2025"))).toHaveLength(1);
  const byRange = fr.findIndex((t) => t.startsWith("Par gamme, sur la même période, "));
  expect(fr[byRange]).toBe(
    "Par gamme, sur la même période, Consommables apporte 59\u00a0% de la hausse (+22\u202f651\u00a0€)."
  );
  // Right after the salesperson who carries the whole rise: another view, not a contradiction.
  expect(fr[byRange - 1]).toMatch(
    /^De janvier à octobre 2026, Thomas Le Gall .* porte toute la hausse/
  );
  const en = writeCommentary(input, { sentences: 10, lang: "en" }).sentences.map((s) => s.text);
  expect(en.filter((t) => t.includes("compared with the same period of 2025"))).toHaveLength(0);
  expect(en.filter((t) => t.includes("on the same period of 2025"))).toHaveLength(1);
  expect(en).toContain(
    "By range, over the same period, Consommables contributed 59% of the increase (+€22,651)."
  );
});
