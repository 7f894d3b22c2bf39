/**
 * The `commentary` key of the JSON report (src/cli/report.ts, commentaryReport): the shape the
 * README documents, from a real commentary (FoodMart), JSON-serialisable without loss.
 */
import { buildReport, commentaryReport } from "../../../src/cli/report";
import { writeCommentary } from "../../../src/domain/commentary";
import { loadFoodmart, type Loaded } from "./foodmart";

let foodmart: Loaded;
beforeAll(() => {
  foodmart = loadFoodmart("foodmart-1997.csv");
}, 60_000);

test("commentary key: lang, currency, text, sentences with insight, figures, units and anchor", () => {
  const commentary = writeCommentary(foodmart, { lang: "en", currency: "USD" });
  const report = buildReport({ importResult: foodmart.importResult, commentary, lang: "en" });
  const key = JSON.parse(JSON.stringify(report)).commentary;
  expect(key).toEqual(commentaryReport(commentary));
  expect(key.lang).toBe("en");
  expect(key.currency).toBe("USD");
  expect(key.text).toBe(commentary.sentences.map((s) => s.text).join(" "));
  expect(key.sentences[0]).toEqual({
    text: "In 1997, revenue reached $565,238, an average of $47,103 a month.",
    insight: "total",
    // README: sales total 565,238.13, over 12 months.
    figures: { year: "1997", revenue: 565238.13, monthlyAverage: 565238.13 / 12 },
    units: { year: "year", revenue: "money", monthlyAverage: "money" },
    anchor: { table: "tracking", month: "total", column: "revenue" },
  });
});

test("no commentary, no key", () => {
  expect(buildReport({ importResult: foodmart.importResult })).not.toHaveProperty("commentary");
});
