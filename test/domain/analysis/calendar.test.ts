import {
  dayOfIso,
  daysInOrdinal,
  firstDayOfOrdinal,
  fiscalYearLabel,
  fiscalYearOfOrdinal,
  fiscalYearStartOrdinal,
  isoOfDay,
  lastDayOfOrdinal,
  monthKeyOfOrdinal,
  monthOrdinalOfDay,
  ordinalOfMonthKey,
} from "../../../src/domain/analysis/calendar";

describe("calendar", () => {
  test("day numbers and ISO dates round-trip, including leap days", () => {
    expect(dayOfIso("1970-01-01")).toBe(0);
    expect(dayOfIso("1997-01-01")).toBe(9862);
    expect(isoOfDay(dayOfIso("2024-02-29"))).toBe("2024-02-29");
    expect(isoOfDay(-1)).toBe("1969-12-31");
  });

  test("month ordinals and keys", () => {
    const o = monthOrdinalOfDay(dayOfIso("2024-03-31"));
    expect(o).toBe(2024 * 12 + 2);
    expect(monthKeyOfOrdinal(o)).toBe("2024-03");
    expect(ordinalOfMonthKey("2024-3")).toBe(o);
    expect(ordinalOfMonthKey("2024-13")).toBeNull();
    expect(ordinalOfMonthKey("mars 2024")).toBeNull();
  });

  test("first, last day and length of a month", () => {
    const feb2024 = ordinalOfMonthKey("2024-02")!;
    expect(isoOfDay(firstDayOfOrdinal(feb2024))).toBe("2024-02-01");
    expect(isoOfDay(lastDayOfOrdinal(feb2024))).toBe("2024-02-29");
    expect(daysInOrdinal(feb2024)).toBe(29);
    expect(daysInOrdinal(ordinalOfMonthKey("2023-02")!)).toBe(28);
    expect(isoOfDay(lastDayOfOrdinal(ordinalOfMonthKey("2024-12")!))).toBe("2024-12-31");
  });

  test("fiscal years starting in April", () => {
    const mar2025 = ordinalOfMonthKey("2025-03")!;
    const apr2025 = ordinalOfMonthKey("2025-04")!;
    expect(fiscalYearOfOrdinal(mar2025, 4)).toBe(2024);
    expect(fiscalYearOfOrdinal(apr2025, 4)).toBe(2025);
    expect(fiscalYearLabel(2024, 4)).toBe("2024-2025");
    expect(fiscalYearLabel(2024, 1)).toBe("2024");
    expect(monthKeyOfOrdinal(fiscalYearStartOrdinal(mar2025, 4))).toBe("2024-04");
    expect(monthKeyOfOrdinal(fiscalYearStartOrdinal(mar2025, 1))).toBe("2025-01");
  });
});
