/**
 * Column roles from headers, French or English: accents, case, stray spaces, punctuation and
 * abbreviations (`Qté`, `P.U. HT`, `Mt HT`, `CA HT`, `COGS`…) do not matter.
 *
 * French puts the head noun first ("Région commerciale", "Coût d'achat", "Type de magasin"),
 * English last ("sales region", "unit price", "store type"): the head noun decides the role,
 * except for words that always win (target, discount, rate, identifiers).
 */
import type { ColumnRole, DimensionKind } from "./types";

export interface HeaderRole {
  role: ColumnRole;
  dimensionKind?: DimensionKind;
}

/**
 * Lower case, accents removed, punctuation (`.` `'` `’` `_` `-` `/` `(` `)`) as spaces, spaces
 * collapsed, and single letters run together ("p u ht" → "pu ht").
 */
export function normalizeHeader(header: string): string {
  const plain = header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[°º]/g, " no ")
    .replace(/([%€$£])/g, " $1 ")
    .replace(/[^a-z0-9%€$£]+/g, " ")
    .trim();
  // Join runs of single letters: "p u ht" → "pu ht", "c a" → "ca".
  const tokens = plain.split(" ").filter((t) => t !== "");
  const joined: string[] = [];
  let run = "";
  for (const t of tokens) {
    if (t.length === 1 && /[a-z]/.test(t)) run += t;
    else {
      if (run) joined.push(run);
      run = "";
      joined.push(t);
    }
  }
  if (run) joined.push(run);
  return joined.join(" ");
}

type Rule = HeaderRole;

/** Whole normalised headers whose meaning the head-noun rule would miss. */
const PHRASES: Record<string, Rule> = {
  "chiffre d affaires": { role: "revenue" },
  "chiffre d affaire": { role: "revenue" },
  "prix total": { role: "revenue" },
  "total price": { role: "revenue" },
  "total ht": { role: "revenue" },
  "montant total": { role: "revenue" },
  "cost of goods sold": { role: "cost" },
  "cost of sales": { role: "cost" },
  "prix de revient": { role: "cost" },
  "prix d achat": { role: "ignore" }, // a unit cost, not the cost of the line
  "cout unitaire": { role: "ignore" },
  "unit cost": { role: "ignore" },
  "sales rep": { role: "dimension", dimensionKind: "salesperson" },
  "sales representative": { role: "dimension", dimensionKind: "salesperson" },
  "sales person": { role: "dimension", dimensionKind: "salesperson" },
  "account manager": { role: "dimension", dimensionKind: "salesperson" },
  "point de vente": { role: "dimension", dimensionKind: "store" },
  "raison sociale": { role: "dimension", dimensionKind: "customer" },
  "code postal": { role: "dimension", dimensionKind: "region" },
  "zip code": { role: "dimension", dimensionKind: "region" },
  "postal code": { role: "dimension", dimensionKind: "region" },
};

/** Words that decide the role wherever they stand. */
const STRONG: Record<string, Rule> = {
  objectif: { role: "target" },
  objectifs: { role: "target" },
  obj: { role: "target" },
  target: { role: "target" },
  targets: { role: "target" },
  budget: { role: "target" },
  quota: { role: "target" },
  remise: { role: "discount" },
  remises: { role: "discount" },
  rabais: { role: "discount" },
  ristourne: { role: "discount" },
  escompte: { role: "discount" },
  discount: { role: "discount" },
  // Rates are not amounts: "Taux de marge", "Marge %", "Margin rate".
  taux: { role: "ignore" },
  "%": { role: "ignore" },
  pct: { role: "ignore" },
  rate: { role: "ignore" },
  ratio: { role: "ignore" },
  percent: { role: "ignore" },
  pourcentage: { role: "ignore" },
  // Identifiers and free text carry no measure and would make useless dimensions.
  no: { role: "ignore" },
  numero: { role: "ignore" },
  num: { role: "ignore" },
  id: { role: "ignore" },
  commentaire: { role: "ignore" },
  commentaires: { role: "ignore" },
  comment: { role: "ignore" },
  comments: { role: "ignore" },
  remarque: { role: "ignore" },
  note: { role: "ignore" },
  notes: { role: "ignore" },
  observation: { role: "ignore" },
  observations: { role: "ignore" },
  // A date column is a date column whatever precedes ("Order date", "Date de facture").
  date: { role: "date" },
  dates: { role: "date" },
  type: { role: "dimension", dimensionKind: "other" },
};

/** Head nouns: the first word of a French header, the last of an English one. */
const WORDS: Record<string, Rule> = {
  // identifiers of documents (a head noun only: "Montant facture" is an amount)
  facture: { role: "ignore" },
  invoice: { role: "ignore" },
  commande: { role: "ignore" },
  order: { role: "ignore" },
  // dates
  jour: { role: "date" },
  day: { role: "date" },
  // revenue
  ca: { role: "revenue" },
  chiffre: { role: "revenue" },
  montant: { role: "revenue" },
  mt: { role: "revenue" },
  mnt: { role: "revenue" },
  vente: { role: "revenue" },
  ventes: { role: "revenue" },
  sales: { role: "revenue" },
  sale: { role: "revenue" },
  revenue: { role: "revenue" },
  revenues: { role: "revenue" },
  amount: { role: "revenue" },
  turnover: { role: "revenue" },
  total: { role: "revenue" },
  // cost
  cout: { role: "cost" },
  couts: { role: "cost" },
  cost: { role: "cost" },
  costs: { role: "cost" },
  cogs: { role: "cost" },
  achat: { role: "cost" },
  achats: { role: "cost" },
  // profit / margin
  marge: { role: "profit" },
  marges: { role: "profit" },
  margin: { role: "profit" },
  profit: { role: "profit" },
  profits: { role: "profit" },
  benefice: { role: "profit" },
  mb: { role: "profit" },
  // quantity
  qte: { role: "quantity" },
  qt: { role: "quantity" },
  qty: { role: "quantity" },
  quantite: { role: "quantity" },
  quantites: { role: "quantity" },
  quantity: { role: "quantity" },
  quantities: { role: "quantity" },
  units: { role: "quantity" },
  unites: { role: "quantity" },
  volume: { role: "quantity" },
  volumes: { role: "quantity" },
  nb: { role: "quantity" },
  nombre: { role: "quantity" },
  // unit price
  pu: { role: "unitPrice" },
  puht: { role: "unitPrice" },
  prix: { role: "unitPrice" },
  price: { role: "unitPrice" },
  tarif: { role: "unitPrice" },
  pv: { role: "unitPrice" },
  // dimensions
  region: { role: "dimension", dimensionKind: "region" },
  regions: { role: "dimension", dimensionKind: "region" },
  zone: { role: "dimension", dimensionKind: "region" },
  secteur: { role: "dimension", dimensionKind: "region" },
  territoire: { role: "dimension", dimensionKind: "region" },
  territory: { role: "dimension", dimensionKind: "region" },
  pays: { role: "dimension", dimensionKind: "region" },
  country: { role: "dimension", dimensionKind: "region" },
  ville: { role: "dimension", dimensionKind: "region" },
  city: { role: "dimension", dimensionKind: "region" },
  state: { role: "dimension", dimensionKind: "region" },
  etat: { role: "dimension", dimensionKind: "region" },
  departement: { role: "dimension", dimensionKind: "region" },
  agence: { role: "dimension", dimensionKind: "store" },
  client: { role: "dimension", dimensionKind: "customer" },
  clients: { role: "dimension", dimensionKind: "customer" },
  customer: { role: "dimension", dimensionKind: "customer" },
  customers: { role: "dimension", dimensionKind: "customer" },
  compte: { role: "dimension", dimensionKind: "customer" },
  account: { role: "dimension", dimensionKind: "customer" },
  enseigne: { role: "dimension", dimensionKind: "customer" },
  commercial: { role: "dimension", dimensionKind: "salesperson" },
  commerciale: { role: "dimension", dimensionKind: "salesperson" },
  commerciaux: { role: "dimension", dimensionKind: "salesperson" },
  vendeur: { role: "dimension", dimensionKind: "salesperson" },
  vendeuse: { role: "dimension", dimensionKind: "salesperson" },
  representant: { role: "dimension", dimensionKind: "salesperson" },
  salesperson: { role: "dimension", dimensionKind: "salesperson" },
  salesman: { role: "dimension", dimensionKind: "salesperson" },
  seller: { role: "dimension", dimensionKind: "salesperson" },
  rep: { role: "dimension", dimensionKind: "salesperson" },
  conseiller: { role: "dimension", dimensionKind: "salesperson" },
  canal: { role: "dimension", dimensionKind: "channel" },
  canaux: { role: "dimension", dimensionKind: "channel" },
  channel: { role: "dimension", dimensionKind: "channel" },
  circuit: { role: "dimension", dimensionKind: "channel" },
  magasin: { role: "dimension", dimensionKind: "store" },
  magasins: { role: "dimension", dimensionKind: "store" },
  boutique: { role: "dimension", dimensionKind: "store" },
  store: { role: "dimension", dimensionKind: "store" },
  shop: { role: "dimension", dimensionKind: "store" },
  site: { role: "dimension", dimensionKind: "store" },
  etablissement: { role: "dimension", dimensionKind: "store" },
  produit: { role: "dimension", dimensionKind: "product" },
  produits: { role: "dimension", dimensionKind: "product" },
  product: { role: "dimension", dimensionKind: "product" },
  products: { role: "dimension", dimensionKind: "product" },
  article: { role: "dimension", dimensionKind: "product" },
  articles: { role: "dimension", dimensionKind: "product" },
  designation: { role: "dimension", dimensionKind: "product" },
  libelle: { role: "dimension", dimensionKind: "product" },
  item: { role: "dimension", dimensionKind: "product" },
  sku: { role: "dimension", dimensionKind: "product" },
  reference: { role: "dimension", dimensionKind: "product" },
  ref: { role: "dimension", dimensionKind: "product" },
  famille: { role: "dimension", dimensionKind: "category" },
  familles: { role: "dimension", dimensionKind: "category" },
  family: { role: "dimension", dimensionKind: "category" },
  categorie: { role: "dimension", dimensionKind: "category" },
  categories: { role: "dimension", dimensionKind: "category" },
  category: { role: "dimension", dimensionKind: "category" },
  rayon: { role: "dimension", dimensionKind: "category" },
  rayons: { role: "dimension", dimensionKind: "category" },
  department: { role: "dimension", dimensionKind: "category" },
  gamme: { role: "dimension", dimensionKind: "category" },
  gammes: { role: "dimension", dimensionKind: "category" },
  segment: { role: "dimension", dimensionKind: "category" },
  ligne: { role: "dimension", dimensionKind: "category" },
  line: { role: "dimension", dimensionKind: "category" },
  marque: { role: "dimension", dimensionKind: "category" },
  brand: { role: "dimension", dimensionKind: "category" },
};

/** Words that only French headers use: they make the first word the head noun. */
const FRENCH_MARKERS = new Set([
  "de",
  "d",
  "du",
  "des",
  "la",
  "le",
  "les",
  "par",
  "en",
  "ht",
  "ttc",
  "commerciale",
  "cout",
  "couts",
  "prix",
  "montant",
  "mt",
  "qte",
  "quantite",
  "chiffre",
  "affaires",
  "remise",
  "magasin",
  "produit",
  "famille",
  "rayon",
  "categorie",
  "vendeur",
  "client",
  "objectif",
  "marge",
  "ca",
  "achat",
  "vente",
  "ventes",
  "region",
  "ville",
  "etat",
  "pays",
  "gamme",
  "canal",
  "libelle",
  "designation",
  "nom",
  "unitaire",
  "total",
  "pu",
  "jour",
  "type",
  "zone",
  "secteur",
  "date",
]);

/** Words that carry no role of their own ("nom du client", "code article"). */
const FILLERS = new Set([
  "de",
  "d",
  "du",
  "des",
  "la",
  "le",
  "les",
  "l",
  "par",
  "en",
  "ht",
  "ttc",
  "net",
  "nette",
  "brut",
  "brute",
  "gross",
  "the",
  "of",
  "by",
  "per",
  "nom",
  "name",
  "code",
  "eur",
  "euros",
  "usd",
  "€",
  "$",
  "£",
  "unitaire",
  "unit",
  "hors",
  "taxe",
  "taxes",
  "tax",
  "excl",
  "incl",
]);

/**
 * The role a header names, or null when it names none. Pure: looks at the header only.
 * "Région commerciale" → region, "Coût d'achat" → cost, "P.U. HT" → unit price,
 * "sales_region" → region, "store_type" → other dimension, "Taux de marge" → ignore.
 */
export function roleFromHeader(header: string): HeaderRole | null {
  const norm = normalizeHeader(header);
  if (norm === "") return null;
  const phrase = PHRASES[norm];
  if (phrase) return { ...phrase };
  const tokens = norm.split(" ");
  // Discount rates stay discounts ("Remise %", "Taux de remise").
  const strongRoles = tokens.map((t) => STRONG[t]).filter((r): r is Rule => r !== undefined);
  const discount = strongRoles.find((r) => r.role === "discount");
  if (discount) return { ...discount };
  const target = strongRoles.find((r) => r.role === "target");
  if (target) return { ...target };
  for (const role of ["date", "ignore", "dimension"] as const) {
    // "Date de facture" → date; "N° facture" → ignore; "Type de magasin" → other dimension.
    const rule = strongRoles.find((r) => r.role === role);
    if (rule) return { ...rule };
  }
  const french =
    tokens.some((t) => FRENCH_MARKERS.has(t) && !WORDS_ENGLISH_ONLY.has(t)) &&
    !tokens.some((t) => ENGLISH_MARKERS.has(t));
  const content = tokens.filter((t) => !FILLERS.has(t));
  const ordered = french ? content : [...content].reverse();
  for (const t of ordered) {
    const rule = WORDS[t];
    if (rule) return { ...rule };
  }
  return null;
}

/** English words that settle the language when headers mix ("Sales region", "Total sales"). */
const ENGLISH_MARKERS = new Set([
  "sales",
  "sale",
  "revenue",
  "amount",
  "cost",
  "price",
  "unit",
  "units",
  "quantity",
  "qty",
  "product",
  "store",
  "customer",
  "channel",
  "category",
  "family",
  "department",
  "city",
  "state",
  "country",
  "profit",
  "margin",
  "order",
  "rep",
  "item",
  "brand",
  "shop",
  "line",
  "of",
  "by",
]);

/** Markers shared by both languages must not make an English header French. */
const WORDS_ENGLISH_ONLY = new Set(["total", "date", "type", "region", "zone"]);

/** Dimension kind a header suggests (for columns made dimensions by content or override). */
export function dimensionKindFromHeader(header: string): DimensionKind {
  const rule = roleFromHeader(header);
  return rule?.role === "dimension" && rule.dimensionKind ? rule.dimensionKind : "other";
}

/** True when the header is a generic name given by a tool ("Colonne1", "Column 3", "F4"). */
export function isGenericHeader(header: string): boolean {
  const norm = normalizeHeader(header);
  return (
    norm === "" || /^(colonne|column|col|champ|field)\s*\d*$/.test(norm) || /^f\d+$/.test(norm)
  );
}

/** French words and letters that English headers do not use. */
const FRENCH_HINT =
  /[éèêàùçôû]|\b(ht|ttc|qte|cout|montant|quantite|client|magasin|famille|remise|prix|chiffre|objectif)\b/i;

/** True when headers look French ("Qté", "Coût d'achat", "Région"): the default for what values do not say. */
export function looksFrench(headers: readonly string[]): boolean {
  return headers.some((h) => FRENCH_HINT.test(h));
}
