/**
 * Every text format of issue 2, end to end through importCsv, on small hand-written files whose
 * expected figures are worked out by hand in the comments.
 */
import fc from "fast-check";
import { estimateLines, importCsv, importCsvText } from "../../../src/domain/import/csv";
import { dayToIso } from "../../../src/domain/import/dates";
import type { ImportResult } from "../../../src/domain/import/types";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Windows-1252 bytes of a text (the characters used in these tests). */
function cp1252(s: string): Uint8Array {
  const high: Record<string, number> = { "€": 0x80, "’": 0x92, œ: 0x9c };
  return new Uint8Array(
    Array.from(s).map((ch) => {
      if (high[ch] !== undefined) return high[ch];
      const code = ch.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in the test's cp1252 table: ${ch}`);
      return code;
    })
  );
}

const isoDates = (r: ImportResult): string[] => Array.from(r.table!.date, dayToIso);
const values = (a: Float64Array | undefined): number[] => Array.from(a ?? []);
const codesOf = (r: ImportResult, code: string) => r.issues.filter((i) => i.code === code);

describe("encodings", () => {
  const text = "Date;Région;CA HT\n06/01/2024;Île-de-France;1 234,56 €\n07/01/2024;Rhône;99,90 €\n";

  it("reads UTF-8 without BOM", () => {
    const r = importCsv(utf8(text));
    expect(r.source.encoding).toBe("utf-8");
    expect(r.table!.dimensions[0].labels).toEqual(["Île-de-France", "Rhône"]);
    expect(r.totals.revenue).toBe(1334.46);
    expect(r.table!.currency).toBe("EUR");
  });

  it("reads UTF-8 with BOM (the BOM does not stick to the first header)", () => {
    const r = importCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(r.source.encoding).toBe("utf-8-bom");
    expect(r.roles.date).toBe("Date");
    expect(r.totals.revenue).toBe(1334.46);
  });

  it("reads Windows-1252 (French Excel CSV), € included", () => {
    const r = importCsv(cp1252(text.replace(/\n/g, "\r\n")));
    expect(r.source.encoding).toBe("windows-1252");
    expect(r.roles.dimensions).toEqual(["Région"]);
    expect(r.table!.dimensions[0].labels).toEqual(["Île-de-France", "Rhône"]);
    expect(r.totals.revenue).toBe(1334.46);
    expect(r.table!.currency).toBe("EUR");
  });
});

describe("Excel's other text exports", () => {
  it("reads UTF-16LE with BOM, tab-separated (Excel 'Unicode text')", () => {
    const text = "Date\tRégion\tCA HT\r\n06/01/2024\tÎle-de-France\t1 234,56 €\r\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const r = importCsv(bytes);
    expect(r.source).toMatchObject({ encoding: "utf-16le", delimiter: "\t" });
    expect(r.totals.revenue).toBe(1234.56);
    expect(r.table!.dimensions[0].labels).toEqual(["Île-de-France"]);
  });

  it("reads old Mac line ends (CR only)", () => {
    const r = importCsvText("Date;CA\r06/01/2024;1,50\r07/01/2024;2,50\r");
    expect(r.source.rowsImported).toBe(2);
    expect(r.totals.revenue).toBe(4);
  });
});

describe("separators and quoting", () => {
  it.each([
    [
      ",",
      'date,client,sales\n2024-01-06,"Dupont, Durand & fils",1234.56\n2024-01-07,Martin,10.00\n',
    ],
    [";", "date;client;sales\n2024-01-06;Dupont, Durand & fils;1234.56\n2024-01-07;Martin;10.00\n"],
    [
      "\t",
      "date\tclient\tsales\n2024-01-06\tDupont, Durand & fils\t1234.56\n2024-01-07\tMartin\t10.00\n",
    ],
    ["|", "date|client|sales\n2024-01-06|Dupont, Durand & fils|1234.56\n2024-01-07|Martin|10.00\n"],
  ])("separator %j", (sep, text) => {
    const r = importCsv(utf8(text));
    expect(r.source.delimiter).toBe(sep);
    expect(r.table!.dimensions[0].labels).toEqual(["Dupont, Durand & fils", "Martin"]);
    expect(r.totals.revenue).toBe(1244.56);
  });

  it("keeps separators, quotes and line breaks inside quoted fields; rows keep the file's line numbers", () => {
    const text = [
      "Date;Client;Commentaire;CA HT",
      '06/01/2024;"Dupont; Durand";"Livré le 6 ;\nfacturé le 7";"1 000,00"',
      '07/01/2024;"Le ""Petit"" Café";"";"20,50"',
      "08/01/2024;Martin;;abc",
    ].join("\r\n");
    const r = importCsv(utf8(text));
    expect(r.source.delimiter).toBe(";");
    expect(r.table!.dimensions.map((d) => d.header)).toEqual(["Client"]);
    expect(r.table!.dimensions[0].labels).toEqual(["Dupont; Durand", 'Le "Petit" Café']);
    expect(r.totals.revenue).toBe(1020.5);
    // "Martin" is on the file's 5th line (the record of lines 2–3 holds a quoted line break)
    expect(codesOf(r, "bad-number")).toEqual([
      expect.objectContaining({ row: 5, column: "CA HT", value: "abc", severity: "error" }),
    ]);
    expect(Array.from(r.table!.sourceRow)).toEqual([2, 4]);
  });

  describe("malformed quotes: read as Excel reads them, no line lost", () => {
    it("a formula with quotes in an unquoted field (French Excel CSV): every line kept", () => {
      // Excel splits line 2 at its separators: the quote inside the unquoted third field is a
      // character, the fourth field opens a quote closed before ")" and keeps ")" → "300)".
      const text = [
        "Date;Région;Client;CA HT",
        '07/03/2024;Nord;=HYPERLINK("http://x";"300")',
        "08/03/2024;Sud;Martin;40",
        "09/03/2024;Sud;Petit;50",
        "10/03/2024;Est;Durand;60",
        "11/03/2024;Est;Léger;70",
      ].join("\r\n");
      const r = importCsv(cp1252(text + "\r\n"));
      expect(r.source.encoding).toBe("windows-1252");
      expect(r.source.rowsRead).toBe(5);
      expect(r.source.rowsImported).toBe(4);
      expect(r.source.rowsRejected).toBe(1);
      expect(r.totals.revenue).toBe(220); // 40 + 50 + 60 + 70
      expect(Array.from(r.table!.sourceRow)).toEqual([3, 4, 5, 6]);
      expect(r.table!.dimensions.find((d) => d.header === "Client")!.labels).toEqual([
        "Martin",
        "Petit",
        "Durand",
        "Léger",
      ]);
      expect(codesOf(r, "malformed-quote")).toEqual([
        expect.objectContaining({ row: 2, column: "CA HT", value: "300)", severity: "warning" }),
      ]);
      expect(codesOf(r, "bad-number")).toEqual([
        expect.objectContaining({ row: 2, column: "CA HT", value: "300)", severity: "error" }),
      ]);
      const rec = r.reconciliation.find((x) => x.measure === "revenue")!;
      expect(rec.source).toBe(220);
      expect(rec.imported + rec.rejected).toBe(220);
      expect(codesOf(r, "reconciliation-gap")).toEqual([]);
    });

    it("numbers rows by file line before and after the malformed quote, quoted line breaks included", () => {
      const text = [
        "Date;Région;Client;CA HT", // 1
        '06/03/2024;Nord;"Dupont\nSA";100', // 2–3 (read by papaparse)
        '07/03/2024;Nord;=HYPERLINK("http://x";"300")', // 4
        '08/03/2024;Sud;"B\nC";50', // 5–6 (read as Excel does, after the malformed quote)
        '09/03/2024;Sud;"Café ""Le Nord""";60', // 7
        "10/03/2024;Est;X;abc", // 8
        "Total;;;210", // 9 = 100 + 50 + 60
      ].join("\n");
      const r = importCsv(utf8(text));
      expect(Array.from(r.table!.sourceRow)).toEqual([2, 5, 7]);
      expect(r.table!.dimensions.find((d) => d.header === "Client")!.labels).toEqual([
        "Dupont\nSA",
        "B\nC",
        'Café "Le Nord"',
      ]);
      expect(codesOf(r, "bad-number").map((i) => [i.row, i.value])).toEqual([
        [4, "300)"],
        [8, "abc"],
      ]);
      expect(codesOf(r, "total-line")).toEqual([expect.objectContaining({ row: 9 })]);
      expect(r.totals.revenue).toBe(210);
      expect(r.source).toEqual(
        expect.objectContaining({ rowsRead: 6, rowsImported: 3, rowsRejected: 2, rowsSkipped: 1 })
      );
    });

    it("a quote never closed is a character: the lines after it are read", () => {
      const r = importCsv(
        utf8('Date;Client;CA\n06/01/2024;A;10\n07/01/2024;"B;20\n08/01/2024;C;30\n')
      );
      expect(codesOf(r, "unterminated-quote")).toEqual([
        expect.objectContaining({ row: 3, column: "Client", value: '"B', severity: "warning" }),
      ]);
      expect(r.source.rowsImported).toBe(3);
      expect(r.source.rowsRejected).toBe(0);
      expect(r.table!.dimensions[0].labels).toEqual(["A", '"B', "C"]);
      expect(r.totals.revenue).toBe(60);
      expect(Array.from(r.table!.sourceRow)).toEqual([2, 3, 4]);
    });
  });

  it("rejects a row with more fields than the header (decimal comma in a comma file)", () => {
    const r = importCsv(
      utf8("date,client,sales\n2024-01-06,Dupont,12.50\n2024-01-07,Martin,12,50\n")
    );
    expect(r.source.rowsImported).toBe(1);
    expect(codesOf(r, "too-many-fields")).toEqual([
      expect.objectContaining({ row: 3, severity: "error" }),
    ]);
    expect(r.totals.revenue).toBe(12.5);
  });
});

describe("numbers", () => {
  it("reads every written form of an amount, per column", () => {
    const text = [
      "Date;Libellé;Montant",
      "01/03/2024;a;1 234,56 €",
      `02/03/2024;b;1${NBSP}234,56`,
      `03/03/2024;c;1${NNBSP}234,56${NBSP}€`,
      "04/03/2024;d;(120,00)",
      "05/03/2024;e;-",
      "06/03/2024;f;-45,5",
      "07/03/2024;g;",
    ].join("\n");
    const r = importCsvText(text);
    // a..f imported; g (empty amount) rejected
    expect(values(r.table!.measures.revenue)).toEqual([1234.56, 1234.56, 1234.56, -120, 0, -45.5]);
    expect(r.totals.revenue).toBe(3538.18);
    expect(codesOf(r, "missing-amount")).toEqual([
      expect.objectContaining({ row: 8, column: "Montant" }),
    ]);
    expect(r.columns[2].decimalMark).toBe(",");
    expect(r.table!.currency).toBe("EUR");
  });

  it("takes the caller's currency over detection", () => {
    expect(importCsvText("date,sales\n2024-03-01,5.50\n").table!.currency).toBeNull();
    expect(
      importCsvText("date,sales\n2024-03-01,5.50\n", { currency: "usd" }).table!.currency
    ).toBe("USD");
  });

  it("reads English amounts with $ and parentheses", () => {
    const text =
      'date,sales\n2024-03-01,"$1,234.56"\n2024-03-02,"($1,000.00)"\n2024-03-03,"1,234.56"\n';
    const r = importCsvText(text);
    expect(values(r.table!.measures.revenue)).toEqual([1234.56, -1000, 1234.56]);
    expect(r.table!.currency).toBe("USD");
    expect(r.columns[1].decimalMark).toBe(".");
  });

  it("decides the decimal mark per column from all its values, not per cell", () => {
    // "1,234" alone could be 1234 or 1.234; "2,5" later in the same column proves decimal comma.
    const text = ["date,qty,amount", '2024-03-01,"1,234","1,234"', '2024-03-02,2,"2,5"'].join("\n");
    const r = importCsvText(text);
    // qty has no proof of its own: it follows the file (decimal comma proven by "2,5")
    expect(r.columns[1].decimalMark).toBe(",");
    expect(values(r.table!.measures.quantity)).toEqual([1.234, 2]);
    expect(values(r.table!.measures.revenue)).toEqual([1.234, 2.5]);
    expect(r.columns[2].decimalMark).toBe(",");
  });

  it("re-checks a decision taken on the first rows against all rows", () => {
    // 2,500 rows of integers, then decimal commas: the sample cannot tell, the full pass can.
    const lines = ["Date;Montant"];
    for (let i = 0; i < 2500; i++) lines.push("01/01/2024;1.000");
    lines.push("02/01/2024;0,5");
    const r = importCsvText(lines.join("\n"));
    expect(r.columns[1].decimalMark).toBe(",");
    // 1.000 in a decimal-comma column is one thousand
    expect(r.totals.revenue).toBe(2_500_000.5);
  });

  it("reads percentages for discounts and reports them elsewhere", () => {
    const text =
      "Date;Qté;P.U. HT;Remise\n01/03/2024;2;10,00;12 %\n02/03/2024;1;100,00;0 %\n03/03/2024;3;5,00;12 %\n";
    const r = importCsvText(text);
    expect(values(r.table!.measures.discount)).toEqual([0.12, 0, 0.12]);
    // 2 × 10 × 0.88 = 17.60; 1 × 100 = 100; 3 × 5 × 0.88 = 13.20
    expect(values(r.table!.measures.revenue)).toEqual([17.6, 100, 13.2]);
  });

  it("keeps a row whose optional value is unreadable, and says so", () => {
    const text =
      "Date;CA HT;Coût\n01/03/2024;100,00;abc\n02/03/2024;50,00;20,00\n03/03/2024;10,00;\n";
    const r = importCsvText(text);
    expect(r.source.rowsImported).toBe(3);
    expect(values(r.table!.measures.cost)).toEqual([NaN, 20, NaN]);
    expect(codesOf(r, "bad-number")).toEqual([
      expect.objectContaining({ row: 2, column: "Coût", value: "abc", severity: "warning" }),
    ]);
    expect(codesOf(r, "missing-values")[0].message.fr).toBe(
      `Colonne «${NBSP}Coût${NBSP}»${NBSP}: 2 lignes sans coût d'achat, importées quand même (valeur laissée vide).`
    );
    expect(r.totals.cost).toBe(20);
    expect(r.totals.margin).toBe(30); // margin only where the cost is known: 50 − 20
  });
});

describe("dates", () => {
  it.each([
    ["ISO", "Date;CA\n2003-01-06;1\n2003-02-07;2\n", ["2003-01-06", "2003-02-07"]],
    ["dd/mm/yyyy", "Date;CA\n06/01/2003;1\n13/02/2003;2\n", ["2003-01-06", "2003-02-13"]],
    ["mm/dd/yyyy", "date,sales\n1/6/2003,1\n2/13/2003,2\n", ["2003-01-06", "2003-02-13"]],
    ["dd.mm.yyyy", "Date;CA\n06.01.2003;1\n07.02.2003;2\n", ["2003-01-06", "2003-02-07"]],
    ["2-digit years", "Date;CA\n06/01/03;1\n31/12/97;2\n", ["2003-01-06", "1997-12-31"]],
    ["Excel serials", "Date;CA\n37627;1\n37659;2\n", ["2003-01-06", "2003-02-07"]],
    [
      "date and time",
      "Date;CA\n2003-01-06 08:15:00;1\n2003-02-07T17:00:00Z;2\n",
      ["2003-01-06", "2003-02-07"],
    ],
  ])("%s", (_name, text, expected) => {
    const r = importCsvText(text);
    expect(r.ok).toBe(true);
    expect(isoDates(r)).toEqual(expected);
  });

  it("resolves day/month order from the whole column (13/01 later in the file)", () => {
    const lines = ["date,sales"];
    for (let i = 0; i < 2100; i++) lines.push("01/02/2024,1"); // ambiguous: 1 Feb or 2 Jan
    lines.push("13/02/2024,1"); // proves day first
    const r = importCsvText(lines.join("\n")); // English headers alone would suggest month first
    expect(r.columns[0].dateOrder).toBe("dmy");
    expect(isoDates(r)[0]).toBe("2024-02-01");
  });

  it("refuses to guess when a column holds both 13/01 and 01/13", () => {
    const r = importCsvText("Date;CA\n13/01/2024;10\n05/02/2024;10\n01/13/2024;10\n");
    expect(r.ok).toBe(false);
    expect(r.table).toBeNull();
    expect(r.fatal!.fr).toContain(`«${NBSP}13/01/2024${NBSP}»`);
    expect(r.fatal!.fr).toContain(`«${NBSP}01/13/2024${NBSP}»`);
    expect(r.fatal!.en).toMatch(/row 2 .*row 4 /);
    // The conflicting dates are errors of their own, with row, column and value.
    expect(codesOf(r, "date-order-conflict")).toEqual([
      expect.objectContaining({ row: 2, column: "Date", value: "13/01/2024", severity: "error" }),
      expect.objectContaining({ row: 4, column: "Date", value: "01/13/2024", severity: "error" }),
    ]);
    expect(codesOf(r, "date-order-conflict")[0].message.fr).toBe(
      `Ligne 2, colonne «${NBSP}Date${NBSP}»${NBSP}: «${NBSP}13/01/2024${NBSP}» ne peut se lire que jour/mois/année, alors que «${NBSP}01/13/2024${NBSP}» (ligne 4) ne peut se lire que mois/jour/année${NNBSP}; aucune date de la colonne n'est lue tant qu'elles ne suivent pas le même ordre.`
    );
  });

  it("lists the first conflicting dates also when the conflict comes after the sample", () => {
    const lines = ["Date;CA"];
    for (let i = 0; i < 2100; i++) lines.push(`${i < 4 ? 13 + i : 5}/01/2024;1`); // rows 2–5 d/m
    for (let i = 0; i < 5; i++) lines.push(`01/${20 + i}/2024;1`); // rows 2102–2106 m/d
    const r = importCsvText(lines.join("\n"));
    expect(r.ok).toBe(false);
    expect(r.source.rowsRead).toBe(2105);
    expect(codesOf(r, "date-order-conflict").map((i) => [i.row, i.value])).toEqual([
      [2, "13/01/2024"],
      [3, "14/01/2024"],
      [4, "15/01/2024"],
      [2102, "01/20/2024"],
      [2103, "01/21/2024"],
      [2104, "01/22/2024"],
    ]);
  });

  it("with the order stated, ambiguous dates follow it; a date that proves the other is said", () => {
    const r = importCsvText("Date;CA\n13/01/2024;10\n05/02/2024;20\n01/13/2024;40\n", {
      dateOrder: "dmy",
    });
    // 05/02 follows the stated order (5 February); 01/13 can only be 13 January.
    expect(isoDates(r)).toEqual(["2024-01-13", "2024-02-05", "2024-01-13"]);
    expect(r.totals.revenue).toBe(70);
    expect(codesOf(r, "date-against-order")).toEqual([
      expect.objectContaining({ row: 4, column: "Date", value: "01/13/2024", severity: "warning" }),
    ]);
  });

  it("lets the caller state the order", () => {
    const r = importCsvText("Date;CA\n01/02/2024;10\n", { dateOrder: "mdy" });
    expect(isoDates(r)).toEqual(["2024-01-02"]);
  });

  it("does not report an assumption when no value is ambiguous", () => {
    const r = importCsvText("Date;CA\n6 janv. 2024;1\n05/05/2024;2\n2024-03-01;3\n");
    expect(isoDates(r)).toEqual(["2024-01-06", "2024-05-05", "2024-03-01"]);
    expect(codesOf(r, "date-order-assumed")).toEqual([]);
  });

  it("reports when the order was assumed", () => {
    const r = importCsvText("Date;CA\n01/02/2024;10\n");
    expect(isoDates(r)).toEqual(["2024-02-01"]);
    expect(codesOf(r, "date-order-assumed")).toHaveLength(1);
  });

  it("rejects unreadable and missing dates with their row", () => {
    const r = importCsvText("Date;Client;CA\n06/01/2024;A;10\n31/02/2024;B;20\n;C;30\n");
    expect(r.source.rowsImported).toBe(1);
    expect(r.source.rowsRejected).toBe(2);
    expect(codesOf(r, "bad-date")).toEqual([
      expect.objectContaining({ row: 3, column: "Date", value: "31/02/2024", severity: "error" }),
    ]);
    expect(codesOf(r, "missing-date")).toEqual([
      expect.objectContaining({ row: 4, column: "Date" }),
    ]);
    const rec = r.reconciliation.find((x) => x.measure === "revenue")!;
    expect(rec).toMatchObject({ source: 60, imported: 10, rejected: 50, skippedTotals: 0 });
  });
});

describe("lines that are not records", () => {
  const text = [
    "Export des ventes — janvier 2024", // title line above the header
    "",
    "Date;Commercial;CA HT;Coût",
    "02/01/2024;Léa;100,00;60,00",
    "",
    "03/01/2024;Hugo;-20,00;-12,00", // credit note, kept
    "Date;Commercial;CA HT;Coût", // repeated header
    "04/01/2024;Léa;50,00;30,00",
    "Sous-total;;130,00;78,00",
    "05/01/2024;Hugo;70,00;40,00",
    ";;200,00;118,00", // unlabelled total = sum of all the records above
    "TOTAL GÉNÉRAL;;200,00;118,00",
  ].join("\r\n");
  const r = importCsvText(text);

  it("imports the records, credit notes included", () => {
    expect(r.source.headerRow).toBe(3);
    expect(r.source.rowsImported).toBe(4);
    expect(values(r.table!.measures.revenue)).toEqual([100, -20, 50, 70]);
    expect(Array.from(r.table!.sourceRow)).toEqual([4, 6, 8, 10]);
    expect(r.totals).toEqual({ revenue: 200, cost: 118, margin: 82, quantity: null });
    // One credit note of −20,00: singular, in both languages.
    expect(codesOf(r, "negative-lines")[0].message).toEqual({
      fr: "1 ligne négative (avoir ou retour) conservée, d'un montant de -20,00.",
      en: "1 negative line (credit note or return) kept, for -20.00.",
    });
  });

  it("leaves total lines out of the vote on a column's type (2 records, 3 total lines)", () => {
    const r = importCsvText(
      [
        "Date;Région;CA HT",
        "05/01/2024;Nord;100",
        "Sous-total Nord;;100",
        "06/01/2024;Sud;200",
        "Sous-total Sud;;200",
        "TOTAL GÉNÉRAL;;300",
      ].join("\n")
    );
    expect(r.ok).toBe(true);
    expect(r.roles.date).toBe("Date");
    expect(r.roles.dimensions).toEqual(["Région"]);
    expect(isoDates(r)).toEqual(["2024-01-05", "2024-01-06"]);
    expect(r.totals.revenue).toBe(300);
    expect(codesOf(r, "total-line").map((i) => i.row)).toEqual([3, 5, 6]);
    expect(r.source).toEqual(
      expect.objectContaining({ rowsRead: 5, rowsImported: 2, rowsSkipped: 3, rowsRejected: 0 })
    );
  });

  it("still counts a dated row whose customer is named 'Total' as a record when voting", () => {
    const r = importCsvText(
      "Date;Client;CA\n05/01/2024;Total;100\n06/01/2024;Total;50\nSous-total;;150\nTotal;;150\nTOTAL GÉNÉRAL;;150\n"
    );
    expect(r.roles.date).toBe("Date");
    expect(r.table!.dimensions[0].labels).toEqual(["Total"]);
    expect(r.source.rowsImported).toBe(2);
    expect(r.totals.revenue).toBe(150);
    expect(codesOf(r, "total-line").map((i) => i.row)).toEqual([4, 5, 6]);
  });

  it("skips and reports each blank, title, repeated-header and total line with its row", () => {
    expect(codesOf(r, "title-line").map((i) => i.row)).toEqual([1]);
    expect(codesOf(r, "blank-line").map((i) => i.row)).toEqual([5]);
    expect(codesOf(r, "repeated-header").map((i) => i.row)).toEqual([7]);
    expect(codesOf(r, "total-line").map((i) => i.row)).toEqual([9, 11, 12]);
    expect(r.source.rowsSkipped).toBe(5);
    expect(r.source.rowsRead).toBe(
      r.source.rowsImported + r.source.rowsRejected + r.source.rowsSkipped!
    );
  });

  it("says which lines above a total its amount is the sum of", () => {
    const [sub, unlabelled, grand] = codesOf(r, "total-line");
    // Sous-total 130,00 = 100 − 20 + 50, the 3 records above it.
    expect(sub.message.fr).toBe(
      `Ligne 9${NBSP}: ligne de total («${NBSP}Sous-total${NBSP}») ignorée pour ne pas compter deux fois${NNBSP}; son montant 130,00 est la somme des 3 lignes importées au-dessus.`
    );
    // 200,00 = 130 + 70: all 4 records, not those since the sub-total (70).
    expect(unlabelled.message.en).toContain(
      "its amount 200.00 is the sum of the 4 imported rows above"
    );
    expect(grand.message.en).toContain("“TOTAL GÉNÉRAL”");
    expect(grand.message.en).toContain("is the sum of the 4 imported rows above");
  });

  it("reconciles: source = imported + rejected, totals apart", () => {
    expect(r.reconciliation.find((x) => x.measure === "revenue")).toEqual({
      measure: "revenue",
      header: "CA HT",
      source: 200,
      imported: 200,
      rejected: 0,
      skippedTotals: 530,
    });
  });
});

describe("labels", () => {
  it('trims labels and unwraps Excel\'s ="…" text escape', () => {
    const r = importCsvText('Date;Code client;CA\n06/01/2024;="00123";10\n07/01/2024;  00123 ;5\n');
    expect(r.table!.dimensions[0].labels).toEqual(["00123"]);
    expect(Array.from(r.table!.dimensions[0].codes)).toEqual([0, 0]);
  });
});

describe("roles from content and derived measures", () => {
  it("finds the date and the amount from content when headers say nothing", () => {
    const r = importCsvText(
      "Colonne1;Colonne2;Colonne3\n06/01/2024;Nord;12,50\n07/01/2024;Sud;7,50\n"
    );
    expect(r.columns.map((c) => [c.role, c.detectedBy])).toEqual([
      ["date", "content"],
      ["dimension", "content"],
      ["revenue", "content"],
    ]);
    expect(r.totals.revenue).toBe(20);
    expect(codesOf(r, "role-from-content")).toHaveLength(1);
  });

  it("lets the content win over a header that suggests an amount", () => {
    const r = importCsvText(
      "Date;Vente;CA HT\n06/01/2024;oui;10\n07/01/2024;non;5\n08/01/2024;oui;2\n"
    );
    expect(r.roles.revenue).toBe("CA HT");
    expect(r.roles.dimensions).toEqual(["Vente"]);
    expect(codesOf(r, "role-from-content")[0].message.fr).toContain("contient surtout du texte");
  });

  it("reads a file with no header row", () => {
    const r = importCsvText("06/01/2024;Nord;12,50\n07/01/2024;Sud;7,50\n");
    expect(r.source.headerRow).toBeNull();
    expect(r.source.rowsRead).toBe(2);
    expect(r.totals.revenue).toBe(20);
    expect(r.roles.date).toBe("Colonne 1");
  });

  it("derives revenue = quantity × unit price × (1 − discount), rounded to the cent", () => {
    const r = importCsvText(
      "Date;Qté;P.U. HT;Remise\n01/03/2024;3;19,99;10 %\n02/03/2024;1;0,333;\n"
    );
    // 3 × 19.99 × 0.9 = 53.973 → 53.97; 1 × 0.333 = 0.333 → 0.33
    expect(r.derived).toEqual(["revenue"]);
    expect(values(r.table!.measures.revenue)).toEqual([53.97, 0.33]);
    expect(r.table!.measureHeaders.revenue).toBe("CA HT");
    expect(r.totals.revenue).toBe(54.3);
    expect(r.totals.quantity).toBe(4);
  });

  it("treats an all-empty measure column as absent and derives the measure instead", () => {
    const r = importCsvText(
      [
        "Date,Product,Qty,Unit price,Discount,Sales",
        "2024-01-05,A,3,10.00,0.1,",
        "2024-01-06,B,2,12.50,0,",
        "2024-01-07,C,1,99.99,0.25,",
      ].join("\n"),
      { lang: "en" }
    );
    // 3 × 10 × 0.9 = 27; 2 × 12.5 = 25; 1 × 99.99 × 0.75 = 74.9925 → 74.99
    expect(r.ok).toBe(true);
    expect(r.source.rowsRejected).toBe(0);
    expect(r.derived).toEqual(["revenue"]);
    expect(values(r.table!.measures.revenue)).toEqual([27, 25, 74.99]);
    expect(r.totals.revenue).toBe(126.99);
    expect(r.roles.revenue).toBeNull();
    expect(r.columns.find((c) => c.header === "Sales")!.role).toBe("ignore");
    expect(codesOf(r, "empty-column")).toEqual([
      expect.objectContaining({ row: null, column: "Sales", severity: "warning" }),
    ]);
    expect(codesOf(r, "empty-column")[0].message.en).toBe(
      "Column “Sales”: the header suggests the role “revenue”, but the column is empty on every row; it is ignored, as if it were absent."
    );
    expect(codesOf(r, "derived-revenue")).toHaveLength(1);
  });

  it("keeps the role of a measure column empty in the sample but filled further down", () => {
    const lines = ["Date;Qté;P.U. HT;CA HT"];
    for (let i = 0; i < 2100; i++) lines.push(`02/01/2024;1;2,00;${i < 2050 ? "" : "5,00"}`);
    const r = importCsvText(lines.join("\n"));
    // Not all empty: the column is the revenue, the rows without it are rejected.
    expect(r.roles.revenue).toBe("CA HT");
    expect(r.derived).toEqual([]);
    expect(codesOf(r, "empty-column")).toEqual([]);
    expect(r.source.rowsImported).toBe(50);
    expect(r.source.rowsRejected).toBe(2050);
    expect(r.totals.revenue).toBe(250);
  });

  it("derives cost = revenue − profit", () => {
    const r = importCsvText(
      "Date,Sales,Profit\n2024-03-01,100.00,35.50\n2024-03-02,-10.00,-4.00\n"
    );
    expect(r.derived).toEqual(["cost"]);
    expect(values(r.table!.measures.cost)).toEqual([64.5, -6]);
    expect(r.totals).toEqual({ revenue: 90, cost: 58.5, margin: 31.5, quantity: null });
  });

  it("derives margin = revenue − cost", () => {
    const r = importCsvText("Date,Sales,COGS\n2024-03-01,100.00,64.5\n", { lang: "en" });
    expect(r.derived).toEqual(["margin"]);
    expect(values(r.table!.measures.profit)).toEqual([35.5]);
    expect(r.table!.measureHeaders.profit).toBe("Margin");
  });

  it("fails clearly, without a table, when no date or no amount exists", () => {
    const noDate = importCsvText("Client;CA\nA;10\nB;20\n");
    expect(noDate.ok).toBe(false);
    expect(noDate.table).toBeNull();
    expect(noDate.source.rowsRead).toBe(2); // read, neither imported nor rejected
    expect(noDate.fatal!.fr).toContain("Aucune colonne de dates");
    const noAmount = importCsvText("Date;Client\n06/01/2024;A\n07/01/2024;B\n");
    expect(noAmount.ok).toBe(false);
    expect(noAmount.fatal!.en).toContain("No amount (revenue) column");
  });

  it("fails when every row is rejected", () => {
    const r = importCsvText("Date;CA\n06/01/2024;abc\n07/01/2024;def\n");
    expect(r.ok).toBe(false);
    expect(r.fatal!.en).toContain("all 2 rows read were rejected");
    expect(importCsvText("Date;CA\n06/01/2024;abc\n").fatal!.fr).toBe(
      `Aucune ligne importée${NBSP}: la seule ligne lue a été rejetée (voir le détail).`
    );
    expect(codesOf(r, "bad-number")).toHaveLength(2);
  });
});

describe("never throws on user data", () => {
  it("gives a fatal result for empty, blank and binary files", () => {
    expect(importCsv(new Uint8Array()).fatal!.en).toBe("The file is empty.");
    expect(importCsv(utf8("\n\n  \n")).fatal!.en).toBe("The file is empty.");
    expect(importCsv(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])).fatal!.en).toContain(
      "not a CSV text file"
    );
  });

  it("returns a typed result for any bytes (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const r = importCsv(bytes);
        expect(typeof r.ok).toBe("boolean");
        if (!r.ok) expect(r.fatal).not.toBeNull();
        else expect(r.table!.rowCount).toBeGreaterThan(0);
      }),
      { numRuns: 300 }
    );
  });

  it("returns a typed result for any CSV-like text (property)", () => {
    const cell = fc.oneof(
      fc.constantFrom(
        "06/01/2024",
        "2024-13-45",
        "1 234,56 €",
        "(12.00)",
        "-",
        "",
        "Total",
        "Date",
        "CA HT",
        '"a;b"',
        "12 %"
      ),
      fc.string({ maxLength: 8 })
    );
    const row = fc.array(cell, { minLength: 1, maxLength: 5 }).map((cells) => cells.join(";"));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const r = importCsvText(["Date;Client;CA HT", ...rows].join("\n"));
        expect(typeof r.ok).toBe("boolean");
        if (r.ok) {
          expect(r.source.rowsRead).toBe(
            r.source.rowsImported + r.source.rowsRejected + (r.source.rowsSkipped ?? 0)
          );
        } else {
          expect(r.fatal).not.toBeNull();
        }
      }),
      { numRuns: 300 }
    );
  });
});

describe("estimateLines", () => {
  it("estimates the number of lines from the first ones, to size the table once", () => {
    expect(estimateLines("a\nb\nc")).toBe(3);
    const text = "Date;CA\n" + "06/01/2024;12,50\n".repeat(10_000);
    const estimate = estimateLines(text);
    expect(estimate).toBeGreaterThan(9_900);
    expect(estimate).toBeLessThan(10_100);
  });
});

describe("very many issues", () => {
  it("keeps 10,000 issues of a kind and counts the rest in one line", () => {
    // A good first sample (2,100 rows), then 10,005 unreadable amounts.
    const lines = ["Date;CA"];
    for (let i = 0; i < 2_100; i++) lines.push("06/01/2024;1");
    for (let i = 0; i < 10_005; i++) lines.push("06/01/2024;x");
    const r = importCsvText(lines.join("\n"));
    expect(r.source.rowsImported).toBe(2_100);
    expect(r.source.rowsRejected).toBe(10_005);
    expect(codesOf(r, "bad-number")).toHaveLength(10_000);
    const more = codesOf(r, "more-bad-number");
    expect(more).toHaveLength(1);
    expect(more[0].message.en).toContain("… and 5 more rows of the same kind as: Row 2102");
    expect(more[0].message.fr).toContain(
      `… et 5 autres lignes du même type que${NBSP}: Ligne 2102`
    );
  });
});
