import { describeError } from "../../src/taskpane/errors";
import { STRINGS } from "../../src/taskpane/i18n/strings";
import { LocalizedError } from "../../src/taskpane/wiring";

const fr = STRINGS.fr;
const en = STRINGS.en;

test("an Office error code becomes a plain message and what to do next", () => {
  const err = Object.assign(new Error("The operation is not allowed in cell edit mode."), {
    code: "InvalidOperationInEditMode",
  });
  expect(describeError(err, fr, "fr")).toEqual({
    message: "Excel est en train de modifier une cellule.",
    action: "Appuyez sur Entrée ou Échap pour terminer la saisie, puis réessayez.",
    detail: "InvalidOperationInEditMode: The operation is not allowed in cell edit mode.",
  });
  expect(describeError(err, en, "en").action).toBe(
    "Press Enter or Esc to finish typing, then try again."
  );
});

test("every code has its text in both languages", () => {
  expect(Object.keys(fr.errors).sort()).toEqual(Object.keys(en.errors).sort());
  for (const code of Object.keys(fr.errors)) {
    const e = Object.assign(new Error("x"), { code });
    expect(describeError(e, fr, "fr").message).toBe(fr.errors[code].message);
  }
});

test("the dashboard builder's message is shown in the UI language", () => {
  const err = new LocalizedError({
    fr: "Le classeur est resté tel qu’il était.",
    en: "The workbook was left as it was.",
  });
  expect(describeError(err, fr, "fr").message).toBe("Le classeur est resté tel qu’il était.");
  expect(describeError(err, en, "en").message).toBe("The workbook was left as it was.");
  expect(describeError(err, en, "en").action).toBe(en.unexpectedAction);
});

test("with a known Excel code, the builder's message keeps the pane's next step", () => {
  const err = new LocalizedError(
    { fr: "Feuille protégée.", en: "Protected sheet." },
    "AccessDenied"
  );
  expect(describeError(err, fr, "fr")).toEqual({
    message: "Feuille protégée.",
    action: fr.errors.AccessDenied.action,
    detail: "AccessDenied: Protected sheet.",
  });
});

test("anything else: an unexpected error, never a crash", () => {
  expect(describeError(new TypeError("x is undefined"), fr, "fr")).toEqual({
    message: "Une erreur inattendue s’est produite (TypeError).",
    action: fr.unexpectedAction,
    detail: "x is undefined",
  });
  expect(describeError("boom", en, "en").detail).toBe("boom");
});
