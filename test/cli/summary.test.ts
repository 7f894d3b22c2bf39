/**
 * The command line's summary: count-bearing words agree with their counts (French 0 and 1
 * singular, English 1 only), English quotes and encoding names as the task pane writes them.
 */
import fs from "fs";
import path from "path";
import { formatSummary } from "../../src/cli/summary";
import { importCsv, importCsvText } from "../../src/domain/import/csv";

const NBSP = "\u00a0";

describe("formatSummary", () => {
  const file = path.resolve(__dirname, "fixtures/ventes-t1-2024.csv");
  const t1 = importCsv(new Uint8Array(fs.readFileSync(file)), { fileName: "ventes-t1-2024.csv" });

  test("one total line: said in the singular, beside its amount", () => {
    // The fixture has one "Total" line (row 12): 4 320,50 of revenue.
    const fr = formatSummary(t1, "fr");
    expect(fr).toContain(`(ligne de total ignorée${NBSP}: 4\u202f320,50${NBSP}€)`);
    expect(fr).not.toMatch(/\(s\)|lignes de total/);
    const en = formatSummary(t1, "en");
    expect(en).toContain("(total line skipped: €4,320.50)");
    expect(en).toContain("File: ventes-t1-2024.csv (CSV, Windows-1252, separator “;”)");
  });

  test("names the empty measure column left out and the measure derived instead", () => {
    const r = importCsvText(
      "Date,Qty,Unit price,Sales\n2024-01-05,3,10.00,\n2024-01-06,2,12.50,\n",
      { lang: "en" }
    );
    const en = formatSummary(r, "en");
    expect(en).toContain("Empty column ignored: Sales\nComputed: revenue");
    expect(en).toContain("Totals: revenue 55.00"); // 3 × 10 + 2 × 12.50
    expect(formatSummary(r, "fr")).toContain(
      `Colonne vide ignorée${NBSP}: Sales\nCalculé${NBSP}: CA`
    );
  });

  test("rejections beyond the first five: '1 autre rejet', '2 autres rejets'", () => {
    const lines = (bad: number) =>
      [
        "Date;Client;CA",
        ...Array.from({ length: 8 }, (_, i) => `0${(i % 9) + 1}/01/2024;A;10`),
        ...Array.from({ length: bad }, () => "31/02/2024;B;5"),
      ].join("\n");
    const six = importCsvText(lines(6));
    expect(six.source.rowsRejected).toBe(6);
    expect(formatSummary(six, "fr")).toContain("… et 1 autre rejet");
    expect(formatSummary(six, "fr")).not.toContain("autres");
    expect(formatSummary(six, "en")).toContain("… and 1 more");
    expect(formatSummary(importCsvText(lines(7)), "fr")).toContain("… et 2 autres rejets");
  });

  test("the README's example is what the command prints on the French FoodMart file", () => {
    const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
    const command = "$ npm run dashboard -- ../shared/data/foodmart-1997-fr.csv\n";
    const start = readme.indexOf(command) + command.length;
    expect(start).toBeGreaterThan(command.length);
    // The import's summary: up to the blank line before the commentary.
    const example = readme.slice(start, readme.indexOf("\n\n", start));
    const file = path.resolve(__dirname, "../../..", "shared/data/foodmart-1997-fr.csv");
    const r = importCsv(new Uint8Array(fs.readFileSync(file)), {
      fileName: "foodmart-1997-fr.csv",
    });
    expect(formatSummary(r, "fr")).toBe(example);
  });
});
