import { findTotalLabel, isRepeatedHeader, isTotalLabel } from "../../../src/domain/import/rows";
import { normalizeHeader } from "../../../src/domain/import/headers";

describe("total lines", () => {
  it.each([
    "Total",
    "TOTAL GÉNÉRAL",
    "Sous-total",
    "Sous-total Nord",
    "Grand total",
    "Total janvier",
    "Totaux",
    "Subtotal",
  ])("%j labels a total", (label) => expect(isTotalLabel(label)).toBe(true));

  it.each(["Totalement bio", "Dupont", "", "Sous-traitance"])("%j does not", (label) =>
    expect(isTotalLabel(label)).toBe(false)
  );

  it("finds the label among the given columns only", () => {
    expect(findTotalLabel(["", "Total général", "1 234,56"])).toBe("Total général");
    expect(findTotalLabel(["", "Total général", "1 234,56"], [0, 2])).toBeNull();
  });
});

describe("isRepeatedHeader", () => {
  const headers = ["Date", "Client", "CA HT"].map(normalizeHeader);
  it("recognises the header repeated with other case or spaces", () => {
    expect(isRepeatedHeader(["Date", "Client", "CA HT"], headers)).toBe(true);
    expect(isRepeatedHeader([" date ", "CLIENT", "ca ht"], headers)).toBe(true);
    expect(isRepeatedHeader(["01/01/2024", "Client", "12"], headers)).toBe(false);
  });
});
