import { parseCliArgs } from "../../src/cli/args";

describe("parseCliArgs", () => {
  it("reads every option", () => {
    expect(
      parseCliArgs([
        "v.xlsx",
        "--sheet",
        "Ventes 2024",
        "--json",
        "r.json",
        "--lang",
        "en",
        "--sentences",
        "5",
        "--out",
        "d.xlsx",
      ])
    ).toEqual({
      ok: true,
      args: {
        file: "v.xlsx",
        sheet: "Ventes 2024",
        json: "r.json",
        lang: "en",
        sentences: 5,
        out: "d.xlsx",
      },
    });
  });

  it("reads a currency code", () => {
    expect(parseCliArgs(["a.csv", "--currency", "usd"])).toEqual({
      ok: true,
      args: { file: "a.csv", lang: "fr", currency: "USD" },
    });
    expect(parseCliArgs(["a.csv", "--currency", "dollars"])).toEqual({
      ok: false,
      help: false,
      message: '--currency: "dollars" (ISO 4217 code: EUR, USD…)',
    });
  });

  it("defaults to French and accepts --opt=value", () => {
    expect(parseCliArgs(["a.csv"])).toEqual({ ok: true, args: { file: "a.csv", lang: "fr" } });
    expect(parseCliArgs(["--json=r.json", "a.csv"])).toEqual({
      ok: true,
      args: { file: "a.csv", lang: "fr", json: "r.json" },
    });
  });

  it.each([
    [["a.csv", "--lang", "de"], '--lang: "de" (fr | en)'],
    [["a.csv", "--sentences", "2.5"], '--sentences: "2.5" (1 to 20)'],
    [["a.csv", "--sentences", "21"], '--sentences: "21" (1 to 20)'],
    [[], "missing <file>"],
    [["a.csv", "b.csv"], "one file expected, got 2"],
  ])("refuses %j", (argv, message) => {
    expect(parseCliArgs(argv)).toEqual({ ok: false, help: false, message });
  });

  it("recognises --help and -h", () => {
    expect(parseCliArgs(["--help"])).toEqual({ ok: false, help: true, message: "" });
    expect(parseCliArgs(["-h"])).toEqual({ ok: false, help: true, message: "" });
  });
});
