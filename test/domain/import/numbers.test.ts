import fc from "fast-check";
import {
  createNumberScan,
  currencyFromText,
  decideDecimalMark,
  decimalsOfNumber,
  EVIDENCE_AMBIGUOUS,
  EVIDENCE_COMMA,
  EVIDENCE_DOT,
  EVIDENCE_NONE,
  parseNumber,
  SCAN_EMPTY,
  SCAN_INVALID,
  SCAN_OK,
  scanNumber,
  type DecimalMark,
} from "../../../src/domain/import/numbers";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

function read(text: string, mark: DecimalMark): number | null {
  return parseNumber(text, mark)?.value ?? null;
}

describe("scanNumber / parseNumber", () => {
  it.each<[string, DecimalMark, number]>([
    ["1234", ".", 1234],
    ["5.50", ".", 5.5],
    ["1.8442", ".", 1.8442],
    ["-12.5", ".", -12.5],
    ["5,50", ",", 5.5],
    ["1 234,56", ",", 1234.56],
    [`1${NBSP}234,56`, ",", 1234.56],
    [`1${NNBSP}234${NNBSP}567,89`, ",", 1234567.89],
    [`1 234,56 €`, ",", 1234.56],
    [`1${NNBSP}234,56${NBSP}€`, ",", 1234.56],
    ["1,234.56", ".", 1234.56],
    ["$1,234.56", ".", 1234.56],
    ["-$1,234.56", ".", -1234.56],
    ["($1,234.56)", ".", -1234.56],
    ["(120.00)", ".", -120],
    ["(120,00)", ",", -120],
    ["120-", ".", -120],
    ["+42", ".", 42],
    ["1.234.567,8", ",", 1234567.8],
    ["1'234.50", ".", 1234.5],
    ["EUR 1 234,56", ",", 1234.56],
    ["1 234,56 EUR", ",", 1234.56],
    ["1 234,56 € HT", ",", 1234.56],
    ["£12.00", ".", 12],
    ["1,5E+03", ",", 1500],
    ["2.5e-3", ".", 0.0025],
    [".5", ".", 0.5],
    ["  42  ", ".", 42],
    ["\u221212,5", ",", -12.5],
    ["0,001", ",", 0.001],
  ])("reads %j with decimal %j as %d", (text, mark, expected) => {
    expect(read(text, mark)).toBe(expected);
  });

  it("reads percentages as fractions and counts their decimals", () => {
    expect(parseNumber("12 %", ",")).toEqual({
      value: 0.12,
      decimals: 2,
      percent: true,
      currency: null,
    });
    expect(parseNumber(`12,5${NNBSP}%`, ",")?.value).toBe(0.125);
    expect(parseNumber("7.5%", ".")?.decimals).toBe(3);
  });

  it("reads '-' alone as an accounting zero, and empty as nothing", () => {
    const scan = createNumberScan();
    expect(scanNumber("-", ".", scan)).toBe(0);
    expect(scan.status).toBe(SCAN_OK);
    expect(scanNumber(" - € ", ",", scan)).toBe(0);
    expect(scan.status).toBe(SCAN_OK);
    expect(scanNumber("", ".", scan)).toBeNaN();
    expect(scan.status).toBe(SCAN_EMPTY);
    expect(scanNumber("   ", ".", scan)).toBeNaN();
    expect(scan.status).toBe(SCAN_EMPTY);
  });

  it.each<[string, DecimalMark]>([
    ["abc", "."],
    ["12abc", "."],
    ["1,2,3", "."], // groups of one digit
    ["5,50", "."], // a decimal comma in a decimal-point column
    ["1.5", ","], // a decimal point in a decimal-comma column
    ["12.34.56", "."],
    ["1 23", ","],
    ["(12", "."],
    ["12)", "."],
    ["--12", "."],
    ["(-12)", "."],
    ["€12$", "."],
    ["12 %%", "."],
    ["N/A", "."],
    ["#N/A", "."],
    ["TRUE", "."],
  ])("rejects %j with decimal %j", (text, mark) => {
    const scan = createNumberScan();
    expect(scanNumber(text, mark, scan)).toBeNaN();
    expect(scan.status).toBe(SCAN_INVALID);
  });

  it("counts decimals as written", () => {
    const scan = createNumberScan();
    scanNumber("1.8442", ".", scan);
    expect(scan.decimals).toBe(4);
    scanNumber("5.50", ".", scan);
    expect(scan.decimals).toBe(2);
    scanNumber("1 234", ",", scan);
    expect(scan.decimals).toBe(0);
  });

  it("detects the currency written in the cell", () => {
    expect(parseNumber("1 234,56 €", ",")?.currency).toBe("EUR");
    expect(parseNumber("$3.00", ".")?.currency).toBe("USD");
    expect(parseNumber("£3.00", ".")?.currency).toBe("GBP");
    expect(parseNumber("3.00 CHF", ".")?.currency).toBe("CHF");
    expect(parseNumber("3.00", ".")?.currency).toBeNull();
  });

  it("says what each cell tells about the decimal mark", () => {
    const scan = createNumberScan();
    const evidence = (text: string, mark: DecimalMark): number => {
      scanNumber(text, mark, scan);
      return scan.evidence;
    };
    expect(evidence("5.50", ".")).toBe(EVIDENCE_DOT);
    expect(evidence("5,50", ",")).toBe(EVIDENCE_COMMA);
    expect(evidence("1,234.56", ".")).toBe(EVIDENCE_DOT);
    expect(evidence("1.234,56", ",")).toBe(EVIDENCE_COMMA);
    expect(evidence("1.234.567", ",")).toBe(EVIDENCE_COMMA); // two dots: thousands
    expect(evidence("1,234", ".")).toBe(EVIDENCE_AMBIGUOUS);
    expect(evidence("1,234", ",")).toBe(EVIDENCE_AMBIGUOUS);
    expect(evidence("0,123", ",")).toBe(EVIDENCE_COMMA); // no thousands group starts with 0
    expect(evidence("1234,567", ",")).toBe(EVIDENCE_COMMA); // four digits before: not a group
    expect(evidence("1 234,567", ",")).toBe(EVIDENCE_COMMA); // spaces already group thousands
    expect(evidence("1234", ".")).toBe(EVIDENCE_NONE);
  });

  it("without a mark, a cell decides by itself", () => {
    expect(parseNumber("1 234,56")?.value).toBe(1234.56);
    expect(parseNumber("1,234.56")?.value).toBe(1234.56);
    expect(parseNumber("5,5")?.value).toBe(5.5);
    expect(parseNumber("nothing")).toBeNull();
    expect(parseNumber("")).toBeNull();
  });
});

describe("decideDecimalMark", () => {
  it("follows the evidence of the column, the majority when mixed, else the fallback", () => {
    expect(decideDecimalMark({ dot: 3, comma: 0 }, ",")).toBe(".");
    expect(decideDecimalMark({ dot: 0, comma: 2 }, ".")).toBe(",");
    expect(decideDecimalMark({ dot: 1, comma: 5 }, ".")).toBe(",");
    expect(decideDecimalMark({ dot: 0, comma: 0 }, ",")).toBe(",");
  });
});

describe("currencyFromText / decimalsOfNumber", () => {
  it("reads currencies named in headers", () => {
    expect(currencyFromText("CA HT (€)")).toBe("EUR");
    expect(currencyFromText("Sales USD")).toBe("USD");
    expect(currencyFromText("Montant")).toBeNull();
    expect(currencyFromText("Produits")).toBeNull(); // "EUR" is not inside words
  });

  it("counts the decimals of doubles", () => {
    expect(decimalsOfNumber(5.5)).toBe(1);
    expect(decimalsOfNumber(1.8442)).toBe(4);
    expect(decimalsOfNumber(12)).toBe(0);
    expect(decimalsOfNumber(1e-7)).toBe(7);
  });
});

describe("number parser properties", () => {
  const amounts = fc
    .integer({ min: -99_999_999_999, max: 99_999_999_999 })
    .map((cents) => cents / 100);

  it("reads back French-formatted amounts (Intl fr-FR, with and without €)", () => {
    const plain = new Intl.NumberFormat("fr-FR", {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    const money = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
    fc.assert(
      fc.property(amounts, (x) => {
        expect(read(plain.format(x), ",")).toBe(x);
        const m = parseNumber(money.format(x), ",");
        expect(m?.value).toBe(x);
        expect(m?.currency).toBe("EUR");
      })
    );
  });

  it("reads back English-formatted amounts (Intl en-US, $ and accounting negatives)", () => {
    const plain = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
    const accounting = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency: "USD",
      currencySign: "accounting",
    });
    fc.assert(
      fc.property(amounts, (x) => {
        expect(read(plain.format(x), ".")).toBe(x);
        expect(read(money.format(x), ".")).toBe(x);
        expect(read(accounting.format(x), ".")).toBe(x);
      })
    );
  });

  it("reads back percentages in both styles", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000 }), (basisPoints) => {
        const x = basisPoints / 10_000;
        const fr = new Intl.NumberFormat("fr-FR", {
          style: "percent",
          minimumFractionDigits: 2,
        }).format(x);
        const en = new Intl.NumberFormat("en-US", {
          style: "percent",
          minimumFractionDigits: 2,
        }).format(x);
        expect(read(fr, ",")).toBeCloseTo(x, 12);
        expect(read(en, ".")).toBeCloseTo(x, 12);
      })
    );
  });

  it("reads shortest JavaScript number text exactly", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
        (x) => {
          if (Object.is(x, -0)) return;
          const text = String(x);
          expect(read(text, ".")).toBe(x);
          expect(read(text.replace(".", ","), ",")).toBe(x);
        }
      )
    );
  });

  it("never throws and always reports a status on arbitrary text", () => {
    const scan = createNumberScan();
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme-composite" }),
        fc.constantFrom<DecimalMark>(".", ","),
        (text, mark) => {
          const value = scanNumber(text, mark, scan);
          expect([SCAN_OK, SCAN_EMPTY, SCAN_INVALID]).toContain(scan.status);
          if (scan.status === SCAN_OK) expect(Number.isFinite(value)).toBe(true);
          else expect(value).toBeNaN();
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("never throws on strings made of number characters", () => {
    const scan = createNumberScan();
    const chars = fc.constantFrom(..."0123456789.,- ()%€$eE+\u00a0\u202f'".split(""));
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 20 }).map((a) => a.join("")),
        (text) => {
          scanNumber(text, ".", scan);
          expect([SCAN_OK, SCAN_EMPTY, SCAN_INVALID]).toContain(scan.status);
          scanNumber(text, ",", scan);
          expect([SCAN_OK, SCAN_EMPTY, SCAN_INVALID]).toContain(scan.status);
        }
      ),
      { numRuns: 3000 }
    );
  });
});
