import {
  dimensionKindFromHeader,
  isGenericHeader,
  looksFrench,
  normalizeHeader,
  roleFromHeader,
} from "../../../src/domain/import/headers";

describe("normalizeHeader", () => {
  it("removes accents, case, punctuation and stray spaces; joins single letters", () => {
    expect(normalizeHeader("  Qté  ")).toBe("qte");
    expect(normalizeHeader("P.U. HT")).toBe("pu ht");
    expect(normalizeHeader("Coût d'achat")).toBe("cout d achat");
    expect(normalizeHeader("Région   commerciale")).toBe("region commerciale");
    expect(normalizeHeader("sales_region")).toBe("sales region");
    expect(normalizeHeader("Marge%")).toBe("marge %");
    expect(normalizeHeader("N° facture")).toBe("n no facture");
  });
});

describe("roleFromHeader", () => {
  it.each([
    // French
    ["Date", "date"],
    ["Date de facture", "date"],
    ["Qté", "quantity"],
    ["Quantité", "quantity"],
    ["P.U. HT", "unitPrice"],
    ["Prix unitaire HT", "unitPrice"],
    ["Mt HT", "revenue"],
    ["CA HT", "revenue"],
    ["Chiffre d'affaires", "revenue"],
    ["Montant HT", "revenue"],
    ["Total HT", "revenue"],
    ["Coût d'achat", "cost"],
    ["Coût de revient", "cost"],
    ["Prix de revient", "cost"],
    ["Marge", "profit"],
    ["Marge brute", "profit"],
    ["Remise", "discount"],
    ["Remise %", "discount"],
    ["Taux de remise", "discount"],
    ["Objectif", "target"],
    ["Objectif CA", "target"],
    ["CA objectif", "target"],
    ["Taux de marge", "ignore"],
    ["Marge %", "ignore"],
    ["N° facture", "ignore"],
    ["Commentaire", "ignore"],
    ["Montant facture", "revenue"],
    // English
    ["Sales", "revenue"],
    ["Net sales", "revenue"],
    ["Store sales", "revenue"],
    ["Revenue", "revenue"],
    ["Amount", "revenue"],
    ["COGS", "cost"],
    ["Cost", "cost"],
    ["Product cost", "cost"],
    ["Profit", "profit"],
    ["Gross profit", "profit"],
    ["Gross margin %", "ignore"],
    ["units", "quantity"],
    ["Qty", "quantity"],
    ["Unit price", "unitPrice"],
    ["Discount", "discount"],
    ["Target", "target"],
    ["Budget", "target"],
    ["Order date", "date"],
    ["Order ID", "ignore"],
    ["Invoice amount", "revenue"],
  ])("%j → %s", (header, role) => {
    expect(roleFromHeader(header)?.role).toBe(role);
  });

  it.each([
    ["Région commerciale", "region"],
    ["Région", "region"],
    ["sales_region", "region"],
    ["Ville", "region"],
    ["État", "region"],
    ["city", "region"],
    ["Famille", "category"],
    ["Rayon", "category"],
    ["Catégorie", "category"],
    ["product_family", "category"],
    ["product_department", "category"],
    ["product_category", "category"],
    ["Gamme", "category"],
    ["Magasin", "store"],
    ["store", "store"],
    ["Point de vente", "store"],
    ["Commercial", "salesperson"],
    ["Vendeur", "salesperson"],
    ["Sales rep", "salesperson"],
    ["Client", "customer"],
    ["Nom du client", "customer"],
    ["Customer name", "customer"],
    ["Canal", "channel"],
    ["Canal de vente", "channel"],
    ["Sales channel", "channel"],
    ["Produit", "product"],
    ["Désignation", "product"],
    ["Article", "product"],
    ["Type de magasin", "other"],
    ["store_type", "other"],
  ])("%j is a %s dimension", (header, kind) => {
    expect(roleFromHeader(header)).toEqual({ role: "dimension", dimensionKind: kind });
    expect(dimensionKindFromHeader(header)).toBe(kind);
  });

  it("names no role for unknown headers", () => {
    expect(roleFromHeader("Mois")).toBeNull();
    expect(roleFromHeader("")).toBeNull();
    expect(roleFromHeader("Xyzzy")).toBeNull();
    expect(dimensionKindFromHeader("Xyzzy")).toBe("other");
  });

  it("recognises generic headers given by tools", () => {
    expect(isGenericHeader("Colonne1")).toBe(true);
    expect(isGenericHeader("Column 3")).toBe(true);
    expect(isGenericHeader("")).toBe(true);
    expect(isGenericHeader("Client")).toBe(false);
  });
});

describe("looksFrench", () => {
  it("tells French headers from English ones", () => {
    expect(looksFrench(["Date", "Qté", "CA HT"])).toBe(true);
    expect(looksFrench(["Date", "Région", "Montant"])).toBe(true);
    expect(looksFrench(["date", "store", "sales", "cost"])).toBe(false);
  });
});
