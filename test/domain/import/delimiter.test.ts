import { detectDelimiter, scoreDelimiter } from "../../../src/domain/import/delimiter";

describe("detectDelimiter", () => {
  it.each([
    ["date,store,sales\n1997-01-01,A,5.50\n1997-01-02,B,3.25\n", ","],
    ["Date;Magasin;CA HT\n01/01/1997;A;5,50\n02/01/1997;B;3,25\n", ";"],
    ["Date\tClient\tMontant\n2024-01-01\tDupont\t1 234,56\n2024-01-02\tDurand\t12,00\n", "\t"],
    ["Date|Client|Montant\n2024-01-01|Dupont|1,234.56\n2024-01-02|Durand|12.00\n", "|"],
  ])("detects the separator of %j", (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  it("ignores separators inside quotes", () => {
    const text =
      'Date;Client;CA\n2024-01-01;"Dupont, Durand et fils";"1,5"\n2024-01-02;"Martin, SA";"2,5"\n';
    expect(detectDelimiter(text)).toBe(";");
    expect(scoreDelimiter(text, ";")).toEqual({ delimiter: ";", fields: 3, consistency: 1 });
  });

  it("falls back to a comma for a single column", () => {
    expect(detectDelimiter("montant\n12\n13\n")).toBe(",");
  });
});
