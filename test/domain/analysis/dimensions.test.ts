import { chooseDimensions } from "../../../src/domain/analysis/dimensions";

describe("main and second dimensions", () => {
  const dims = [
    { header: "Client", kind: "customer" as const, members: 800 },
    { header: "Gamme", kind: "category" as const, members: 5 },
    { header: "Ville", kind: "region" as const, members: 40 },
    { header: "Région", kind: "region" as const, members: 6 },
    { header: "Pays", kind: "region" as const, members: 1 },
  ];

  test("region first (the readable one), then another kind", () => {
    expect(chooseDimensions(dims)).toEqual({ main: "Région", second: "Gamme" });
  });

  test("requested dimensions win when they exist", () => {
    expect(chooseDimensions(dims, "Client", "Ville")).toEqual({ main: "Client", second: "Ville" });
    expect(chooseDimensions(dims, "Inconnue")).toEqual({ main: "Région", second: "Gamme" });
  });

  test("a single-member dimension is used only when nothing else exists; none → null", () => {
    expect(chooseDimensions([{ header: "Pays", kind: "region", members: 1 }])).toEqual({
      main: "Pays",
      second: null,
    });
    expect(chooseDimensions([])).toEqual({ main: null, second: null });
  });
});
