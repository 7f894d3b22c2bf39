import fc from "fast-check";
import {
  civilFromDays,
  createDateScan,
  DATE_EMPTY,
  DATE_INVALID,
  DATE_OK,
  dayFromDate,
  dayToExcelSerial,
  dayToIso,
  dayToMonthKey,
  daysFromCivil,
  decideDateOrder,
  excelSerialToDay,
  expandTwoDigitYear,
  isDateNumberFormat,
  ORDER_DMY,
  ORDER_MDY,
  ORDER_NONE,
  parseDate,
  scanDate,
  type DateOrder,
} from "../../../src/domain/import/dates";

const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;

describe("day numbers", () => {
  it("counts days since 1970-01-01 like Date.UTC", () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1997, 1, 1)).toBe(day(1997, 1, 1));
    expect(daysFromCivil(2024, 2, 29)).toBe(day(2024, 2, 29));
    expect(daysFromCivil(1900, 3, 1)).toBe(day(1900, 3, 1));
    expect(dayToIso(day(2003, 1, 6))).toBe("2003-01-06");
    expect(dayToMonthKey(day(1997, 12, 30))).toBe("1997-12");
  });

  it("round-trips civil dates (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 100_000 }), (n) => {
        const { year, month, day: d } = civilFromDays(n);
        expect(daysFromCivil(year, month, d)).toBe(n);
        expect(Date.UTC(year, month - 1, d) / 86_400_000).toBe(n);
      })
    );
  });

  it("reads Excel serial numbers, with Excel's 1900 leap-year bug", () => {
    expect(excelSerialToDay(25569)).toBe(0); // 1970-01-01
    expect(excelSerialToDay(35431)).toBe(day(1997, 1, 1));
    expect(excelSerialToDay(45352.75)).toBe(day(2024, 3, 1)); // time of day dropped
    expect(excelSerialToDay(1)).toBe(day(1900, 1, 1));
    expect(excelSerialToDay(59)).toBe(day(1900, 2, 28));
    expect(excelSerialToDay(61)).toBe(day(1900, 3, 1));
    expect(excelSerialToDay(0)).toBeNaN();
    expect(excelSerialToDay(-5)).toBeNaN();
    expect(dayToExcelSerial(day(1997, 1, 1))).toBe(35431);
  });

  it("takes the UTC day of Date objects", () => {
    expect(dayFromDate(new Date(Date.UTC(2024, 0, 15)))).toBe(day(2024, 1, 15));
    expect(dayFromDate(new Date(Date.UTC(2024, 0, 15, 23, 59)))).toBe(day(2024, 1, 15));
  });

  it("expands two-digit years as Excel does", () => {
    expect(expandTwoDigitYear(3)).toBe(2003);
    expect(expandTwoDigitYear(29)).toBe(2029);
    expect(expandTwoDigitYear(30)).toBe(1930);
    expect(expandTwoDigitYear(97)).toBe(1997);
  });
});

describe("scanDate", () => {
  it.each<[string, DateOrder, number]>([
    ["2003-01-06", "dmy", day(2003, 1, 6)],
    ["2003-01-06", "mdy", day(2003, 1, 6)],
    ["2003/01/06", "dmy", day(2003, 1, 6)],
    ["06/01/2003", "dmy", day(2003, 1, 6)],
    ["06/01/2003", "mdy", day(2003, 6, 1)],
    ["1/6/2003", "mdy", day(2003, 1, 6)],
    ["1/6/2003", "dmy", day(2003, 6, 1)],
    ["06.01.2003", "dmy", day(2003, 1, 6)],
    ["06-01-2003", "dmy", day(2003, 1, 6)],
    ["06/01/03", "dmy", day(2003, 1, 6)],
    ["06/01/97", "dmy", day(1997, 1, 6)],
    ["13/01/2024", "mdy", day(2024, 1, 13)], // the value proves its order
    ["01/13/2024", "dmy", day(2024, 1, 13)],
    ["1997-01-01 00:00:00", "dmy", day(1997, 1, 1)],
    ["1997-01-01T10:30:00Z", "dmy", day(1997, 1, 1)],
    ["06/01/2003 14:30", "dmy", day(2003, 1, 6)],
    ["1/6/2003 2:30 PM", "mdy", day(2003, 1, 6)],
    ["6 janv. 2003", "mdy", day(2003, 1, 6)],
    ["6 février 2024", "dmy", day(2024, 2, 6)],
    ["Jan 6, 2003", "dmy", day(2003, 1, 6)],
    ["06-Jan-03", "mdy", day(2003, 1, 6)],
    ["janv.-24", "dmy", day(2024, 1, 1)],
    ["2024-03", "dmy", day(2024, 3, 1)],
    ["03/2024", "dmy", day(2024, 3, 1)],
    ["  2024-02-29 ", "dmy", day(2024, 2, 29)],
  ])("reads %j (%s) as the right day", (text, order, expected) => {
    expect(parseDate(text, order)).toBe(expected);
  });

  it.each([
    "31/02/2024",
    "29/02/2023",
    "13/13/2024",
    "2024-13-01",
    "2024-00-10",
    "1/6",
    "06/01-2003",
    "hello",
    "Total",
    "12",
    "12.5",
    "1997",
    "14:30",
    "06/01/2003 abc",
    "06/01/203",
    "32/01/2024",
  ])("rejects %j", (text) => {
    const scan = createDateScan();
    expect(scanDate(text, "dmy", scan)).toBeNaN();
    expect(scan.status).toBe(DATE_INVALID);
  });

  it("tells an empty cell from a bad one", () => {
    const scan = createDateScan();
    scanDate("   ", "dmy", scan);
    expect(scan.status).toBe(DATE_EMPTY);
    scanDate("", "dmy", scan);
    expect(scan.status).toBe(DATE_EMPTY);
  });

  it("reports what a value says about day/month order", () => {
    const scan = createDateScan();
    const evidence = (text: string): number => {
      scanDate(text, "dmy", scan);
      return scan.evidence;
    };
    expect(evidence("13/01/2024")).toBe(ORDER_DMY);
    expect(evidence("01/13/2024")).toBe(ORDER_MDY);
    expect(evidence("01/02/2024")).toBe(ORDER_NONE);
    expect(evidence("2024-01-13")).toBe(ORDER_NONE);
    scanDate("janv.-24", "dmy", scan);
    expect(scan.monthOnly).toBe(true);
    expect(scan.status).toBe(DATE_OK);
  });
});

describe("decideDateOrder", () => {
  it("decides per column from all values, and refuses to guess on a conflict", () => {
    expect(decideDateOrder({ dmy: 4, mdy: 0 }, "mdy")).toBe("dmy");
    expect(decideDateOrder({ dmy: 0, mdy: 1 }, "dmy")).toBe("mdy");
    expect(decideDateOrder({ dmy: 0, mdy: 0 }, "dmy")).toBe("dmy");
    expect(decideDateOrder({ dmy: 3, mdy: 1 }, "dmy")).toBe("conflict");
  });
});

describe("isDateNumberFormat", () => {
  it.each([
    ["dd/mm/yyyy", true],
    ["m/d/yyyy", true],
    ["m/d/yy h:mm", true],
    ["mmm-yy", true],
    ["mmmm", true],
    ["[$-fr-FR]d mmmm yyyy", true],
    ["yyyy-mm-dd;@", true],
    ["General", false],
    ["Standard", false],
    ["0.00", false],
    ['#,##0.00 "€"', false],
    ["[$€-40C] #,##0.00", false],
    ["0%", false],
    ["h:mm:ss", false],
    ["[h]:mm", false],
    ["@", false],
    ["", false],
  ])("%j is a date format: %s", (format, expected) => {
    expect(isDateNumberFormat(format)).toBe(expected);
  });
});

describe("date parser properties", () => {
  const days = fc.integer({ min: day(1931, 1, 1), max: day(2028, 12, 31) });
  const pad = (n: number): string => String(n).padStart(2, "0");

  it("reads back every written format", () => {
    fc.assert(
      fc.property(days, fc.boolean(), (n, padded) => {
        const { year, month, day: d } = civilFromDays(n);
        const dd = padded ? pad(d) : String(d);
        const mm = padded ? pad(month) : String(month);
        const yy = pad(year % 100);
        expect(parseDate(`${year}-${pad(month)}-${pad(d)}`)).toBe(n);
        expect(parseDate(`${dd}/${mm}/${year}`, "dmy")).toBe(n);
        expect(parseDate(`${mm}/${dd}/${year}`, "mdy")).toBe(n);
        expect(parseDate(`${dd}.${mm}.${year}`, "dmy")).toBe(n);
        expect(parseDate(`${dd}-${mm}-${year}`, "dmy")).toBe(n);
        expect(parseDate(`${dd}/${mm}/${yy}`, "dmy")).toBe(n);
        expect(parseDate(`${mm}/${dd}/${yy}`, "mdy")).toBe(n);
        expect(
          parseDate(
            new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC" }).format(new Date(n * 86_400_000)),
            "dmy"
          )
        ).toBe(n);
        expect(
          parseDate(
            new Intl.DateTimeFormat("en-US", { timeZone: "UTC" }).format(new Date(n * 86_400_000)),
            "mdy"
          )
        ).toBe(n);
        expect(
          parseDate(
            new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", dateStyle: "medium" }).format(
              new Date(n * 86_400_000)
            )
          )
        ).toBe(n);
        expect(
          parseDate(
            new Intl.DateTimeFormat("en-US", { timeZone: "UTC", dateStyle: "medium" }).format(
              new Date(n * 86_400_000)
            )
          )
        ).toBe(n);
        expect(excelSerialToDay(dayToExcelSerial(n))).toBe(n);
      })
    );
  });

  it("never throws on arbitrary text", () => {
    const scan = createDateScan();
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme-composite" }),
        fc.constantFrom<DateOrder>("dmy", "mdy"),
        (text, order) => {
          const value = scanDate(text, order, scan);
          expect([DATE_OK, DATE_EMPTY, DATE_INVALID]).toContain(scan.status);
          if (scan.status === DATE_OK) expect(Number.isInteger(value)).toBe(true);
          else expect(value).toBeNaN();
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("never throws on strings made of date characters", () => {
    const scan = createDateScan();
    const chars = fc.constantFrom(..."0123456789/-.: TZjanvJanPM,".split(""));
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 24 }).map((a) => a.join("")),
        (text) => {
          scanDate(text, "dmy", scan);
          expect([DATE_OK, DATE_EMPTY, DATE_INVALID]).toContain(scan.status);
        }
      ),
      { numRuns: 3000 }
    );
  });
});
