/** Statut's explanation in the build result names only the branches its formula has. */
import { statusExplanation, statusFormula } from "../../../src/domain/dashboard/tracking";

const refs = { monthRef: "[@Mois]", dateRef: "Ventes[Date]" };

describe("Statut explanation follows the formula written", () => {
  test("partial month without targets: no target wording, as the formula has no target branch", () => {
    const formula = statusFormula({
      lang: "fr",
      partial: [{ month: "2026-11", edge: "end" }],
      targetGapRef: null,
      ...refs,
    })!;
    expect(formula).not.toContain("Objectif atteint");
    const e = statusExplanation(true, false);
    expect(e.fr).toContain("Mois incomplet");
    expect(e.fr).not.toContain("Objectif atteint");
    expect(e.en).not.toContain("Target met");
  });

  test("targets without partial month: no partial-month wording", () => {
    const formula = statusFormula({
      lang: "en",
      partial: [],
      targetGapRef: "[@[Gap to target]]",
      ...refs,
    })!;
    expect(formula).not.toContain("DAY(");
    const e = statusExplanation(false, true);
    expect(e.en).toContain("Target met");
    expect(e.en).not.toContain("Partial month");
    expect(e.fr).not.toContain("Mois incomplet");
  });

  test("both branches", () => {
    const e = statusExplanation(true, true);
    expect(e.fr).toMatch(/Mois incomplet.*sinon.*Objectif atteint/);
    expect(e.en).toMatch(/Partial month.*otherwise.*Target met/);
  });
});
