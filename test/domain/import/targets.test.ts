import { parseAmount, parseMonth, parseMonthlyTargets } from "../../../src/domain/import/targets";

describe("parseMonth", () => {
  test.each([
    ["2024-01", "2024-01"],
    ["2024/3", "2024-03"],
    ["01/2024", "2024-01"],
    ["15/02/2024", "2024-02"],
    ["janv. 2024", "2024-01"],
    ["Février 2024", "2024-02"],
    ["août 2023", "2023-08"],
    ["December 2024", "2024-12"],
    ["Sep 2024", "2024-09"],
  ])("%s → %s", (text, expected) => expect(parseMonth(text)).toBe(expected));

  test.each(["2024-13", "13/2024", "hello 2024", "2024", ""])("%s is not a month", (text) =>
    expect(parseMonth(text)).toBeNull()
  );
});

describe("parseAmount", () => {
  test.each([
    ["12 500", "fr", 12500],
    ["12\u202f500,50\u00a0€", "fr", 12500.5],
    ["12500.5", "fr", 12500.5],
    ["1.234,56", "fr", 1234.56],
    ["1,234.56", "en", 1234.56],
    ["12,500", "en", 12500],
    ["12,5", "fr", 12.5],
    ["12,500", "fr", 12.5],
    ["12.500", "fr", 12500],
    ["$1,234,567", "en", 1234567],
    ["(120.00)", "en", -120],
    ["-3 000", "fr", -3000],
  ] as const)("%s (%s) → %d", (text, lang, expected) =>
    expect(parseAmount(text, lang)).toBe(expected)
  );

  test.each(["abc", "", "12a", "€"])("%s is not an amount", (text) =>
    expect(parseAmount(text, "fr")).toBeNull()
  );
});

describe("parseMonthlyTargets", () => {
  test("pasted from Excel, with a header line, in French", () => {
    const text = "Mois\tObjectif\njanv. 2024\t12 500\nfévr. 2024\t13 000,50\n\n03/2024\t9 000 €\n";
    expect(parseMonthlyTargets(text, "fr")).toEqual({
      monthly: { "2024-01": 12500, "2024-02": 13000.5, "2024-03": 9000 },
      errors: [],
    });
  });

  test("typed with semicolons and spaces", () => {
    const text = "2024-01 ; 12 500\n2024-02 13 000\nMarch 2024, 1,000.50";
    expect(parseMonthlyTargets(text, "en").monthly).toEqual({
      "2024-01": 12500,
      "2024-02": 13000,
      "2024-03": 1000.5,
    });
  });

  test("bad lines are reported with their number, good ones kept", () => {
    const result = parseMonthlyTargets("2024-01;100\n2024-02;beaucoup\nplus tard;5", "fr");
    expect(result.monthly).toEqual({ "2024-01": 100 });
    expect(result.errors).toEqual([
      { line: 2, text: "2024-02;beaucoup" },
      { line: 3, text: "plus tard;5" },
    ]);
  });
});
