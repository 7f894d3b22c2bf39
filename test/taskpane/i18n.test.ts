import { importCsvText } from "../../src/domain/import/csv";
import { formatCount } from "../../src/taskpane/i18n/format";
import { STRINGS, type Strings } from "../../src/taskpane/i18n/strings";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

/** Every text of a language, functions called with sample arguments. */
function allTexts(s: Strings): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  const visit = (key: string, value: unknown) => {
    if (typeof value === "string") out.push({ key, text: value });
    else if (key === "statusExplanation") {
      // Takes the Statut formula's branches: all three shapes.
      const explain = value as Strings["statusExplanation"];
      const partial = [
        { label: "Mois incomplet (jusqu’au n)", day: "JOUR(MAX(T[Date]))", last: true },
      ];
      const target = { met: "Objectif atteint", below: "Sous l’objectif" };
      out.push({ key: `${key}.partial`, text: explain({ partial, target: null }) });
      out.push({ key: `${key}.target`, text: explain({ partial: [], target }) });
      out.push({ key: `${key}.both`, text: explain({ partial, target }) });
    } else if (typeof value === "function") {
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

describe("count-bearing strings agree with their count", () => {
  const { fr, en } = STRINGS;
  const f = (n: number, lang: "fr" | "en") => formatCount(n, lang);
  test("row summary: singular for one (and zero in French), plural otherwise", () => {
    expect(fr.rowsSummary(f(1, "fr"), f(1, "fr"), f(0, "fr"), 0)).toBe(
      "1 ligne lue, 1 importée, 0 rejetée."
    );
    expect(fr.rowsSummary(f(4870, "fr"), f(4868, "fr"), f(2, "fr"), 2)).toBe(
      `4${NNBSP}870 lignes lues, 4${NNBSP}868 importées, 2 rejetées.`
    );
    expect(en.rowsSummary(f(1, "en"), f(1, "en"), f(0, "en"), 0)).toBe(
      "1 row read, 1 imported, 0 rejected."
    );
    expect(en.rowsSummary(f(4870, "en"), f(4870, "en"), f(0, "en"), 0)).toBe(
      "4,870 rows read, 4,870 imported, 0 rejected."
    );
  });
  test("months read, rows of a source, the full list of issues", () => {
    expect(fr.monthlyTargetsParsed(1)).toBe("1 mois lu.");
    expect(fr.monthlyTargetsParsed(12)).toBe("12 mois lus.");
    expect(en.monthlyTargetsParsed(0)).toBe("0 months read.");
    expect(en.monthlyTargetsParsed(1)).toBe("1 month read.");
    expect(fr.rowCount("0", 0)).toBe("0 ligne");
    expect(en.rowCount("0", 0)).toBe("0 rows");
    expect(fr.showAllIssues(12000)).toBe(`Afficher la liste complète (12${NNBSP}000)`);
    expect(en.showAllIssues(12000)).toBe("Show the full list (12,000)");
  });
  test("an import message already placed is not placed twice", () => {
    const r = importCsvText("Date;Client;CA\n05/01/2024;A;10\n31/02/2024;B;20\n06/01/2024;C;5\n");
    const issue = r.issues.find((i) => i.code === "bad-date")!;
    expect(fr.issueLine(issue.row, issue.column, issue.message.fr)).toBe(
      `Ligne 3, colonne «${NBSP}Date${NBSP}»${NBSP}: «${NBSP}31/02/2024${NBSP}» n'est pas une date lisible${NNBSP}; ligne rejetée.`
    );
    expect(en.issueLine(issue.row, issue.column, issue.message.en)).toBe(
      "Row 3, column “Date”: “31/02/2024” is not a readable date; row rejected."
    );
    // A bare message gets its place.
    expect(fr.issueLine(5, null, "date impossible")).toBe(`Ligne 5${NBSP}: date impossible`);
  });
});
