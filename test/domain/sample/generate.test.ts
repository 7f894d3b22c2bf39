import { generateSample, salesCsv, targetsCsv, SAMPLE_HEADERS } from "../../../src/domain/sample";
import { EXCEPTIONAL_CUSTOMER, workingDays } from "../../../src/domain/sample/generate";
import { easterDay, frenchHolidays } from "../../../src/domain/sample/holidays";
import { csvField, frenchDate, frenchMoney } from "../../../src/domain/sample/csv";
import { dayOfIso, isoOfDay, ordinalOfMonthKey } from "../../../src/domain/analysis/calendar";
import { weekdayOfDay } from "../../../src/domain/analysis/partial";

const sample = generateSample();

describe("sample generator", () => {
  test("deterministic per seed; another seed gives other lines", () => {
    expect(salesCsv(generateSample({ seed: 2026 }))).toBe(salesCsv(sample));
    expect(salesCsv(generateSample({ seed: 7 }))).not.toBe(salesCsv(sample));
    expect(salesCsv(generateSample({ seed: 7 }))).toBe(salesCsv(generateSample({ seed: 7 })));
  });

  test("a few thousand lines over 26 months, the last one stopping on the 17th", () => {
    expect(sample.lines.length).toBeGreaterThan(3000);
    expect(sample.lines.length).toBeLessThan(6000);
    expect(isoOfDay(sample.lines[0].day)).toBe("2024-10-01");
    expect(isoOfDay(sample.lines[sample.lines.length - 1].day)).toBe("2026-11-17");
    const months = new Set(sample.lines.map((l) => isoOfDay(l.day).slice(0, 7)));
    expect(months.size).toBe(26);
  });

  test("sales only on working days (no weekends, no French public holidays)", () => {
    const holidays = new Set([2024, 2025, 2026].flatMap((y) => [...frenchHolidays(y)]));
    for (const line of sample.lines) {
      expect(weekdayOfDay(line.day)).toBeLessThan(5);
      expect(holidays.has(line.day)).toBe(false);
    }
  });

  test("credit notes are negative lines with their own numbers; every line has a cost", () => {
    const credits = sample.lines.filter((l) => l.revenue < 0);
    expect(credits.length).toBeGreaterThan(50);
    for (const c of credits) {
      expect(c.invoice).toMatch(/^AV-\d{4}-\d{5}$/);
      expect(c.quantity).toBeLessThan(0);
      expect(c.cost).toBeLessThan(0);
    }
    for (const l of sample.lines) {
      expect(Number.isFinite(l.cost)).toBe(true);
      expect(Math.round(l.quantity * l.unitPrice * 100) / 100).toBe(l.revenue);
    }
  });

  test("lines of one invoice share a customer and a day", () => {
    const byInvoice = new Map<string, Set<string>>();
    for (const l of sample.lines) {
      const set = byInvoice.get(l.invoice) ?? new Set<string>();
      set.add(`${l.day}|${l.customer}`);
      byInvoice.set(l.invoice, set);
    }
    for (const set of byInvoice.values()) expect(set.size).toBe(1);
  });

  test("customer names follow French elision (d'Amiens, not de Amiens)", () => {
    const names = new Set(sample.lines.map((l) => l.customer));
    for (const n of names) expect(n).not.toMatch(/ de [AEIOUÉÈÂÎ]/);
  });

  test("the unusual month: one exceptional furniture order from a one-off customer in June 2025", () => {
    const order = sample.lines.filter((l) => l.customer === EXCEPTIONAL_CUSTOMER);
    expect(order.length).toBeGreaterThan(0);
    expect(new Set(order.map((l) => isoOfDay(l.day).slice(0, 7)))).toEqual(new Set(["2025-06"]));
    expect(new Set(order.map((l) => l.invoice)).size).toBe(1);
    expect(order.every((l) => l.range === "Mobilier" && l.region === "Nord")).toBe(true);
  });

  test("five regions, six salespeople, five product ranges", () => {
    expect(new Set(sample.lines.map((l) => l.region))).toEqual(
      new Set(["Île-de-France", "Nord", "Est", "Sud", "Ouest"])
    );
    expect(new Set(sample.lines.map((l) => l.salesperson)).size).toBe(6);
    expect(new Set(sample.lines.map((l) => l.range)).size).toBe(5);
  });

  test("monthly targets for each of the 26 months", () => {
    expect(sample.targets).toHaveLength(26);
    expect(sample.targets[0].month).toBe("2024-10");
    expect(sample.targets[25].month).toBe("2026-11");
    for (const t of sample.targets) expect(t.target % 100).toBe(0);
  });

  test("working days of a month, up to a given day", () => {
    const nov2026 = ordinalOfMonthKey("2026-11")!;
    // November 2026: 21 weekdays, minus All Saints (Sunday 1st anyway) and Armistice (Wed 11th).
    expect(workingDays(nov2026)).toHaveLength(20);
    expect(isoOfDay(workingDays(nov2026, 17).at(-1)!)).toBe("2026-11-17");
  });
});

describe("French public holidays", () => {
  test("Easter Sunday (known dates)", () => {
    expect(isoOfDay(easterDay(2024))).toBe("2024-03-31");
    expect(isoOfDay(easterDay(2025))).toBe("2025-04-20");
    expect(isoOfDay(easterDay(2026))).toBe("2026-04-05");
  });

  test("11 holidays including Easter Monday, Ascension and Whit Monday", () => {
    const h = frenchHolidays(2025);
    expect(h.size).toBe(11);
    for (const iso of ["2025-04-21", "2025-05-29", "2025-06-09", "2025-07-14", "2025-12-25"]) {
      expect(h.has(dayOfIso(iso))).toBe(true);
    }
  });
});

describe("French Excel CSV", () => {
  test("header, separator, decimal comma, dates and CRLF", () => {
    const text = salesCsv(sample);
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(SAMPLE_HEADERS.join(";"));
    expect(text.includes("\n") && !/[^\r]\n/.test(text)).toBe(true);
    expect(lines[1]).toMatch(/^01\/10\/2024;FA-2024-00001;/);
    expect(lines[1].split(";")).toHaveLength(SAMPLE_HEADERS.length);
    expect(targetsCsv(sample).split("\r\n")[0]).toBe("Mois;Objectif CA HT");
  });

  test("number, date and field formatting", () => {
    expect(frenchMoney(1234.5)).toBe("1234,50");
    expect(frenchMoney(-27.8)).toBe("-27,80");
    expect(frenchDate(dayOfIso("2025-03-07"))).toBe("07/03/2025");
    expect(csvField("Cabinet Durand")).toBe("Cabinet Durand");
    expect(csvField('Dupont; "fils"')).toBe('"Dupont; ""fils"""');
  });
});
