import { statusFormula } from "../../src/domain/dashboard/tracking";
import { STRINGS } from "../../src/taskpane/i18n/strings";
import { NBSP } from "../../src/taskpane/i18n/typography";
import { explainColumn, statusBranches } from "../../src/taskpane/trainer/explain";
import { displayFormula } from "../../src/taskpane/trainer/formulaLocale";

/*
 * The trainer explains Statut from the formula actually written: the partial-month branch only
 * when a month is partial, the target branch only when the table has targets. Formulas built by
 * the dashboard's own statusFormula, shown as the pane shows them.
 */

const refs = {
  fr: { monthRef: "[@Mois]", dateRef: "Ventes[Date]", gap: "[@[Écart objectif]]" },
  en: { monthRef: "[@Month]", dateRef: "Sales[Date]", gap: "[@[Gap to target]]" },
};

function explained(lang: "fr" | "en", partial: boolean, targets: boolean) {
  const r = refs[lang];
  const formula = statusFormula({
    lang,
    partial: partial ? [{ month: "2026-11", edge: "end" }] : [],
    monthRef: r.monthRef,
    dateRef: r.dateRef,
    targetGapRef: targets ? r.gap : null,
  });
  if (!formula) throw new Error("no Statut formula");
  const shown = displayFormula(formula, lang);
  return { shown, text: explainColumn("status", shown, STRINGS[lang]) };
}

test("French, partial month without targets: the formula has no target branch, nor has the explanation", () => {
  const { shown, text } = explained("fr", true, false);
  expect(shown).toBe(
    '=SI([@Mois]=DATE(2026;11;1);"Mois incomplet (jusqu’au "&JOUR(MAX(Ventes[Date]))&")";"")'
  );
  expect(text).toBe(
    `Statut du mois (fonction SI)${NBSP}: «${NBSP}Mois incomplet (jusqu’au n)${NBSP}» pour un mois partiel, ` +
      "n étant le jour de la dernière date des données (JOUR(MAX(Ventes[Date])))\u202f; " +
      "vide pour les autres mois (pas d’objectif)."
  );
  expect(text).not.toMatch(/Objectif atteint|Sous l’objectif|sinon/);
});

test("French, partial month and targets: both branches explained, in the formula's order", () => {
  const { shown, text } = explained("fr", true, true);
  expect(shown).toContain('>=0;"Objectif atteint";"Sous l’objectif"');
  expect(text).toContain(`«${NBSP}Mois incomplet (jusqu’au n)${NBSP}»`);
  expect(text).toContain(
    `\u202f; sinon «${NBSP}Objectif atteint${NBSP}» si l’écart objectif est positif ou nul, ` +
      `«${NBSP}Sous l’objectif${NBSP}» s’il est négatif, vide sans objectif.`
  );
});

test("French, targets and no partial month: no partial-month wording", () => {
  const { text } = explained("fr", false, true);
  expect(text).toBe(
    `Statut du mois (fonction SI)${NBSP}: «${NBSP}Objectif atteint${NBSP}» si l’écart objectif est positif ou nul, ` +
      `«${NBSP}Sous l’objectif${NBSP}» s’il est négatif, vide sans objectif.`
  );
});

test("English, partial month without targets: no target wording", () => {
  const { shown, text } = explained("en", true, false);
  expect(shown).toBe(
    '=IF([@Month]=DATE(2026,11,1),"Partial month (to day "&DAY(MAX(Sales[Date]))&")","")'
  );
  expect(text).toBe(
    "Status of the month (IF): “Partial month (to day n)” for a partial month, n being the day of " +
      "the data’s last date (DAY(MAX(Sales[Date]))); blank for the other months (no targets)."
  );
  expect(text).not.toMatch(/Target met|Below target|otherwise/);
});

test("English, partial month and targets: both branches", () => {
  const { text } = explained("en", true, true);
  expect(text).toContain("“Partial month (to day n)”");
  expect(text).toContain(
    "; otherwise “Target met” when the gap to target is zero or more, “Below target” when it is negative"
  );
});

test("the explanation quotes the formula's own texts (English workbook, French pane)", () => {
  const formula = statusFormula({
    lang: "en",
    partial: [{ month: "2026-01", edge: "start" }],
    monthRef: "[@Month]",
    dateRef: "Sales[Date]",
    targetGapRef: null,
  })!;
  const shown = displayFormula(formula, "fr");
  expect(statusBranches(shown)).toEqual({
    partial: [{ label: "Partial month (from day n)", day: "JOUR(MIN(Sales[Date]))", last: false }],
    target: null,
  });
  expect(explainColumn("status", shown, STRINGS.fr)).toContain(
    "n étant le jour de la première date des données (JOUR(MIN(Sales[Date])))"
  );
});

test("other columns keep their fixed explanation", () => {
  expect(explainColumn("revenue", "=SOMME.SI.ENS(...)", STRINGS.fr)).toBe(
    STRINGS.fr.explanations.revenue
  );
});
