import { importCsvText } from "../../../src/domain/import/csv";
import {
  DIMENSION_KIND_CHOICES,
  ROLE_CHOICES,
  roleLabel,
  rolesByHeader,
  withRoleOverride,
} from "../../../src/domain/import/roles";

const CSV = [
  "Jour;Montant;Montant TTC;Vendeur",
  "02/01/2024;100,00;120,00;Léa",
  "03/01/2024;50,50;60,60;Hugo",
].join("\n");

describe("role choices", () => {
  it("lists every role and kind with French and English labels", () => {
    expect(ROLE_CHOICES.map((c) => c.role)).toEqual([
      "date",
      "revenue",
      "cost",
      "profit",
      "quantity",
      "unitPrice",
      "discount",
      "target",
      "dimension",
      "ignore",
    ]);
    expect(roleLabel("revenue", "fr")).toBe("CA HT");
    expect(roleLabel("revenue", "en")).toBe("revenue");
    expect(DIMENSION_KIND_CHOICES.map((c) => c.kind)).toContain("salesperson");
  });
});

describe("re-running an import with role overrides", () => {
  const first = importCsvText(CSV);

  it("starts from the detected roles", () => {
    expect(rolesByHeader(first)).toEqual({
      Jour: "date",
      Montant: "revenue",
      "Montant TTC": "ignore",
      Vendeur: "dimension",
    });
    expect(first.totals.revenue).toBe(150.5);
  });

  it("moves a single role to another column and frees the previous one", () => {
    const options = withRoleOverride({}, first.columns, "Montant TTC", "revenue");
    expect(options.roles).toEqual({ Montant: "ignore", "Montant TTC": "revenue" });
    const second = importCsvText(CSV, options);
    expect(second.roles.revenue).toBe("Montant TTC");
    expect(second.totals.revenue).toBe(180.6);
    expect(second.columns.find((c) => c.header === "Montant TTC")?.detectedBy).toBe("override");
  });

  it("sets a dimension's kind", () => {
    const options = withRoleOverride({}, first.columns, "Vendeur", "dimension", "customer");
    const third = importCsvText(CSV, options);
    expect(third.table!.dimensions[0]).toMatchObject({
      header: "Vendeur",
      kind: "customer",
      labels: ["Léa", "Hugo"],
    });
  });

  it("matches overrides without case or accents", () => {
    const r = importCsvText(CSV, { roles: { "montant ttc": "cost" } });
    expect(r.roles.cost).toBe("Montant TTC");
    expect(r.totals.cost).toBe(180.6);
  });
});
