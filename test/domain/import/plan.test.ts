import { findHeaderRow, planImport } from "../../../src/domain/import/plan";

describe("findHeaderRow", () => {
  it("skips title and blank lines above the header", () => {
    const rows = [
      ["Ventes du mois", "", ""],
      ["", "", ""],
      ["Date", "Client", "CA"],
      ["06/01/2024", "A", "10"],
    ];
    expect(findHeaderRow(rows)).toEqual({ index: 2, hasHeader: true });
  });

  it("says when the data starts without a header", () => {
    expect(
      findHeaderRow([
        ["06/01/2024", "A", "10"],
        ["07/01/2024", "B", "5"],
      ])
    ).toEqual({ index: 0, hasHeader: false });
  });

  it("finds nothing in blank or single-cell rows", () => {
    expect(findHeaderRow([["", ""], ["Titre"]])).toBeNull();
  });
});

describe("planImport", () => {
  const sample = (rows: unknown[][]) => ({ rows, rowNumbers: rows.map((_, i) => i + 1) });

  it("decides roles, decimal marks and date order once from the sample", () => {
    const plan = planImport(
      sample([
        ["Date", "Magasin", "Qté", "CA HT", "Montant TTC"],
        ["13/01/2024", "Nord", "2", "1 234,50", "1 481,40"],
        ["14/01/2024", "Sud", "1", "99,90", "119,88"],
      ]),
      {},
      ";"
    );
    expect(plan.fatal).toBeNull();
    expect(plan.columns.map((c) => c.role)).toEqual([
      "date",
      "dimension",
      "quantity",
      "revenue",
      "ignore",
    ]);
    expect(plan.columns[1].dimensionKind).toBe("store");
    expect(plan.columns[3].decimalMark).toBe(",");
    expect(plan.dateOrder).toBe("dmy");
    expect(plan.notes.map((n) => n.code)).toEqual(["duplicate-role"]); // TTC left aside, HT kept
  });

  it("plans revenue = quantity × unit price when no amount column exists", () => {
    const plan = planImport(
      sample([
        ["Date", "Qté", "P.U. HT"],
        ["2024-01-06", "2", "9,99"],
      ]),
      {}
    );
    expect(plan.deriveRevenue).toBe(true);
    expect(plan.measures).toEqual({ quantity: 1, unitPrice: 2 });
  });

  it("applies the decisions of a pass over all values", () => {
    const plan = planImport(
      sample([
        ["Date", "CA"],
        ["01/02/2024", "1.000"],
      ]),
      {},
      ";",
      {
        decimal: [null, "."],
        dateOrder: "mdy",
        discountPoints: false,
      }
    );
    expect(plan.decimal[1]).toBe(".");
    expect(plan.dateOrder).toBe("mdy");
  });
});
