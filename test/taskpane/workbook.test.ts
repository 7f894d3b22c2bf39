import { qualified, splitQualified } from "../../src/taskpane/workbook";

test.each([
  ["Suivi mensuel", "B5", "'Suivi mensuel'!B5"],
  ["Data", "A1", "Data!A1"],
  ["L'an dernier", "C3", "'L''an dernier'!C3"],
  ["Données", "D4", "'Données'!D4"],
])("qualified(%s, %s) = %s, and back", (sheet, address, full) => {
  expect(qualified(sheet, address)).toBe(full);
  expect(splitQualified(full)).toEqual({ sheet, address });
});

test("an address without a sheet is refused", () => {
  expect(splitQualified("B5")).toBeNull();
});
