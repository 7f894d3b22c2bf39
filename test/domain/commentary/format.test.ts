/**
 * Typography of the commentary, checked character by character against what the product asks
 * (PRODUCT.md: "1 284 350 €", "8,4 %", "$1,284,350", "8.4%", "mars 2024", "March 2024") and
 * what Node's ICU (CLDR) actually outputs: U+202F (narrow no-break space) between thousands,
 * U+00A0 (no-break space) before "€" and before "%" in French.
 */
import {
  displayedPercent,
  formatCount,
  formatDayMonth,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  formatCountWords,
  formatPoints,
  moneyDecimals,
  monthName,
  normalizeCurrency,
  shareDecimals,
} from "../../../src/domain/commentary/format";

const NNBSP = "\u202f";
const NBSP = "\u00a0";

describe("formatMoney", () => {
  test("French euros: narrow no-break space between thousands, no-break space before €", () => {
    expect(formatMoney(1284350, "fr", "EUR")).toBe(`1${NNBSP}284${NNBSP}350${NBSP}€`);
  });
  test("English: $1,284,350 and €54,000", () => {
    expect(formatMoney(1284350, "en", "USD")).toBe("$1,284,350");
    expect(formatMoney(54000, "en", "EUR")).toBe("€54,000");
  });
  test("French dollars are written $US, never €", () => {
    const text = formatMoney(56965.64, "fr", "USD");
    expect(text).toBe(`56${NNBSP}966${NBSP}$US`);
    expect(text).not.toContain("€");
  });
  test("rounds to units from 100 up, shows cents below only when there are cents", () => {
    expect(formatMoney(56965.64, "en", "USD")).toBe("$56,966");
    expect(formatMoney(12.5, "fr", "EUR")).toBe(`12,50${NBSP}€`);
    expect(moneyDecimals(99.99)).toBe(2);
    expect(moneyDecimals(-100)).toBe(0);
    // The reviewer's cases: "99,00 €" and "60,00 €" beside rounded figures.
    expect(formatMoney(99, "fr", "EUR")).toBe(`99${NBSP}€`);
    expect(formatMoney(60, "fr", "EUR")).toBe(`60${NBSP}€`);
    expect(formatMoney(-150, "en", "EUR")).toBe("-€150");
    // 99.995 shows as 100, at the precision of 100.
    expect(formatMoney(99.995, "fr", "EUR")).toBe(`100${NBSP}€`);
  });
  test("signed amounts for changes", () => {
    expect(formatMoney(9200, "fr", "EUR", { signed: true })).toBe(`+9${NNBSP}200${NBSP}€`);
    expect(formatMoney(-9200, "en", "EUR", { signed: true })).toBe("-€9,200");
    // A change that rounds to zero shows no sign.
    expect(formatMoney(-0.001, "en", "USD", { signed: true })).toBe("$0");
  });
  test("no currency: a plain number, no guessed symbol", () => {
    expect(formatMoney(565238.13, "en", null)).toBe("565,238");
    expect(formatMoney(565238.13, "fr", null)).toBe(`565${NNBSP}238`);
  });
});

describe("normalizeCurrency", () => {
  test("accepts ISO codes in any case, rejects the rest", () => {
    expect(normalizeCurrency("usd")).toBe("USD");
    expect(normalizeCurrency(" EUR ")).toBe("EUR");
    expect(normalizeCurrency("€")).toBeNull();
    expect(normalizeCurrency("euros")).toBeNull();
    expect(normalizeCurrency(null)).toBeNull();
  });
});

describe("formatPercent", () => {
  test("French 8,4 % with a no-break space (what ICU gives), English 8.4%", () => {
    expect(formatPercent(0.084, "fr")).toBe(`8,4${NBSP}%`);
    expect(formatPercent(0.084, "en")).toBe("8.4%");
  });
  test("thousands in a large percentage use the narrow no-break space", () => {
    expect(formatPercent(12.5, "fr")).toBe(`1${NNBSP}250${NBSP}%`);
  });
  test("signed and rounded", () => {
    expect(formatPercent(-0.1197, "fr", { signed: true })).toBe(`-12${NBSP}%`);
    expect(formatPercent(0.022, "en", { signed: true })).toBe("+2.2%");
    expect(formatPercent(-0.0004, "en", { signed: true })).toBe("0%");
  });
  test("shares: no decimal from 10 %", () => {
    expect(shareDecimals(0.38)).toBe(0);
    expect(shareDecimals(0.044)).toBe(1);
    expect(formatPercent(0.384, "fr", { decimals: shareDecimals(0.384) })).toBe(`38${NBSP}%`);
    expect(displayedPercent(0.0843)).toBe(8.4);
  });
});

describe("formatCountWords", () => {
  test("words up to ten, digits beyond (French and English plural rules)", () => {
    expect(formatCountWords(2, "fr", "an", "ans")).toBe("deux ans");
    expect(formatCountWords(1, "fr", "mois", "mois")).toBe("un mois");
    expect(formatCountWords(10, "en", "month", "months")).toBe("ten months");
    expect(formatCountWords(1, "en", "year", "years")).toBe("one year");
    expect(formatCountWords(12, "fr", "mois", "mois")).toBe("12 mois");
    expect(formatCountWords(11, "en", "year", "years")).toBe("11 years");
  });
});

describe("formatPoints", () => {
  test("points of rate, French singular below 2 (Intl.PluralRules)", () => {
    expect(formatPoints(-0.023, "fr")).toBe("2,3 points");
    expect(formatPoints(0.015, "fr")).toBe("1,5 point");
    // English says "percentage points".
    expect(formatPoints(0.01, "en")).toBe("1 percentage point");
    expect(formatPoints(0.023, "en", { signed: true })).toBe("+2.3 percentage points");
  });
});

describe("counts", () => {
  test("French plural rule: 0 and 1 singular", () => {
    expect(formatCount(0, "fr", "ligne", "lignes")).toBe("0 ligne");
    expect(formatCount(1, "fr", "ligne", "lignes")).toBe("1 ligne");
    expect(formatCount(1250, "fr", "ligne", "lignes")).toBe(`1${NNBSP}250 lignes`);
    expect(formatCount(0, "en", "row", "rows")).toBe("0 rows");
    expect(formatNumber(26796, "en")).toBe("26,796");
  });
});

describe("months and days", () => {
  test("French months in lower case, English capitalised", () => {
    expect(formatMonth("2024-03", "fr")).toBe("mars 2024");
    expect(formatMonth("2024-03", "en")).toBe("March 2024");
    expect(formatMonth("1997-12", "fr", false)).toBe("décembre");
    expect(monthName(8, "fr")).toBe("août");
  });
  test("days: 1er in French, month-first in English", () => {
    expect(formatDayMonth("2025-01-17", "fr")).toBe("17 janvier");
    expect(formatDayMonth("2025-01-01", "fr")).toBe("1er janvier");
    expect(formatDayMonth("2025-01-17", "en")).toBe("January 17");
  });
});
