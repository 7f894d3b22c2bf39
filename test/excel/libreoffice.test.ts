/**
 * An exported English dashboard, recalculated by LibreOffice (an engine independent of the
 * simulator's HyperFormula), gives the same tracking-table values. FoodMart (French) is checked
 * in foodmart.test.ts on the workbook built there.
 */
import { buildDashboard } from "../../src/excel";
import { FIXED_NOW, sim, smallImport } from "./helpers";
import { compareWithLibreOffice } from "./libreoffice";

jest.setTimeout(300_000);

it("LibreOffice recalculates an exported English dashboard with a partial month to the same values", async () => {
  const s = sim();
  const importResult = smallImport("2024-01-01", "2024-05-17");
  const r = await buildDashboard(s, {
    importResult,
    options: { lang: "en" },
    sourceName: "source.csv",
    now: FIXED_NOW,
  });
  expect(await compareWithLibreOffice(s, r)).toBeGreaterThan(5 * 8);
});
