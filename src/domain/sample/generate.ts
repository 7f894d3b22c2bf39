/**
 * Deterministic generator of the French sample sales export: a small office-supplies company
 * over about 26 months, with a seasonal pattern, a real upward trend in one region (Ouest), one
 * unusual month (an exceptional furniture order), credit notes (negative lines), a cost column,
 * monthly targets and a last month that stops on the 17th. Same seed, same lines.
 */
import type { MonthKey } from "../analysis/types";
import {
  firstDayOfOrdinal,
  lastDayOfOrdinal,
  monthKeyOfOrdinal,
  ordinalOfMonthKey,
  yearOfOrdinal,
} from "../analysis/calendar";
import { weekdayOfDay } from "../analysis/partial";
import { CUSTOMER_PATTERNS, FAMILY_NAMES, RANGES, REGIONS, SEASON, type Product } from "./catalog";
import { frenchHolidays } from "./holidays";
import { mulberry32, normal, randomInt, weightedIndex, type Random } from "./random";

export interface SampleOptions {
  /** Default 2026. */
  seed?: number;
  /** First month, "YYYY-MM" (default "2024-10"). */
  start?: MonthKey;
  /** Number of months (default 26). */
  months?: number;
  /** The last month stops on this day of the month (default 17). */
  lastDay?: number;
  /** Month of the exceptional order (default "2025-06"). */
  unusualMonth?: MonthKey;
  /** Extra revenue of the exceptional order, as a share of the month's usual revenue (default 0.5). */
  unusualShare?: number;
  /** Customers per region (default 12). */
  customersPerRegion?: number;
  /** Share of lines that are credit notes (default 0.025). */
  creditNoteShare?: number;
  /** Relative noise of each region's monthly revenue (default 0.04). */
  monthlyNoise?: number;
}

/** Customer of the exceptional order of the unusual month. */
export const EXCEPTIONAL_CUSTOMER = "Mairie de Lille";

export interface SampleLine {
  /** Day number (days since 1970-01-01). */
  day: number;
  invoice: string;
  customer: string;
  salesperson: string;
  region: string;
  range: string;
  product: string;
  quantity: number;
  unitPrice: number;
  revenue: number;
  cost: number;
}

export interface Sample {
  lines: SampleLine[];
  targets: { month: MonthKey; target: number }[];
  options: Required<SampleOptions>;
}

export const DEFAULT_SAMPLE_OPTIONS: Required<SampleOptions> = {
  seed: 2026,
  start: "2024-10",
  months: 26,
  lastDay: 17,
  unusualMonth: "2025-06",
  unusualShare: 0.5,
  customersPerRegion: 12,
  creditNoteShare: 0.025,
  monthlyNoise: 0.04,
};

/** Rounds to the cent. */
function cents(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Working days (Monday–Friday, not a public holiday) of a month ordinal, up to `lastDay`. */
export function workingDays(ordinal: number, lastDay = 31): number[] {
  const holidays = frenchHolidays(yearOfOrdinal(ordinal));
  const days: number[] = [];
  const first = firstDayOfOrdinal(ordinal);
  const last = Math.min(lastDayOfOrdinal(ordinal), first + lastDay - 1);
  for (let d = first; d <= last; d++) if (weekdayOfDay(d) < 5 && !holidays.has(d)) days.push(d);
  return days;
}

interface Customer {
  name: string;
  salesperson: string;
  weight: number;
}

/** Customers of each region: unique names, a salesperson each, a few big ones (Zipf weights). */
function makeCustomers(random: Random, perRegion: number): Customer[][] {
  const used = new Set<string>([EXCEPTIONAL_CUSTOMER]);
  return REGIONS.map((region) => {
    const list: Customer[] = [];
    while (list.length < perRegion) {
      const pattern = CUSTOMER_PATTERNS[randomInt(random, CUSTOMER_PATTERNS.length)];
      const name = pattern
        .replace("{town}", region.towns[randomInt(random, region.towns.length)])
        .replace("{name}", FAMILY_NAMES[randomInt(random, FAMILY_NAMES.length)])
        // French elision: "Mairie d'Amiens", not "Mairie de Amiens".
        .replace(/\bde ([AEIOUÉÈÂÎ])/u, "d'$1");
      if (used.has(name)) continue;
      used.add(name);
      list.push({
        name,
        salesperson: region.salespeople[list.length % region.salespeople.length],
        weight: 1 / (list.length + 1) ** 0.7,
      });
    }
    return list;
  });
}

/** Expected revenue of a region in month i (seasonal, with the region's own growth). */
export function expectedRegionRevenue(
  regionIndex: number,
  monthIndex: number,
  startOrdinal: number
): number {
  const r = REGIONS[regionIndex];
  return r.level * (1 + r.growth) ** monthIndex * SEASON[(startOrdinal + monthIndex) % 12];
}

/** A line of `product` with a quantity drawn in its usual range (negative for a credit note). */
function productLine(
  random: Random,
  product: Product,
  creditNote: boolean
): { quantity: number; revenue: number; cost: number } {
  const [min, max] = product.quantity;
  const quantity =
    (creditNote ? -1 : 1) *
    (creditNote ? 1 + randomInt(random, Math.min(3, max)) : min + randomInt(random, max - min + 1));
  const revenue = cents(quantity * product.price);
  const cost = cents(revenue * product.costRatio * (1 + 0.03 * normal(random)));
  return { quantity, revenue, cost };
}

export function generateSample(options: SampleOptions = {}): Sample {
  const o: Required<SampleOptions> = { ...DEFAULT_SAMPLE_OPTIONS, ...options };
  const random = mulberry32(o.seed);
  const startOrdinal = ordinalOfMonthKey(o.start);
  if (startOrdinal === null) throw new Error(`Invalid start month: ${o.start}`);
  const unusualOrdinal = ordinalOfMonthKey(o.unusualMonth);
  const customers = makeCustomers(random, o.customersPerRegion);
  const lines: SampleLine[] = [];
  const counters = new Map<string, number>();
  const number = (prefix: string, year: number) => {
    const key = `${prefix}-${year}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return `${key}-${String(n).padStart(5, "0")}`;
  };

  for (let i = 0; i < o.months; i++) {
    const ordinal = startOrdinal + i;
    const isLast = i === o.months - 1;
    const allDays = workingDays(ordinal);
    const days = isLast ? workingDays(ordinal, o.lastDay) : allDays;
    const year = yearOfOrdinal(ordinal);
    const monthLines: SampleLine[] = [];
    REGIONS.forEach((region, r) => {
      // The month's revenue for the region: its expected level with a little noise, cut to the
      // days covered. Lines are drawn until it is reached, on random working days.
      const budget =
        expectedRegionRevenue(r, i, startOrdinal) *
        (1 + o.monthlyNoise * normal(random)) *
        (days.length / allDays.length);
      let booked = 0;
      while (booked < budget) {
        const c = weightedIndex(
          random,
          customers[r].map((x) => x.weight)
        );
        const customer = customers[r][c];
        const creditNote = random() < o.creditNoteShare;
        const range =
          RANGES[
            weightedIndex(
              random,
              RANGES.map((x) => x.weight)
            )
          ];
        const product = range.products[randomInt(random, range.products.length)];
        const { quantity, revenue, cost } = productLine(random, product, creditNote);
        booked += revenue;
        monthLines.push({
          day: days[randomInt(random, days.length)],
          invoice: creditNote ? "AV" : "FA",
          customer: customer.name,
          salesperson: customer.salesperson,
          region: region.name,
          range: range.name,
          product: product.name,
          quantity,
          unitPrice: product.price,
          revenue,
          cost,
        });
      }
    });
    if (ordinal === unusualOrdinal)
      monthLines.push(...exceptionalOrder(random, ordinal, i, startOrdinal, o));
    // Invoice numbers in date order: one invoice per customer and day, credit notes apart.
    monthLines.sort(
      (a, b) => a.day - b.day || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0)
    );
    let lastKey = "";
    let lastInvoice = "";
    for (const line of monthLines) {
      if (line.invoice === "AV") line.invoice = number("AV", year);
      else {
        const key = `${line.day}|${line.customer}`;
        if (key !== lastKey) lastInvoice = number("FA", year);
        lastKey = key;
        line.invoice = lastInvoice;
      }
      lines.push(line);
    }
  }
  return { lines, targets: monthlyTargets(startOrdinal, o.months), options: o };
}

/**
 * The unusual month: a town hall of the Nord region, not a regular customer, furnishes its new
 * offices (one invoice of chairs and desks worth `unusualShare` of a usual month).
 */
function exceptionalOrder(
  random: Random,
  ordinal: number,
  monthIndex: number,
  startOrdinal: number,
  o: Required<SampleOptions>
): SampleLine[] {
  const usual = REGIONS.reduce(
    (s, _, r) => s + expectedRegionRevenue(r, monthIndex, startOrdinal),
    0
  );
  const amount = usual * o.unusualShare;
  const days = workingDays(ordinal);
  const day = days[Math.floor(days.length / 2)];
  const nord = REGIONS.find((r) => r.name === "Nord")!;
  // A one-off customer: it buys nothing else over the period.
  const customer = { name: EXCEPTIONAL_CUSTOMER, salesperson: nord.salespeople[0] };
  const furniture = RANGES.find((r) => r.name === "Mobilier")!;
  return furniture.products.slice(0, 2).map((product) => {
    const quantity = Math.max(1, Math.round(amount / 2 / product.price));
    const revenue = cents(quantity * product.price);
    return {
      day,
      invoice: "FA",
      customer: customer.name,
      salesperson: customer.salesperson,
      region: "Nord",
      range: furniture.name,
      product: product.name,
      quantity,
      unitPrice: product.price,
      revenue,
      cost: cents(revenue * product.costRatio * (1 + 0.01 * normal(random))),
    };
  });
}

/**
 * Monthly targets, as a sales manager sets them: each region's seasonal plan (with the growth the
 * company expects) plus 3 %, rounded to the hundred euros. The exceptional order was not planned.
 */
export function monthlyTargets(
  startOrdinal: number,
  months: number
): { month: MonthKey; target: number }[] {
  return Array.from({ length: months }, (_, i) => {
    const plan =
      REGIONS.reduce((s, _, r) => s + expectedRegionRevenue(r, i, startOrdinal), 0) * 1.03;
    return { month: monthKeyOfOrdinal(startOrdinal + i), target: Math.round(plan / 100) * 100 };
  });
}
