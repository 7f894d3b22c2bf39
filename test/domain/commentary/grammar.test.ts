/** French elision, articles and contractions; naming members of a dimension in both languages. */
import {
  ASPIRATED_H_WORDS,
  MUTE_H_FIRST_NAMES,
  aArticleFr,
  capitalize,
  elidesFr,
  deArticleFr,
  deFr,
  queFr,
  withArticleFr,
} from "../../../src/domain/commentary/grammar";
import {
  dimensionNoun,
  memberPhraseEn,
  memberPhraseFr,
  normalizeHeader,
} from "../../../src/domain/commentary/members";

describe("French elision", () => {
  test("d'avril, d'octobre, d'août but de mars, de décembre", () => {
    expect(deFr("avril")).toBe("d'avril");
    expect(deFr("octobre 2024")).toBe("d'octobre 2024");
    expect(deFr("août")).toBe("d'août");
    expect(deFr("mars")).toBe("de mars");
    expect(deFr("décembre")).toBe("de décembre");
    expect(queFr("en 2023")).toBe("qu'en 2023");
    expect(queFr("sur l'exercice")).toBe("que sur l'exercice");
  });
  test("mute h: d'Hélène, d'Hervé for first names and people; aspirated h: de Hollande, du Havre", () => {
    // First names with a mute h elide in any context.
    for (const name of ["Hélène Robert", "Hervé", "Hugo Martin", "Hubert", "Henri", "Hector"])
      expect(deFr(name)).toBe(`d'${name}`);
    for (const name of ["Honoré", "Hortense", "Hippolyte"]) expect(elidesFr(name)).toBe(true);
    // A person's name with h + vowel elides (the person rule), except aspirated h words.
    expect(deFr("Hamid Benali", true)).toBe("d'Hamid Benali");
    expect(deFr("Hollande", true)).toBe("de Hollande");
    expect(deFr("Hans Müller", true)).toBe("de Hans Müller");
    // Places and other words: an h is taken as aspirated.
    for (const place of ["Hauts-de-France", "Hongrie", "Hainaut", "Hambourg", "Hamid"])
      expect(deFr(place)).toBe(`de ${place}`);
    // Not an h + vowel, or a consonant: no elision, even for a person.
    expect(deFr("Thomas Le Gall", true)).toBe("de Thomas Le Gall");
    expect(deFr("Hrvoje", true)).toBe("de Hrvoje");
    for (const name of MUTE_H_FIRST_NAMES) expect(ASPIRATED_H_WORDS.has(name)).toBe(false);
  });
  test("salespeople named with a mute h: « le CA d'Hélène Robert »", () => {
    const seller = dimensionNoun("Commercial");
    expect(memberPhraseFr("Hélène Robert", "Commercial", seller).de).toBe("d'Hélène Robert");
    expect(memberPhraseFr("Hamid Benali", "Commercial", seller).de).toBe("d'Hamid Benali");
    expect(memberPhraseFr("Thomas Le Gall", "Commercial", seller).de).toBe("de Thomas Le Gall");
    // A city is no person: "de Hambourg"; a region keeps its article: "de la région Hauts-de-France".
    expect(memberPhraseFr("Hambourg", "Ville", dimensionNoun("Ville")).de).toBe("de Hambourg");
    expect(memberPhraseFr("Hauts-de-France", "Région", dimensionNoun("Région")).de).toBe(
      "de la région Hauts-de-France"
    );
  });
  test("articles and contractions agree with the noun", () => {
    expect(withArticleFr("région", "f")).toBe("la région");
    expect(withArticleFr("magasin", "m")).toBe("le magasin");
    expect(withArticleFr("État", "m")).toBe("l'État");
    expect(deArticleFr("magasin", "m")).toBe("du magasin");
    expect(deArticleFr("gamme", "f")).toBe("de la gamme");
    expect(deArticleFr("agence", "f")).toBe("de l'agence");
    expect(aArticleFr("rayon", "m")).toBe("au rayon");
    expect(aArticleFr("catégorie", "f")).toBe("à la catégorie");
  });
  test("capitalize only the first letter", () => {
    expect(capitalize("à fin juin 2024")).toBe("À fin juin 2024");
    expect(capitalize("")).toBe("");
  });
});

describe("dimension nouns from headers (French and English)", () => {
  test("headers normalised: accents, underscores, camel case", () => {
    expect(normalizeHeader("Région_commerciale")).toBe("region commerciale");
    expect(normalizeHeader("productFamily")).toBe("product family");
  });
  test.each([
    ["Région commerciale", "region"],
    ["sales_region", "region"],
    ["Magasin", "store"],
    ["store", "store"],
    ["Type de magasin", "storeType"],
    ["store_type", "storeType"],
    ["Famille", "family"],
    ["product_family", "family"],
    ["Rayon", "department"],
    ["product_department", "department"],
    ["Département", "frenchDepartement"],
    ["Catégorie", "category"],
    ["product_category", "category"],
    ["Gamme", "range"],
    ["Ville", "city"],
    ["État", "state"],
    ["Commercial", "salesperson"],
    ["Vendeur", "salesperson"],
    ["Client", "customer"],
    ["Canal de vente", "channel"],
    ["Article", "item"],
  ])("%s → %s", (header, id) => {
    expect(dimensionNoun(header)?.id).toBe(id);
  });
  test("unknown header: the import's kind, else nothing", () => {
    expect(dimensionNoun("Typologie")).toBeNull();
    expect(dimensionNoun("Typologie", "customer")?.id).toBe("customer");
    expect(dimensionNoun("Typologie", "other")).toBeNull();
  });
});

describe("member phrases", () => {
  const phrase = (label: string, header: string) =>
    memberPhraseFr(label, header, dimensionNoun(header));
  test("gender and article from the dimension", () => {
    expect(phrase("Ouest", "Région").np).toBe("la région Ouest");
    expect(phrase("Ouest", "Région").gender).toBe("f");
    expect(phrase("Lyon", "Magasin").np).toBe("le magasin Lyon");
    expect(phrase("Lyon", "Magasin").de).toBe("du magasin Lyon");
    expect(phrase("Papeterie", "Gamme").de).toBe("de la gamme Papeterie");
    expect(phrase("Household", "Rayon").npStart).toBe("Le rayon Household");
    expect(phrase("Snacks", "Catégorie").np).toBe("la catégorie Snacks");
    expect(phrase("WA", "État").np).toBe("l'État WA");
    expect(phrase("WA", "État").de).toBe("de l'État WA");
  });
  test("the noun is not repeated when the label starts with it", () => {
    expect(phrase("Magasin Lyon", "Magasin").np).toBe("le Magasin Lyon");
  });
  test("people and cities go without article, and without gender agreement", () => {
    const p = phrase("Anne Martin", "Commercial");
    expect(p.np).toBe("Anne Martin");
    expect(p.de).toBe("d'Anne Martin");
    expect(p.gender).toBeNull();
    expect(phrase("Tacoma", "Ville").de).toBe("de Tacoma");
  });
  test("unknown dimension: no article, the header in brackets", () => {
    const p = memberPhraseFr("Grand compte", "Typologie", null);
    expect(p.np).toBe("Grand compte (Typologie)");
    expect(p.gender).toBeNull();
  });
  test("English", () => {
    const en = (label: string, header: string) =>
      memberPhraseEn(label, header, dimensionNoun(header));
    expect(en("North West", "sales_region").np).toBe("the North West region");
    expect(en("North West", "sales_region").npStart).toBe("The North West region");
    expect(en("Store 14", "store").np).toBe("Store 14");
    expect(en("Supermarket", "store_type").np).toBe("Supermarket (store type)");
    expect(en("Anne Martin", "Commercial").np).toBe("Anne Martin");
    expect(memberPhraseEn("Grand compte", "Typologie", null).np).toBe("Grand compte (Typologie)");
  });
});
