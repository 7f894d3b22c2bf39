/**
 * The fast path for own-row calculated columns must give exactly what HyperFormula gives: the same
 * workbook is evaluated both ways on random rows (fast-check) and compared cell by cell.
 * Documented behaviour reproduced: "#This Row or @ or @[Column Name] | Just the cells in the same row as
 * the formula." (Excel's help "Using structured references with Excel tables", support.microsoft.com, as
 * quoted in https://techcommunity.microsoft.com/t5/excel/excel-formula-help/m-p/3289472); and a formula
 * written over a whole data column is a calculated column, one formula adjusted for each row (paraphrased
 * from Excel's help "Use calculated columns in an Excel table", support.microsoft.com).
 * The fast path itself is the simulator's optimisation, not an Excel behaviour.
 */
import fc from "fast-check";
import { createSimulatedExcel } from "../../src/workbook-sim";
import { compileRowFormula } from "../../src/workbook-sim/formula/rowEval";

const FORMULAS = [
  "=[@[CA HT]]-[@[Coût d''achat]]",
  "=YEAR([@Date])",
  "=DATE(YEAR([@Date]),MONTH([@Date]),1)",
  `=IFERROR([@[CA HT]]/[@[Coût d''achat]],"")`,
  "=ROUND([@[CA HT]]*1.2,2)",
  '=IF(AND([@[CA HT]]>0,[@Région]="Nord"),"oui","non")',
  "=ABS([@[CA HT]])+DAY([@Date])",
  '=[@Région]&" "&MONTH([@Date])',
  "=IF(OR([@[CA HT]]<0,[@[Coût d''achat]]=0),1,0)",
];

describe("row fast path", () => {
  test("compiles own-row formulas and leaves the rest to HyperFormula", () => {
    for (const f of FORMULAS) expect(compileRowFormula(f)).not.toBeNull();
    for (const f of [
      "=SUM(Ventes[CA HT])",
      "=A1+1",
      "=[@[CA HT]]+B2",
      "=VLOOKUP([@Région],X!A:B,2,0)",
      "=Ventes[[#Totals],[CA HT]]",
    ]) {
      expect(compileRowFormula(f)).toBeNull();
    }
  });

  test("gives the same values as HyperFormula (random rows)", async () => {
    const row = fc.tuple(
      fc.integer({ min: 36526, max: 47483 }), // 2000..2029
      fc.constantFrom("Nord", "Sud", "", "Est"),
      fc.oneof(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => Math.round(x * 100) / 100),
        fc.constant(0)
      ),
      fc.oneof(
        fc.double({ min: -1e5, max: 1e5, noNaN: true }).map((x) => Math.round(x * 10000) / 10000),
        fc.constant(0)
      )
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 25 }), async (rows) => {
        const results: unknown[][][] = [];
        for (const fast of [true, false]) {
          const sim = createSimulatedExcel();
          sim.core.model.fastPath = fast;
          await sim.Excel.run(async (context) => {
            const ws = context.workbook.worksheets.add("D");
            const headers = [
              "Date",
              "Région",
              "CA HT",
              "Coût d'achat",
              ...FORMULAS.map((_, i) => `F${i}`),
            ];
            ws.getRangeByIndexes(0, 0, 1, headers.length).values = [headers];
            ws.getRangeByIndexes(1, 0, rows.length, 4).values = rows;
            const t = ws.tables.add(
              ws.getRangeByIndexes(0, 0, rows.length + 1, headers.length),
              true
            );
            FORMULAS.forEach((f, i) => {
              t.columns.getItem(`F${i}`).getDataBodyRange().formulas = f as unknown as string[][];
            });
            await context.sync();
          });
          results.push(sim.workbook.values("D", `E2:M${rows.length + 1}`));
          if (fast) expect(sim.core.model.engine.stats.rebuilds).toBe(0);
        }
        const [a, b] = results;
        a.forEach((line, r) =>
          line.forEach((v, c) => {
            if (typeof v === "number" && typeof b[r][c] === "number")
              expect(v).toBeCloseTo(b[r][c] as number, 9);
            else expect([r, c, v]).toEqual([r, c, b[r][c]]);
          })
        );
      }),
      { numRuns: 25 }
    );
  }, 120000);
});
