/**
 * The fictitious small French company of the sample: "Bureau & Cie", office supplies and
 * furniture sold to local businesses and public bodies by six salespeople in five regions.
 */

export interface Product {
  name: string;
  /** Unit price excl. tax, €. */
  price: number;
  /** Cost / price. */
  costRatio: number;
  /** Usual quantities per line: [min, max]. */
  quantity: [number, number];
}

export interface Range {
  name: string;
  /** Share of the lines. */
  weight: number;
  products: Product[];
}

export const RANGES: Range[] = [
  {
    name: "Papeterie",
    weight: 0.38,
    products: [
      { name: "Ramette papier A4 80 g", price: 5.9, costRatio: 0.62, quantity: [10, 50] },
      { name: "Cahier 24x32 96 pages", price: 3.45, costRatio: 0.55, quantity: [20, 80] },
      { name: "Enveloppes C5 (boîte de 500)", price: 38.5, costRatio: 0.58, quantity: [1, 10] },
      { name: "Stylos bille (boîte de 50)", price: 24.9, costRatio: 0.5, quantity: [1, 12] },
    ],
  },
  {
    name: "Consommables",
    weight: 0.26,
    products: [
      { name: "Toner laser noir", price: 89, costRatio: 0.66, quantity: [1, 5] },
      { name: "Cartouche jet d'encre couleur", price: 42.5, costRatio: 0.64, quantity: [2, 15] },
      {
        name: "Étiquettes adhésives (100 feuilles)",
        price: 27.8,
        costRatio: 0.57,
        quantity: [1, 10],
      },
    ],
  },
  {
    name: "Mobilier",
    weight: 0.08,
    products: [
      { name: "Fauteuil de bureau ergonomique", price: 289, costRatio: 0.6, quantity: [1, 4] },
      { name: "Bureau droit 160 cm", price: 349, costRatio: 0.63, quantity: [1, 3] },
      { name: "Armoire métallique à rideaux", price: 465, costRatio: 0.65, quantity: [1, 2] },
    ],
  },
  {
    name: "Informatique",
    weight: 0.18,
    products: [
      { name: "Écran 24 pouces", price: 179, costRatio: 0.78, quantity: [1, 5] },
      { name: "Clavier et souris sans fil", price: 49.9, costRatio: 0.7, quantity: [1, 10] },
      { name: "Disque SSD externe 1 To", price: 99, costRatio: 0.76, quantity: [1, 6] },
    ],
  },
  {
    name: "Services",
    weight: 0.1,
    products: [
      { name: "Installation et montage (heure)", price: 65, costRatio: 0.35, quantity: [1, 8] },
      {
        name: "Contrat de maintenance imprimante (mois)",
        price: 39,
        costRatio: 0.3,
        quantity: [1, 6],
      },
    ],
  },
];

export interface Region {
  name: string;
  /** Monthly revenue level at the start, € (before season and trend). */
  level: number;
  /** Monthly growth of the region (0.04 = +4 % a month). */
  growth: number;
  salespeople: string[];
  /** Towns, for customer names. */
  towns: string[];
}

export const REGIONS: Region[] = [
  {
    name: "Île-de-France",
    level: 13000,
    growth: 0.002,
    salespeople: ["Sophie Martin", "Karim Benali"],
    towns: ["Paris", "Versailles", "Créteil", "Nanterre"],
  },
  {
    name: "Nord",
    level: 9000,
    growth: 0.001,
    salespeople: ["Julien Lefèvre"],
    towns: ["Lille", "Arras", "Amiens", "Roubaix"],
  },
  {
    name: "Est",
    level: 6500,
    growth: 0,
    salespeople: ["Claire Muller"],
    towns: ["Strasbourg", "Metz", "Nancy", "Reims"],
  },
  {
    name: "Sud",
    level: 8000,
    growth: 0.001,
    salespeople: ["Élodie Garcia"],
    towns: ["Marseille", "Toulouse", "Montpellier", "Nice"],
  },
  // The region with a real upward trend: a new salesperson since the start of the period.
  {
    name: "Ouest",
    level: 8000,
    growth: 0.04,
    salespeople: ["Thomas Le Gall"],
    towns: ["Nantes", "Rennes", "Brest", "Angers"],
  },
];

/** Kinds of customers, combined with a town or a family name. */
export const CUSTOMER_PATTERNS = [
  "Mairie de {town}",
  "Cabinet {name}",
  "Pharmacie {name}",
  "Lycée {name}",
  "Garage {name}",
  "Agence immobilière {name}",
  "Boulangerie {name}",
  "Clinique de {town}",
  "Étude notariale {name}",
  "Transports {name}",
];

export const FAMILY_NAMES = [
  "Bernard",
  "Dubois",
  "Thomas",
  "Robert",
  "Richard",
  "Petit",
  "Durand",
  "Leroy",
  "Moreau",
  "Simon",
  "Laurent",
  "Michel",
  "Lefebvre",
  "Fontaine",
  "Chevalier",
  "Rousseau",
  "Blanc",
  "Guérin",
  "Faure",
  "Mercier",
];

/**
 * Seasonal pattern of an office-supplies business (index per calendar month, January first):
 * quiet summer, strong back-to-school September and year-end budgets.
 */
export const SEASON = [0.95, 0.95, 1.05, 1.0, 0.95, 1.05, 0.8, 0.5, 1.3, 1.15, 1.1, 1.2];
