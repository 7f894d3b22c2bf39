import { langFromArgv, parseCliArgs } from "../../src/cli/args";

const NBSP = "\u00a0";

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
      message: `--currency${NBSP}: «${NBSP}dollars${NBSP}» n'est pas un code de devise ISO 4217 (EUR, USD…).`,
    });
  });

  it("reads the date order", () => {
    expect(parseCliArgs(["a.csv", "--date-order", "MDY"])).toEqual({
      ok: true,
      args: { file: "a.csv", lang: "fr", dateOrder: "mdy" },
    });
    expect(parseCliArgs(["a.csv", "--date-order=dmy"])).toEqual({
      ok: true,
      args: { file: "a.csv", lang: "fr", dateOrder: "dmy" },
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
    [
      ["a.csv", "--lang", "de"],
      `--lang${NBSP}: «${NBSP}de${NBSP}» n'est pas une langue proposée (fr ou en).`,
    ],
    [
      ["a.csv", "--sentences", "0"],
      `--sentences${NBSP}: «${NBSP}0${NBSP}» n'est pas un nombre entier entre 1 et 20.`,
    ],
    [
      ["a.csv", "--sentences", "2.5"],
      `--sentences${NBSP}: «${NBSP}2.5${NBSP}» n'est pas un nombre entier entre 1 et 20.`,
    ],
    [
      ["a.csv", "--sentences", ""],
      `--sentences${NBSP}: «${NBSP}${NBSP}» n'est pas un nombre entier entre 1 et 20.`,
    ],
    [
      ["a.csv", "--date-order", "ymd"],
      `--date-order${NBSP}: «${NBSP}ymd${NBSP}» n'est pas un ordre proposé (dmy pour jour/mois/année, mdy pour mois/jour/année).`,
    ],
    [[], `Fichier manquant${NBSP}: indiquez le fichier à importer.`],
    [["a.csv", "b.csv"], `Un seul fichier attendu, 2 donnés${NBSP}: a.csv, b.csv.`],
    [["--bogus", "a.csv"], `Option inconnue${NBSP}: --bogus.`],
    [["a.csv", "--json"], `--json${NBSP}: valeur manquante.`],
    [["a.csv", "--help=1"], "--help ne prend pas de valeur."],
  ])("refuses %j in French by default", (argv, message) => {
    expect(parseCliArgs(argv)).toEqual({ ok: false, help: false, message });
  });

  it.each([
    [
      ["a.csv", "--lang", "en", "--sentences", "21"],
      "--sentences: “21” is not a whole number from 1 to 20.",
    ],
    [["--lang=en"], "Missing file: give the file to import."],
    [["--lang", "en", "a.csv", "b.csv"], "One file expected, 2 given: a.csv, b.csv."],
    [["--lang", "en", "--bogus", "a.csv"], "Unknown option: --bogus."],
    [
      ["--lang", "en", "a.csv", "--date-order", "x"],
      "--date-order: “x” is not an available order (dmy for day/month/year, mdy for month/day/year).",
    ],
  ])("refuses %j in English with --lang en", (argv, message) => {
    expect(parseCliArgs(argv)).toEqual({ ok: false, help: false, message });
  });

  it("reads the language before checking the options", () => {
    expect(langFromArgv(["a.csv", "--lang", "en"])).toBe("en");
    expect(langFromArgv(["--lang=en", "a.csv"])).toBe("en");
    expect(langFromArgv(["a.csv", "--lang", "de"])).toBe("fr");
    expect(langFromArgv(["a.csv"])).toBe("fr");
  });

  it("recognises --help and -h", () => {
    expect(parseCliArgs(["--help"])).toEqual({ ok: false, help: true, message: "" });
    expect(parseCliArgs(["-h"])).toEqual({ ok: false, help: true, message: "" });
  });
});
