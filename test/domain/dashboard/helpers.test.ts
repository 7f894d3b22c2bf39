import {
  cellAddress,
  columnLetters,
  mixedAddress,
  parseCell,
  rangeAddress,
  sheetRef,
} from "../../../src/domain/dashboard/a1";
import {
  cleanHeader,
  safeText,
  typedText,
  uniqueLabel,
} from "../../../src/domain/dashboard/safe-text";
import {
  isValidSheetName,
  isValidTableName,
  resolveNames,
} from "../../../src/domain/dashboard/names";
import { columnRef, stringLiteral, thisRow } from "../../../src/domain/dashboard/structured";
import {
  changeFormat,
  moneyFormat,
  monthFormat,
  percentFormat,
} from "../../../src/domain/dashboard/formats";
import { isPlainCriterion, memberSum } from "../../../src/domain/dashboard/pivots";
import { ordinal, partialStatus } from "../../../src/domain/dashboard/labels";
import { excelSerial, monthSerial } from "../../../src/domain/dashboard/tracking";
import { pivotCell } from "../../../src/domain/dashboard/commentary-sheet";

describe("A1 addresses", () => {
  it("converts column indexes like Excel", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(cellAddress(4, 2)).toBe("C5");
    expect(cellAddress(4, 2, true)).toBe("$C$5");
    expect(mixedAddress(4, 0, true, false)).toBe("$A5");
    expect(rangeAddress(0, 0, 27113, 14)).toBe("A1:N27113");
    expect(parseCell("$AB$12")).toEqual({ row: 11, col: 27 });
    expect(sheetRef("L'été", "A1")).toBe("'L''été'!A1");
  });
});

describe("imported text is never evaluated", () => {
  it("prefixes every formula-like start with the text apostrophe", () => {
    for (const s of ["=1+1", "+33 6 12", "-12", "@SUM(A1)", "\tx", "\rx", "'quoted"]) {
      expect(safeText(s)).toBe(`'${s}`);
      expect(typedText(safeText(s))).toBe(s);
    }
    expect(safeText("Nord")).toBe("Nord");
    expect(safeText("12 rue")).toBe("12 rue");
  });

  it("cleans headers of the characters structured references would need to escape", () => {
    expect(cleanHeader("Coût d'achat", "x")).toBe("Coût d’achat");
    expect(cleanHeader(" N° [client]\n#2 ", "x")).toBe("N° (client) n°2");
    expect(cleanHeader("=cmd", "x")).toBe("cmd");
    expect(cleanHeader("   ", "Colonne 3")).toBe("Colonne 3");
    const taken = new Set<string>();
    expect([
      uniqueLabel("Mois", taken),
      uniqueLabel("mois", taken),
      uniqueLabel("Mois", taken),
    ]).toEqual(["Mois", "mois (2)", "Mois (3)"]);
  });
});

describe("names", () => {
  it("validates sheet and table names as Excel does", () => {
    expect(isValidSheetName("Suivi mensuel")).toBe(true);
    expect(isValidSheetName("a/b")).toBe(false);
    expect(isValidSheetName("x".repeat(32))).toBe(false);
    expect(isValidTableName("SuiviMensuel")).toBe(true);
    expect(isValidTableName("A1")).toBe(false);
    expect(isValidTableName("R1C1")).toBe(false);
    expect(isValidTableName("Ventes 2")).toBe(false);
  });

  it("avoids the user's sheet and table names and says so", () => {
    const { names, messages } = resolveNames("fr", ["données", "Feuil1"], ["Ventes"]);
    expect(names.sheets.data).toBe("Données (2)");
    expect(names.sheets.tracking).toBe("Suivi mensuel");
    expect(names.tables.sales).toBe("Ventes_2");
    expect(messages).toHaveLength(2);
    expect(messages[0].fr).toContain("« Données (2) »");
  });
});

describe("structured references", () => {
  it("writes Excel's forms", () => {
    expect(columnRef("Ventes", "CA HT")).toBe("Ventes[CA HT]");
    expect(columnRef("T", "Écart N/N-1")).toBe("T[[Écart N/N-1]]");
    expect(thisRow("Mois")).toBe("[@Mois]");
    expect(thisRow("CA HT")).toBe("[@[CA HT]]");
    expect(thisRow("Écart M-1")).toBe("[@[Écart M-1]]");
    expect(() => columnRef("T", "a[b]")).toThrow();
    expect(stringLiteral('say "hi"')).toBe('"say ""hi"""');
  });
});

describe("number formats", () => {
  it("uses invariant codes with a locale tag for the currency and month names", () => {
    expect(moneyFormat("fr", "EUR")).toBe("#,##0.00 [$€-40C]");
    expect(moneyFormat("en", "USD")).toBe("[$$-409]#,##0.00");
    expect(moneyFormat("fr", null)).toBe("#,##0.00");
    expect(percentFormat("fr")).toBe('0.0"\u00a0"%');
    expect(changeFormat("en")).toBe("+0.0%;-0.0%;0.0%");
    expect(monthFormat("fr", true)).toBe("[$-40C]mmmm yyyy");
  });
});

describe("SUMIFS criteria", () => {
  it("uses SUMIFS only for labels a criterion cannot misread", () => {
    expect(["Nord", "Store 24", "Île-de-France"].every(isPlainCriterion)).toBe(true);
    expect(["=x", "A*", "12", "<5", "TRUE", "Jan 1", "~a", "00123"].some(isPlainCriterion)).toBe(
      false
    );
    expect(memberSum("V[CA]", "V[R]", "$A5", "Nord")).toBe("SUMIFS(V[CA],V[R],$A5)");
    expect(memberSum("V[CA]", "V[R]", "$A5", "A*", { column: "V[M]", cell: "B$4" })).toBe(
      "SUMPRODUCT((V[R]=$A5)*(V[M]=B$4)*V[CA])"
    );
  });
});

describe("labels and dates", () => {
  it("writes partial-month statuses and ordinals", () => {
    expect(partialStatus("fr", "end", 17)).toBe("Mois incomplet (jusqu’au 17)");
    expect(partialStatus("fr", "start", 3)).toBe("Mois incomplet (depuis le 3)");
    expect(partialStatus("en", "end", 17)).toBe("Partial month (to day 17)");
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31].map(ordinal).join(" ")).toBe(
      "1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 31st"
    );
  });

  it("converts to Excel serials (1900 system)", () => {
    expect(excelSerial(0)).toBe(25569); // 1970-01-01
    expect(monthSerial("1997-01")).toBe(35431); // Excel: DATE(1997,1,1) = 35431
  });
});

describe("links to PivotTable cells", () => {
  it("finds a member's figure in the layout Excel gave the PivotTable", () => {
    const table = {
      dimension: "Famille",
      pivot: "TCD_CA_Part",
      labels: [],
      row: 0,
      col: 0,
      fields: [
        { column: "revenue" as const, caption: "Total CA HT", offset: 1, numberFormat: "#,##0.00" },
        { column: "share" as const, caption: "Part du CA", offset: 2, numberFormat: "0.0%" },
      ],
    };
    const values = [
      ["Étiquettes de lignes", "Total CA HT", "Part du CA"],
      ["Drink", 50000, 0.09],
      ["Food", 409036, 0.72],
      ["Total général", 565238, 1],
    ];
    expect(pivotCell(values, "TCD!A21:C24", table, "Food", "share")).toEqual({
      address: "C23",
      numberFormat: "0.0%",
    });
    expect(pivotCell(values, "TCD!A21:C24", table, "Food", "revenue")!.address).toBe("B23");
    expect(pivotCell(values, "TCD!A21:C24", table, "Non-Food", "revenue")).toBeNull();
  });
});
