/**
 * Wording of the import report: every message, in both languages, checked for French typography
 * (one rule: U+00A0 before ":" and inside « », U+202F before ";", "!", "?"), real singular and
 * plural forms chosen by the count (never "ligne(s)"), English capitals; and the total-line
 * message, which must say exactly which lines its amount is the sum of.
 */
import fs from "fs";
import path from "path";
import { importCsv, importCsvText } from "../../../src/domain/import/csv";
import { at, count, msg, type TotalCheck } from "../../../src/domain/import/messages";
import { roleLabels } from "../../../src/domain/import/roles";
import type { Localized } from "../../../src/domain/import/types";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

const check = (over: Partial<TotalCheck>): TotalCheck => ({
  equals: "imported",
  scope: "all",
  imported: 3,
  rejected: 0,
  importedSum: 130,
  ...over,
});

/**
 * Every message of `msg`, called with sample arguments for a count `n` (and a value, a header
 * and roles that a real import gives), each also as the report shows it: after its place.
 */
function everyMessage(n: number): Record<string, Localized[]> {
  const role = roleLabels("cost");
  const sample: Localized = { fr: `Ligne 9${NBSP}: exemple.`, en: "Row 9: sample." };
  const all: Record<keyof typeof msg, Localized[]> = {
    blankLine: [msg.blankLine()],
    titleLine: [msg.titleLine("Export — 1er trimestre")],
    repeatedHeader: [msg.repeatedHeader()],
    totalLine: [
      msg.totalLine("Total", 4320.5, check({ imported: n, rejected: n })),
      msg.totalLine(null, 4320.5, check({ imported: n, scope: "sincePrevious" })),
      msg.totalLine("Total", 4320.5, check({ equals: "importedAndRejected", rejected: n })),
      msg.totalLine("Total", 4320.5, check({ equals: null, imported: n })),
      msg.totalLine("Total", null, null),
    ],
    badDate: [msg.badDate("31/02/2024")],
    missingDate: [msg.missingDate()],
    badNumberRejected: [msg.badNumberRejected("n.c.")],
    missingNumberRejected: [msg.missingNumberRejected()],
    badNumberIgnored: [msg.badNumberIgnored("abc")],
    percentInAmount: [msg.percentInAmount(`12${NBSP}%`)],
    percentIgnored: [msg.percentIgnored(`12${NBSP}%`)],
    badDiscount: [msg.badDiscount("150")],
    tooManyFields: [msg.tooManyFields(n + 3, 3)],
    unterminatedQuote: [msg.unterminatedQuote('"B')],
    malformedQuote: [msg.malformedQuote('300")')],
    dateOrderConflict: [msg.dateOrderConflict("Date", 2, "13/01/2024", 4, "01/13/2024")],
    dateAgainstStatedOrder: [
      msg.dateAgainstStatedOrder("01/13/2024", "dmy"),
      msg.dateAgainstStatedOrder("13/01/2024", "mdy"),
    ],
    dateOrderConflictRow: [
      msg.dateOrderConflictRow("13/01/2024", "dmy", 4, "01/13/2024"),
      msg.dateOrderConflictRow("01/13/2024", "mdy", 2, "13/01/2024"),
    ],
    dateOrderAssumed: [
      msg.dateOrderAssumed("dmy", "05/01/2024"),
      msg.dateOrderAssumed("mdy", "1/5/2024"),
    ],
    decimalMarkAssumed: [
      msg.decimalMarkAssumed(",", "1,234"),
      msg.decimalMarkAssumed(".", "1.234"),
    ],
    mixedDecimalMarks: [msg.mixedDecimalMarks(",", n, n + 1), msg.mixedDecimalMarks(".", n + 1, n)],
    discountPercentPoints: [msg.discountPercentPoints()],
    duplicateRole: [msg.duplicateRole(role, "Coût HT")],
    numericColumnUnused: [msg.numericColumnUnused()],
    headerRoleDemoted: [msg.headerRoleDemoted(role)],
    emptyMeasureColumn: [msg.emptyMeasureColumn(roleLabels("revenue"))],
    contentRole: [msg.contentRole(roleLabels("revenue"))],
    negativeLines: [msg.negativeLines(n, -150)],
    missingValues: [msg.missingValues(n, role)],
    derived: [msg.derived("revenue"), msg.derived("cost"), msg.derived("margin")],
    moreIssues: [msg.moreIssues(n, sample)],
    reconciliationGap: [msg.reconciliationGap("CA HT", 0.01)],
    emptyFile: [msg.emptyFile()],
    noData: [msg.noData()],
    noHeader: [msg.noHeader()],
    noDate: [msg.noDate(["Client", "CA HT"])],
    noAmount: [msg.noAmount(["Date", "Client"])],
    noRowImported: [msg.noRowImported(n)],
    notXlsx: [msg.notXlsx()],
    sheetNotFound: [msg.sheetNotFound("Nope", ["Ventes", "Notes"])],
    emptySheet: [msg.emptySheet("Ventes")],
    binaryFile: [msg.binaryFile()],
    internalError: [msg.internalError("detail")],
  };
  // As shown in the report: with a row and a column, with a column only, or alone.
  const out: Record<string, Localized[]> = {};
  for (const [key, list] of Object.entries(all))
    out[key] = list.flatMap((m) => [m, at(12, "CA HT", m), at(null, "Date", m), at(null, null, m)]);
  return out;
}

/** French typography problems of a text (empty when it follows the rule). */
export function frenchTypographyProblems(message: string): string[] {
  const problems: string[] = [];
  // A value quoted from the file may hold straight quotes ('"B'); the message itself may not.
  const text = message.replace(/«\u00a0[^»]*\u00a0»/g, "«\u00a0x\u00a0»");
  const rule = (re: RegExp, what: string) => {
    if (re.test(text)) problems.push(`${what}: ${JSON.stringify(text)}`);
  };
  rule(/\((s|e|es)\)/, "plural or feminine in brackets");
  rule(/[^\u00a0]:(?!\/)/, "no no-break space before ':'");
  rule(/\u202f:/, "narrow space before ':' (U+00A0 is the rule)");
  rule(/[^\u202f][;!?]/, "no narrow no-break space before ';', '!' or '?'");
  rule(/«(?!\u00a0)|(?<!\u00a0)»/, "guillemets without no-break spaces inside");
  rule(/"/, "straight double quote");
  rule(/\d[ \u202f]?%/, "percent without a no-break space");
  return problems;
}

/** English typography problems: French spacing or quotes, plurals in brackets. */
function englishProblems(message: string): string[] {
  const problems: string[] = [];
  // Quoted values come from the file (a French one may well hold "12 %").
  const text = message.replace(/“[^”]*”/g, "“x”");
  if (/[\u00a0\u202f][:;!?%]/.test(text)) problems.push(`French spacing: ${text}`);
  if (/[«»"]/.test(text)) problems.push(`not curly quotes: ${text}`);
  if (/\((s|es)\)/.test(text)) problems.push(`plural in brackets: ${text}`);
  return problems;
}

describe("every message, both languages", () => {
  test("the sample list covers every message", () => {
    expect(Object.keys(everyMessage(1)).sort()).toEqual(Object.keys(msg).sort());
  });

  test.each([0, 1, 2, 1234])("French typography, count %i", (n) => {
    const problems = Object.values(everyMessage(n))
      .flat()
      .flatMap((m) => frenchTypographyProblems(m.fr));
    expect(problems).toEqual([]);
  });

  test.each([0, 1, 2, 1234])("English typography, count %i", (n) => {
    const problems = Object.values(everyMessage(n))
      .flat()
      .flatMap((m) => englishProblems(m.en));
    expect(problems).toEqual([]);
  });

  test("a message shown on its own starts with a capital letter, in both languages", () => {
    // Each message comes as [body, at(row, column), at(column), at(nothing)]: the last three are
    // what the report shows.
    for (const list of Object.values(everyMessage(2)))
      list
        .filter((_, i) => i % 4 !== 0)
        .forEach((m) => {
          expect(m.fr).toMatch(/^[\p{Lu}…\d«]/u);
          expect(m.en).toMatch(/^[\p{Lu}…\d“]/u);
        });
    // The reviewer's case: the assumed date order, about a column.
    expect(at(null, "Date", msg.dateOrderAssumed("dmy", "05/01/2024")).en).toBe(
      "Column “Date”: no date shows whether the day or the month comes first (for example “05/01/2024”); dates read as day/month/year."
    );
  });

  test("the typography checker catches what it must", () => {
    expect(frenchTypographyProblems("1 ligne(s) : elles")).toHaveLength(2);
    expect(frenchTypographyProblems(`Date\u202f: x`).join()).toContain("narrow space before ':'");
    expect(frenchTypographyProblems(`a ; b`)).toHaveLength(1);
    expect(frenchTypographyProblems(`« x »`)).toHaveLength(1);
    expect(frenchTypographyProblems(`10 %`)).toHaveLength(1);
    expect(frenchTypographyProblems(`«${NBSP}x${NBSP}»${NBSP}: a${NNBSP}; b 10${NBSP}%`)).toEqual(
      []
    );
  });
});

describe("singular and plural forms follow the count", () => {
  test("count() through Intl: French 0 and 1 singular, English 1 only; thousands grouped", () => {
    expect(count(0, "fr", "ligne", "lignes")).toBe("0 ligne");
    expect(count(1, "fr", "ligne", "lignes")).toBe("1 ligne");
    expect(count(2, "fr", "ligne", "lignes")).toBe("2 lignes");
    expect(count(12345, "fr", "ligne", "lignes")).toBe(`12${NNBSP}345 lignes`);
    expect(count(0, "en", "row", "rows")).toBe("0 rows");
    expect(count(1, "en", "row", "rows")).toBe("1 row");
    expect(count(12345, "en", "row", "rows")).toBe("12,345 rows");
  });

  test("negative lines, missing values, decimal marks, more issues", () => {
    const cost = roleLabels("cost");
    expect(msg.negativeLines(138, -5120.4)).toEqual({
      fr: `138 lignes négatives (avoirs, retours) conservées, pour -5${NNBSP}120,40 au total.`,
      en: "138 negative lines (credit notes, returns) kept, -5,120.40 in total.",
    });
    expect(msg.missingValues(1, cost)).toEqual({
      fr: "1 ligne sans coût d'achat, importée quand même (valeur laissée vide).",
      en: "1 row without cost, imported all the same (value left empty).",
    });
    expect(msg.missingValues(3, cost).fr).toBe(
      "3 lignes sans coût d'achat, importées quand même (valeur laissée vide)."
    );
    expect(msg.decimalMarkAssumed(",", "1,234").fr).toContain("la virgule est retenue");
    expect(msg.decimalMarkAssumed(".", "1.234").fr).toContain("le point est retenu");
    expect(msg.mixedDecimalMarks(",", 1, 5).fr).toBe(
      `mélange de point décimal (1 valeur) et de virgule décimale (5 valeurs)${NNBSP}; la virgule est retenue, les autres valeurs sont signalées.`
    );
    expect(msg.moreIssues(1, { fr: "x", en: "x" })).toEqual({
      fr: `… et 1 autre ligne du même type que${NBSP}: x`,
      en: "… and 1 more row of the same kind as: x",
    });
  });
});

describe("a total line says exactly which lines its amount sums", () => {
  const totalMessage = (text: string) =>
    importCsvText(text)
      .issues.filter((i) => i.code === "total-line")
      .map((i) => i.message);

  test("test/cli/fixtures/ventes-t1-2024.csv: the total leaves out the two rejected lines", () => {
    const file = path.resolve(__dirname, "../../cli/fixtures/ventes-t1-2024.csv");
    const r = importCsv(new Uint8Array(fs.readFileSync(file)), { fileName: "ventes-t1-2024.csv" });
    const [total] = r.issues.filter((i) => i.code === "total-line");
    // Imported above the total (row 12): 1 250 + 480,50 − 150 + 2 100 + 640 = 4 320,50, five
    // lines; rows 8 (31/02/2024, 99,00) and 9 (« n.c. ») are rejected. The lines above it add up
    // to 4 419,50 with row 8: the amount is the sum of the imported lines only, and says so.
    expect(r.source.rowsImported).toBe(5);
    expect(r.source.rowsRejected).toBe(2);
    expect(total.row).toBe(12);
    expect(total.message).toEqual({
      fr: `Ligne 12${NBSP}: ligne de total («${NBSP}Total${NBSP}») ignorée pour ne pas compter deux fois${NNBSP}; son montant 4${NNBSP}320,50 est la somme des 5 lignes importées au-dessus, sans les 2 lignes rejetées.`,
      en: "Row 12: total line (“Total”) skipped so as not to count twice; its amount 4,320.50 is the sum of the 5 imported rows above, without the 2 rejected rows.",
    });
  });

  test("a total that counts the rejected line too says so", () => {
    // 3 × 10 imported + 20 on an impossible date = 50.
    const [m] = totalMessage(
      "Date;Client;CA\n01/01/2024;A;10\n02/01/2024;B;10\n03/01/2024;C;10\n31/02/2024;D;20\nTotal;;50\n"
    );
    expect(m.fr).toContain(
      "son montant 50,00 est la somme des 4 lignes au-dessus, y compris la ligne rejetée"
    );
    expect(m.en).toContain(
      "its amount 50.00 is the sum of the 4 rows above, including the rejected row"
    );
  });

  test("a total that matches nothing quotes the sum of the imported lines", () => {
    const [m] = totalMessage("Date;Client;CA\n01/01/2024;A;10\n02/01/2024;B;20\nTotal;;31\n");
    expect(m.fr).toContain(
      "attention, son montant 31,00 ne correspond pas à la somme des 2 lignes importées au-dessus (30,00)"
    );
    expect(m.en).toContain("does not match the sum of the 2 imported rows above (30.00)");
  });

  test("a second sub-total sums the lines since the previous total line", () => {
    const [first, second] = totalMessage(
      "Date;Client;CA\n01/01/2024;A;10\n02/01/2024;B;20\nSous-total;;30\n03/01/2024;A;5\nSous-total;;5\n"
    );
    expect(first.fr).toContain("est la somme des 2 lignes importées au-dessus.");
    expect(second.fr).toContain(
      "son montant 5,00 est celui de la seule ligne importée depuis la ligne de total précédente."
    );
    expect(second.en).toContain("is that of the only imported row since the previous total line.");
  });
});
