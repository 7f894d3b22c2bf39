/**
 * How to name a member of a dimension in a sentence: "la région Ouest", "le rayon Household",
 * "the North West region", "Store 14". The noun comes from the column header (French or English),
 * else from the dimension kind detected at import; when neither says what the column is, the
 * member is written without an article ("Grand compte (Segment)") so no gender is guessed.
 */
import type { DimensionKind } from "../import/types";
import { capitalize, deArticleFr, deFr, type Gender, withArticleFr } from "./grammar";

export interface DimensionNoun {
  id: string;
  fr: {
    singular: string;
    plural: string;
    gender: Gender;
    /** Members are proper names used without article or noun (people, cities). */
    bare?: boolean;
  };
  en: {
    singular: string;
    plural: string;
    /**
     * "the North West region" (after), "the product Contrat de maintenance" (before), "Store 14"
     * (bare), "Supermarket (store type)" (paren).
     */
    style: "after" | "before" | "bare" | "paren";
  };
}

const noun = (id: string, fr: DimensionNoun["fr"], en: DimensionNoun["en"]): DimensionNoun => ({
  id,
  fr,
  en,
});

/** Ordered: the first pattern matching the normalised header wins (specific before general). */
const LEXICON: Array<[RegExp, DimensionNoun]> = [
  [
    /\b(store|magasin|shop|boutique) type\b|\btype (de )?(magasin|boutique|point de vente)\b/,
    noun(
      "storeType",
      { singular: "type de magasin", plural: "types de magasin", gender: "m" },
      { singular: "store type", plural: "store types", style: "paren" }
    ),
  ],
  [
    /\bsous ?categories?\b|\bsub ?categor/,
    noun(
      "subcategory",
      { singular: "sous-catégorie", plural: "sous-catégories", gender: "f" },
      { singular: "subcategory", plural: "subcategories", style: "after" }
    ),
  ],
  [
    /categor/,
    noun(
      "category",
      { singular: "catégorie", plural: "catégories", gender: "f" },
      { singular: "category", plural: "categories", style: "after" }
    ),
  ],
  [
    /\bfamilles?\b|\bfamil(y|ies)\b/,
    noun(
      "family",
      { singular: "famille", plural: "familles", gender: "f" },
      { singular: "family", plural: "families", style: "after" }
    ),
  ],
  [
    /\bgammes?\b|\bproduct lines?\b|\branges?\b/,
    noun(
      "range",
      { singular: "gamme", plural: "gammes", gender: "f" },
      { singular: "range", plural: "ranges", style: "after" }
    ),
  ],
  [
    /\brayons?\b|\bdepartments?\b/,
    noun(
      "department",
      { singular: "rayon", plural: "rayons", gender: "m" },
      { singular: "department", plural: "departments", style: "after" }
    ),
  ],
  [
    // French "département" is a territory, not a shop department.
    /\bdepartements?\b/,
    noun(
      "frenchDepartement",
      { singular: "département", plural: "départements", gender: "m" },
      { singular: "department", plural: "departments", style: "paren" }
    ),
  ],
  [
    /region/,
    noun(
      "region",
      { singular: "région", plural: "régions", gender: "f" },
      { singular: "region", plural: "regions", style: "after" }
    ),
  ],
  [
    /\betats?\b|\bstates?\b|\bprovinces?\b/,
    noun(
      "state",
      { singular: "État", plural: "États", gender: "m" },
      { singular: "state", plural: "states", style: "bare" }
    ),
  ],
  [
    /\bvilles?\b|\bcit(y|ies)\b|\btowns?\b/,
    noun(
      "city",
      { singular: "ville", plural: "villes", gender: "f", bare: true },
      { singular: "city", plural: "cities", style: "bare" }
    ),
  ],
  [
    /\bpays\b|\bcountr(y|ies)\b/,
    noun(
      "country",
      { singular: "pays", plural: "pays", gender: "m" },
      { singular: "country", plural: "countries", style: "bare" }
    ),
  ],
  [
    /\bmagasins?\b|\bstores?\b|\bshops?\b|\bboutiques?\b|\bpoints? de vente\b|\bpdv\b/,
    noun(
      "store",
      { singular: "magasin", plural: "magasins", gender: "m" },
      { singular: "store", plural: "stores", style: "after" }
    ),
  ],
  [
    /\bagences?\b|\bbranch(es)?\b/,
    noun(
      "branch",
      { singular: "agence", plural: "agences", gender: "f" },
      { singular: "branch", plural: "branches", style: "after" }
    ),
  ],
  [
    /\bcan(al|aux)\b|\bchannels?\b/,
    noun(
      "channel",
      { singular: "canal", plural: "canaux", gender: "m" },
      { singular: "channel", plural: "channels", style: "after" }
    ),
  ],
  [
    /\bsegments?\b/,
    noun(
      "segment",
      { singular: "segment", plural: "segments", gender: "m" },
      { singular: "segment", plural: "segments", style: "after" }
    ),
  ],
  [
    /\bclients?\b|\bcustomers?\b/,
    noun(
      "customer",
      { singular: "client", plural: "clients", gender: "m" },
      { singular: "customer", plural: "customers", style: "bare" }
    ),
  ],
  [
    /\bcommercia(l|ux)\b|\bvendeurs?\b|\brepresentants?\b|\bvrp\b|\bsales ?(person|people|rep|reps)\b|\bsellers?\b|\breps?\b/,
    noun(
      "salesperson",
      { singular: "commercial", plural: "commerciaux", gender: "m", bare: true },
      { singular: "salesperson", plural: "salespeople", style: "bare" }
    ),
  ],
  [
    /\bfournisseurs?\b|\bsuppliers?\b|\bvendors?\b/,
    noun(
      "supplier",
      { singular: "fournisseur", plural: "fournisseurs", gender: "m" },
      { singular: "supplier", plural: "suppliers", style: "bare" }
    ),
  ],
  [
    /\bmarques?\b|\bbrands?\b/,
    noun(
      "brand",
      { singular: "marque", plural: "marques", gender: "f" },
      { singular: "brand", plural: "brands", style: "after" }
    ),
  ],
  [
    /\barticles?\b|\bitems?\b|\bsku\b/,
    noun(
      "item",
      { singular: "article", plural: "articles", gender: "m" },
      { singular: "item", plural: "items", style: "before" }
    ),
  ],
  [
    /\bproduits?\b|\bproducts?\b|\bdesignation\b|\blibelle\b/,
    noun(
      "product",
      { singular: "produit", plural: "produits", gender: "m" },
      { singular: "product", plural: "products", style: "before" }
    ),
  ],
  [
    /\bsecteurs?\b|\bsectors?\b/,
    noun(
      "sector",
      { singular: "secteur", plural: "secteurs", gender: "m" },
      { singular: "sector", plural: "sectors", style: "after" }
    ),
  ],
  [
    /\bzones?\b|\bareas?\b/,
    noun(
      "zone",
      { singular: "zone", plural: "zones", gender: "f" },
      { singular: "area", plural: "areas", style: "after" }
    ),
  ],
  [
    /\bequipes?\b|\bteams?\b/,
    noun(
      "team",
      { singular: "équipe", plural: "équipes", gender: "f" },
      { singular: "team", plural: "teams", style: "after" }
    ),
  ],
];

/** Noun for each kind the import detects, when the header itself is not in the lexicon. */
const BY_KIND: Partial<Record<DimensionKind, string>> = {
  product: "product",
  category: "category",
  region: "region",
  customer: "customer",
  salesperson: "salesperson",
  channel: "channel",
  store: "store",
};

/** Lower case, no accents, words separated by single spaces: "Région_commerciale" → "region commerciale". */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The noun naming a dimension's members, or null when the column's meaning is unknown. */
export function dimensionNoun(header: string, kind?: DimensionKind): DimensionNoun | null {
  const normalized = normalizeHeader(header);
  for (const [pattern, entry] of LEXICON) if (pattern.test(normalized)) return entry;
  const id = kind ? BY_KIND[kind] : undefined;
  if (id) return LEXICON.find(([, entry]) => entry.id === id)?.[1] ?? null;
  return null;
}

/** A member as written in a sentence. */
export interface MemberPhrase {
  /** "la région Ouest", "Marie Dupont", "Grand compte (Segment)"; "the West region". */
  np: string;
  /** Same, at the start of a sentence. */
  npStart: string;
  /** French "de" form: "de la région Ouest", "d'Anne Martin", "du magasin Lyon". */
  de: string;
  /** French grammatical gender for agreement; null when none can be relied on (no article). */
  gender: Gender | null;
  /** The raw label from the data (to exclude it from spell checks, to show in the task pane). */
  label: string;
}

function startsWithWord(label: string, word: string): boolean {
  return normalizeHeader(label).startsWith(normalizeHeader(word) + " ");
}

/** French phrase for a member: article + noun + label, or the label alone. */
export function memberPhraseFr(
  label: string,
  header: string,
  nounInfo: DimensionNoun | null
): MemberPhrase {
  if (!nounInfo) {
    const np = `${label} (${header})`;
    return { np, npStart: np, de: deFr(np), gender: null, label };
  }
  const { singular, gender, bare } = nounInfo.fr;
  // A salesperson's or customer's name: "d'Hélène Robert" (see elidesFr).
  const person = nounInfo.id === "salesperson" || nounInfo.id === "customer";
  if (bare) return { np: label, npStart: label, de: deFr(label, person), gender: null, label };
  // "Magasin Lyon" under the header "Magasin": "le Magasin Lyon", not "le magasin Magasin Lyon".
  const repeated = startsWithWord(label, singular);
  const head = repeated ? label : singular;
  const rest = repeated ? "" : ` ${label}`;
  const np = withArticleFr(head, gender) + rest;
  return { np, npStart: capitalize(np), de: deArticleFr(head, gender) + rest, gender, label };
}

/** English phrase for a member: "the North West region", "Store 14", "Supermarket (store type)". */
export function memberPhraseEn(
  label: string,
  header: string,
  nounInfo: DimensionNoun | null
): MemberPhrase {
  let np: string;
  let npStart: string;
  if (!nounInfo) {
    np = npStart = `${label} (${header})`;
  } else if (nounInfo.en.style === "bare" || startsWithWord(label, nounInfo.en.singular)) {
    np = npStart = label;
  } else if (nounInfo.en.style === "before") {
    // A product name alone reads as a sentence without its noun: "The product X lagged behind".
    np = `the ${nounInfo.en.singular} ${label}`;
    npStart = `The ${nounInfo.en.singular} ${label}`;
  } else if (nounInfo.en.style === "paren") {
    np = npStart = `${label} (${nounInfo.en.singular})`;
  } else {
    np = `the ${label} ${nounInfo.en.singular}`;
    npStart = `The ${label} ${nounInfo.en.singular}`;
  }
  return { np, npStart, de: `of ${np}`, gender: null, label };
}
