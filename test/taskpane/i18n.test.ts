import { STRINGS, type Strings } from "../../src/taskpane/i18n/strings";

/** Every text of a language, functions called with sample arguments. */
function allTexts(s: Strings): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  const visit = (key: string, value: unknown) => {
    if (typeof value === "string") out.push({ key, text: value });
    else if (typeof value === "function") {
      const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? 12 : `x${i}`));
      const text = (value as (...a: unknown[]) => unknown)(...args);
      if (typeof text === "string") out.push({ key, text });
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(`${key}.${k}`, v);
    }
  };
  for (const [k, v] of Object.entries(s)) visit(k, v);
  return out;
}

describe("French strings follow French typography", () => {
  const texts = allTexts(STRINGS.fr);

  test("there are many strings", () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  test.each(texts.map((t) => [t.key, t.text]))("%s", (_key, text) => {
    // Straight apostrophe: French uses the typographic one.
    expect(text).not.toMatch(/'/);
    // No ordinary space (or none at all) before : ; ! ? (except in times, URLs, ratios like 1:2).
    expect(text).not.toMatch(/ [:;!?]/);
    expect(text).not.toMatch(/[\p{L}\d)»][;!?]/u);
    expect(text).not.toMatch(/[\p{L})»]:/u);
    // No-break space before ":", narrow no-break space before ";", "!" and "?".
    expect(text).not.toMatch(/\u202f:/);
    expect(text).not.toMatch(/\u00a0[;!?]/);
    // Guillemets, not straight quotes, with no-break spaces inside.
    expect(text).not.toMatch(/"/);
    expect(text).not.toMatch(/« |«(?!\u00a0)| »|[^\u00a0]»/);
  });
});

describe("English strings", () => {
  test.each(allTexts(STRINGS.en).map((t) => [t.key, t.text]))(
    "%s has no French spacing",
    (_k, text) => {
      expect(text).not.toMatch(/[\u00a0\u202f][:;!?]/);
      expect(text).not.toMatch(/«|»/);
    }
  );
});

test("both languages define the same keys", () => {
  const keys = (s: Strings) =>
    allTexts(s)
      .map((t) => t.key)
      .sort();
  expect(keys(STRINGS.en)).toEqual(keys(STRINGS.fr));
});

test("key French labels use the words French users expect", () => {
  const fr = STRINGS.fr;
  expect(fr.refresh).toMatch(/^Actualiser/);
  expect(fr.build).toBe("Générer le tableau de bord");
  expect(fr.rejectedHeading).toBe("Lignes rejetées");
  expect(fr.roles.revenue).toBe("CA HT");
  expect(fr.roles.cost).toBe("Coût d’achat");
});
