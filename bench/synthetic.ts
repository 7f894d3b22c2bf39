/**
 * The benchmark's synthetic sales file: a French Excel CSV export (Windows-1252, `;`, decimal
 * comma, dd/mm/yyyy, CRLF) of `rows` lines over 3 years, with ~50 products in 8 ranges, 10 regions
 * and 2,000 customers. Deterministic (seeded); written in chunks so generating it costs little
 * memory.
 */
import { closeSync, existsSync, openSync, statSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { mulberry32, normal, randomInt, type Random } from "../src/domain/sample/random";
import { dayOfIso, isoOfDay } from "../src/domain/analysis/calendar";

/** Bump when the content changes, so that a cached file is never stale. */
export const SYNTHETIC_VERSION = 1;
export const EXCEL_ROWS = 1_048_576;
export const SYNTHETIC_HEADER = "Date;Produit;Gamme;Région;Client;Quantité;CA HT;Coût d'achat HT";

export const REGIONS = [
  "Île-de-France",
  "Auvergne-Rhône-Alpes",
  "Nouvelle-Aquitaine",
  "Occitanie",
  "Hauts-de-France",
  "Grand Est",
  "Provence-Alpes-Côte d'Azur",
  "Pays de la Loire",
  "Bretagne",
  "Normandie",
];
export const RANGES = [
  "Papeterie",
  "Consommables",
  "Mobilier",
  "Informatique",
  "Services",
  "Hygiène",
  "Emballage",
  "Café",
];

export interface SyntheticFile {
  file: string;
  rows: number;
  bytes: number;
}

/** Draws indexes with probability proportional to `weights` (binary search on cumulated weights). */
export function weightedPicker(weights: number[]): (random: Random) => number {
  const cumulated: number[] = [];
  let total = 0;
  for (const w of weights) cumulated.push((total += w));
  return (random) => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulated.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulated[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** dd/mm/yyyy. */
function frenchDate(day: number): string {
  const iso = isoOfDay(day);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** 1234.5 → "1234,50" (cents, no grouping). */
function frenchCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, "0")}`;
}

/** Writes (or reuses) the synthetic file under the OS temp folder. */
export function syntheticSalesFile(rows = EXCEL_ROWS, seed = 42): SyntheticFile {
  const file = path.join(
    os.tmpdir(),
    `suivi-commercial-bench-v${SYNTHETIC_VERSION}-${rows}-${seed}.csv`
  );
  if (existsSync(file)) return { file, rows, bytes: statSync(file).size };
  const random = mulberry32(seed);
  const products = Array.from({ length: 50 }, (_, i) => ({
    name: `Produit ${String(i + 1).padStart(2, "0")}`,
    range: RANGES[i % RANGES.length],
    price: Math.round((2 + 300 * random() ** 2) * 100),
    costRatio: 0.45 + 0.35 * random(),
  }));
  const customers = Array.from(
    { length: 2000 },
    (_, i) => `Client ${String(i + 1).padStart(4, "0")}`
  );
  const pickCustomer = weightedPicker(customers.map((_, i) => 1 / (i + 1) ** 0.6));
  const pickProduct = weightedPicker(products.map((_, i) => 1 / (i + 1) ** 0.3));
  const first = dayOfIso("2023-01-01");
  const days = dayOfIso("2025-12-31") - first + 1;
  const fd = openSync(file, "w");
  try {
    const chunk: string[] = [SYNTHETIC_HEADER];
    const flush = () => {
      writeSync(fd, iconv.encode(chunk.join("\r\n") + "\r\n", "win1252"));
      chunk.length = 0;
    };
    for (let i = 0; i < rows; i++) {
      // Rows in date order, as an export usually is.
      const day = first + Math.floor((i * days) / rows);
      const p = products[pickProduct(random)];
      const credit = random() < 0.02;
      const quantity = (credit ? -1 : 1) * (1 + randomInt(random, 20));
      const revenue = quantity * p.price;
      const cost = Math.round(revenue * p.costRatio * (1 + 0.05 * normal(random)));
      chunk.push(
        [
          frenchDate(day),
          p.name,
          p.range,
          REGIONS[randomInt(random, REGIONS.length)],
          customers[pickCustomer(random)],
          String(quantity),
          frenchCents(revenue),
          frenchCents(cost),
        ].join(";")
      );
      if (chunk.length >= 50_000) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return { file, rows, bytes: statSync(file).size };
}
