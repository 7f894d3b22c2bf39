/**
 * Hand-built analyses for commentary tests: small monthly series whose figures are easy to check
 * by hand, and one insight of every kind. They follow the contract of src/domain/analysis/types.ts
 * (the commentary must work on any analysis that honours it, not only on what analyze() emits).
 */
import type {
  Analysis,
  Insight,
  InsightMeasure,
  MonthFigures,
  PeriodFigures,
  YearFigures,
} from "../../../src/domain/analysis/types";
import type { ImportResult } from "../../../src/domain/import/types";

export interface MonthInput {
  revenue: number;
  cost?: number | null;
  target?: number | null;
}

function period(revenue: number, cost: number | null, lines: number): PeriodFigures {
  const margin = cost === null ? null : revenue - cost;
  return {
    revenue,
    cost,
    margin,
    markupRate: cost && margin !== null ? margin / cost : null,
    marginRate: revenue && margin !== null ? margin / revenue : null,
    quantity: null,
    lines,
    missingCostLines: cost === null ? lines : 0,
    missingQuantityLines: lines,
  };
}

const key = (y: number, m: number) => `${y}-${String(m).padStart(2, "0")}`;

/** The twelve month keys of a calendar year. */
export const yearMonths = (y: number) => Array.from({ length: 12 }, (_, i) => key(y, i + 1));

/** Monthly figures from a start month and one input per month (calendar years). */
export function monthSeries(
  start: string,
  inputs: MonthInput[],
  partialLast?: { from: string; to: string }
): MonthFigures[] {
  let [y, m] = start.split("-").map(Number);
  const out: MonthFigures[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const inp = inputs[i];
    const p = period(inp.revenue, inp.cost ?? null, 10);
    const prev = out[i - 1];
    const lastYear = i >= 12 ? out[i - 12] : null;
    const ytd = (prev && prev.year === y ? prev.ytdRevenue : 0) + inp.revenue;
    const prevYtd = lastYear ? lastYear.ytdRevenue : null;
    const target = inp.target ?? null;
    const isLast = i === inputs.length - 1;
    out.push({
      ...p,
      month: key(y, m),
      year: y,
      monthNumber: m,
      partial: isLast && !!partialLast,
      partialCoverage: isLast && partialLast ? partialLast : null,
      prevMonthChange: prev ? inp.revenue - prev.revenue : null,
      prevMonthChangePct: prev && prev.revenue ? inp.revenue / prev.revenue - 1 : null,
      prevYearRevenue: lastYear ? lastYear.revenue : null,
      prevYearChange: lastYear ? inp.revenue - lastYear.revenue : null,
      prevYearChangePct: lastYear && lastYear.revenue ? inp.revenue / lastYear.revenue - 1 : null,
      ytdRevenue: ytd,
      ytdMonths: m,
      prevYtdRevenue: prevYtd,
      ytdChangePct: prevYtd ? ytd / prevYtd - 1 : null,
      target,
      targetGap: target === null ? null : inp.revenue - target,
      targetGapPct: target ? inp.revenue / target - 1 : null,
      ytdTarget: null,
    });
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

function years(months: MonthFigures[]): YearFigures[] {
  const byYear = new Map<number, MonthFigures[]>();
  for (const mf of months) byYear.set(mf.year, [...(byYear.get(mf.year) ?? []), mf]);
  const out: YearFigures[] = [];
  const byKey = new Map(months.map((x) => [x.month, x]));
  for (const [year, ms] of byYear) {
    const revenue = ms.reduce((s, x) => s + x.revenue, 0);
    // Like-for-like: full months whose month a year earlier is in the data and full.
    const comparable = ms.filter((x) => {
      const before = byKey.get(key(x.year - 1, x.monthNumber));
      return !x.partial && before !== undefined && !before.partial;
    });
    const comparableRevenue = comparable.length
      ? comparable.reduce((s, x) => s + x.revenue, 0)
      : null;
    const prevComparable = comparable.length
      ? comparable.reduce((s, x) => s + byKey.get(key(x.year - 1, x.monthNumber))!.revenue, 0)
      : null;
    const hasCost = ms.every((x) => x.cost !== null);
    const cost = hasCost ? ms.reduce((s, x) => s + (x.cost ?? 0), 0) : null;
    const prev = out.at(-1);
    out.push({
      ...period(revenue, cost, ms.length * 10),
      year: String(year),
      months: ms.length,
      complete: ms.length === 12 && !ms.some((x) => x.partial),
      prevYearChangePct:
        prev && prev.complete && ms.length === 12 && !ms.some((x) => x.partial)
          ? revenue / prev.revenue - 1
          : null,
      target: null,
      comparableMonths: comparable.length,
      comparableRevenue,
      prevYearComparableRevenue: prevComparable,
      comparableChangePct:
        comparableRevenue !== null && prevComparable
          ? comparableRevenue / prevComparable - 1
          : null,
    });
  }
  return out;
}

/** An analysis over a monthly series, with the given insights. */
export function makeAnalysis(
  months: MonthFigures[],
  insights: Insight[],
  extra: Partial<Analysis> = {}
): Analysis {
  const revenue = months.reduce((s, x) => s + x.revenue, 0);
  const costAvailable = months.every((x) => x.cost !== null);
  const cost = costAvailable ? months.reduce((s, x) => s + (x.cost ?? 0), 0) : null;
  const last = months.at(-1);
  const full = months.filter((x) => !x.partial);
  return {
    currency: "EUR",
    fiscalYearStartMonth: 1,
    months,
    total: period(revenue, cost, months.length * 10),
    years: years(months),
    monthlyAverage: full.reduce((s, x) => s + x.revenue, 0) / Math.max(1, full.length),
    fullMonths: full.length,
    costAvailable,
    targetsAvailable: months.some((x) => x.target !== null),
    mainDimension: "Région",
    secondDimension: "Gamme",
    breakdowns: {},
    pivot: null,
    contributions: { month: null, year: null },
    comparedPeriods: { month: null, year: null },
    lastFullMonth: full.at(-1)?.month ?? null,
    targetSource: months.some((x) => x.target !== null) ? "options" : "none",
    targetRule: null,
    insights,
    firstDate: `${months[0].month}-01`,
    lastDate: last?.partialCoverage?.to ?? `${last?.month}-28`,
    ...extra,
  };
}

const base = {
  score: 0.5,
  impact: 0.3,
  significance: 0.99,
  pValue: 0.01,
  test: "threshold" as const,
  measure: "revenue" as const,
};

/**
 * Two years 2023–2024 of a small business (euros). 2023: 10 000 a month, except as noted;
 * 2024: rising. Figures chosen to be checked by hand in the tests.
 */
export function twoYearSeries(): MonthFigures[] {
  const y2023 = [10000, 9000, 11000, 10000, 10000, 10000, 9500, 8000, 10500, 11000, 12000, 15000];
  const y2024 = [11000, 10000, 12500, 11000, 11500, 11000, 10500, 8500, 12000, 12500, 13500, 16000];
  return monthSeries(
    "2023-01",
    [...y2023, ...y2024].map((revenue) => ({ revenue, cost: revenue * 0.7 }))
  );
}

/** One insight of every kind, with figures consistent with twoYearSeries(). */
export function everyInsight(): Insight[] {
  return [
    {
      ...base,
      id: "i1",
      kind: "outstandingFirst",
      scope: "month",
      subject: "2024-12",
      value: 16000,
      share: 16000 / 140000,
      runnerUp: { subject: "2024-11", value: 13500 },
      average: 140000 / 12,
    },
    {
      ...base,
      id: "i2",
      kind: "outstandingLast",
      scope: "month",
      subject: "2024-08",
      value: 8500,
      share: 8500 / 140000,
      runnerUp: { subject: "2024-02", value: 10000 },
      average: 140000 / 12,
    },
    {
      ...base,
      id: "i3",
      kind: "contribution",
      period: "year",
      from: "2023",
      to: "2024",
      dimension: "Région",
      member: "Ouest",
      memberChange: 9200,
      totalChange: 14000,
      shareOfChange: 9200 / 14000,
      fromRevenue: 126000,
      toRevenue: 140000,
      months: yearMonths(2024),
    },
    {
      ...base,
      id: "i4",
      kind: "majority",
      dimension: "Région",
      member: "Ouest",
      value: 75600,
      share: 0.54,
    },
    {
      ...base,
      id: "i5",
      kind: "rateShift",
      rate: "marginRate",
      period: "year",
      from: "2023",
      to: "2024",
      before: 0.312,
      after: 0.289,
      delta: 0.289 - 0.312,
      months: yearMonths(2024),
    },
    {
      ...base,
      id: "i6",
      kind: "trend",
      direction: "up",
      from: "2023-01",
      to: "2024-12",
      months: 24,
      slopePerMonth: 245.5,
      slopeRelative: 245.5 / 11250,
    },
    {
      ...base,
      id: "i7",
      kind: "outlier",
      month: "2024-08",
      direction: "low",
      value: 8500,
      expected: 11200,
      deviationPct: 8500 / 11200 - 1,
    },
    {
      ...base,
      id: "i8",
      kind: "pareto",
      dimension: "Magasin",
      topCount: 2,
      memberCount: 10,
      topShare: 0.47,
    },
    {
      ...base,
      id: "i9",
      kind: "changePoint",
      month: "2024-01",
      before: 10500,
      after: 11666.67,
      changePct: 11666.67 / 10500 - 1,
    },
    {
      ...base,
      id: "i10",
      kind: "seasonality",
      peakMonth: 12,
      troughMonth: 8,
      peakIndex: 1.34,
      troughIndex: 0.72,
      years: 2,
    },
    {
      ...base,
      id: "i11",
      kind: "targetGap",
      period: "2024-03",
      target: 14200,
      actual: 12500,
      gap: 12500 - 14200,
      gapPct: 12500 / 14200 - 1,
    },
    {
      ...base,
      id: "i12",
      kind: "outstandingFirst",
      scope: { dimension: "Gamme" },
      subject: "Papeterie",
      value: 52000,
      share: 52000 / 140000,
      runnerUp: { subject: "Mobilier", value: 41000 },
      average: 28000,
    },
    {
      ...base,
      id: "i13",
      kind: "outstandingLast",
      scope: { dimension: "Rayon" },
      subject: "Accessoires",
      value: 6100,
      share: 6100 / 140000,
      runnerUp: null,
      average: 28000,
    },
  ];
}

/** A minimal import result, for caveats (rejected rows, file name, dimension kinds). */
export function importResultWith(options: {
  rowsRejected?: number;
  rejectedRevenue?: number;
  delimiter?: string;
  revenueHeader?: string;
  currency?: string | null;
}): ImportResult {
  return {
    ok: true,
    table: null,
    source: {
      file: "ventes.csv",
      format: "csv",
      encoding: "utf-8",
      delimiter: options.delimiter ?? ";",
      rowsRead: 250,
      rowsImported: 250 - (options.rowsRejected ?? 0),
      rowsRejected: options.rowsRejected ?? 0,
    },
    columns: [],
    roles: {
      date: "Date",
      revenue: options.revenueHeader ?? "CA HT",
      cost: "Coût",
      profit: null,
      quantity: null,
      unitPrice: null,
      discount: null,
      target: null,
      dimensions: ["Région", "Gamme"],
    },
    derived: [],
    issues: [],
    reconciliation: [
      {
        measure: "revenue",
        header: options.revenueHeader ?? "CA HT",
        source: 140000 + (options.rejectedRevenue ?? 0),
        imported: 140000,
        rejected: options.rejectedRevenue ?? 0,
        skippedTotals: 0,
      },
    ],
    totals: { revenue: 140000, cost: null, margin: null, quantity: null },
    fatal: null,
  };
}

// ---------------------------------------------------------------- scenario catalogue

export interface Scenario {
  name: string;
  analysis: Analysis;
  importResult?: ImportResult;
  fileName?: string;
  /** Words that come from the data (member names, headers, file names): not ours to spell. */
  dataWords: string[];
}

let nextId = 1000;
/** An insight with the common fields filled in. */
function ins<T extends Omit<Insight, keyof typeof base | "id">>(
  fields: T,
  extra: { measure?: InsightMeasure } = {}
): Insight {
  return { ...base, ...extra, id: `s${nextId++}`, ...fields } as unknown as Insight;
}

/**
 * Analyses covering every insight kind and the branches of each wording: up and down, shares
 * above and below one, unknown and known dimensions of both genders, null rates, quantities,
 * margins, one-member Pareto, fiscal years, partial months at either end, missing costs, rejected
 * rows (one and many), like-for-like comparisons.
 */
export function scenarios(): Scenario[] {
  const two = twoYearSeries();
  const out: Scenario[] = [];
  out.push({
    name: "every insight kind, two years",
    analysis: makeAnalysis(two, everyInsight()),
    importResult: importResultWith({ rowsRejected: 3, rejectedRevenue: 1234.5 }),
    dataWords: ["Ouest", "Papeterie", "Mobilier", "Accessoires", "ventes.csv"],
  });
  out.push({
    name: "downward year, members without article or gender",
    analysis: makeAnalysis(
      monthSeries(
        "2023-01",
        [
          ...[12, 12, 13, 12, 12, 12, 11, 10, 12, 12, 13, 16],
          ...[11, 11, 12, 11, 10, 10, 10, 8, 10, 11, 12, 14],
        ].map((k) => ({ revenue: k * 1000, cost: k * 650 }))
      ),
      [
        ins({
          kind: "trend",
          direction: "down",
          from: "2023-06",
          to: "2024-12",
          months: 19,
          slopePerMonth: -180.4,
          slopeRelative: -0.0161,
          dimension: "Commercial",
          member: "Anne Martin",
        }),
        ins({
          kind: "contribution",
          period: "year",
          from: "2023",
          to: "2024",
          dimension: "Commercial",
          member: "Éric Dubois",
          memberChange: -18000,
          totalChange: -13000,
          shareOfChange: 18000 / 13000,
          fromRevenue: 147000,
          toRevenue: 130000,
          months: yearMonths(2024),
        }),
        ins({
          kind: "contribution",
          period: "month",
          from: "2024-11",
          to: "2024-12",
          dimension: "Typologie",
          member: "Grand compte",
          memberChange: -500,
          totalChange: 2000,
          shareOfChange: -0.25,
          fromRevenue: 12000,
          toRevenue: 14000,
          months: ["2024-12"],
        }),
        ins({
          kind: "majority",
          dimension: "Typologie",
          member: "Grand compte",
          value: 70200,
          share: 0.54,
        }),
        ins({
          kind: "majority",
          dimension: "Commercial",
          member: "Anne Martin",
          value: 65000,
          share: 0.5,
        }),
        ins({
          kind: "pareto",
          dimension: "Typologie",
          topCount: 1,
          memberCount: 5,
          topShare: 0.54,
        }),
        ins({
          kind: "rateShift",
          rate: "markupRate",
          period: "month",
          from: "2024-11",
          to: "2024-12",
          before: 0.5385,
          after: 0.5714,
          delta: 0.5714 - 0.5385,
          months: ["2024-12"],
        }),
        ins({
          kind: "changePoint",
          month: "2024-05",
          before: 12400,
          after: 10571,
          changePct: null,
        }),
        ins({
          kind: "outlier",
          month: "2023-12",
          direction: "high",
          value: 16000,
          expected: 12500,
          deviationPct: null,
        }),
        ins({
          kind: "targetGap",
          period: "2024",
          target: 120000,
          actual: 130000,
          gap: 10000,
          gapPct: 10000 / 120000,
        }),
        ins({
          kind: "targetGap",
          period: "2024-12",
          target: 0,
          actual: 14000,
          gap: 14000,
          gapPct: null,
        }),
      ]
    ),
    importResult: importResultWith({ rowsRejected: 1, revenueHeader: "Montant" }),
    fileName: "export-crm.csv",
    dataWords: ["Anne Martin", "Éric Dubois", "Grand compte", "Typologie", "export-crm.csv"],
  });
  out.push({
    name: "margin and quantity measures, best only, worst only, people and cities",
    analysis: makeAnalysis(two, [
      ins(
        {
          kind: "outstandingFirst",
          scope: "month",
          subject: "2024-12",
          value: 4800,
          share: 0.114,
          runnerUp: null,
          average: 3500,
        },
        { measure: "margin" }
      ),
      ins(
        {
          kind: "outstandingLast",
          scope: "month",
          subject: "2024-08",
          value: 2550,
          share: 0.06,
          runnerUp: null,
          average: 3500,
        },
        { measure: "quantity" }
      ),
      ins(
        {
          kind: "outstandingFirst",
          scope: { dimension: "Ville" },
          subject: "Amiens",
          value: 1840,
          share: 0.31,
          runnerUp: { subject: "Lille", value: 1200 },
          average: 900,
        },
        { measure: "quantity" }
      ),
      ins(
        {
          kind: "outstandingLast",
          scope: { dimension: "Segment client" },
          subject: "Particuliers",
          value: 3100,
          share: 0.022,
          runnerUp: null,
          average: 28000,
        },
        { measure: "margin" }
      ),
      ins(
        {
          kind: "trend",
          direction: "up",
          from: "2023-03",
          to: "2024-12",
          months: 22,
          slopePerMonth: 41.6,
          slopeRelative: 0.012,
        },
        { measure: "quantity" }
      ),
      ins(
        {
          kind: "majority",
          dimension: "Canal",
          member: "Web",
          value: 2100,
          share: 0.61,
        },
        { measure: "quantity" }
      ),
    ]),
    dataWords: ["Amiens", "Lille", "Particuliers", "Web"],
  });
  out.push({
    name: "best month only, with the average",
    analysis: makeAnalysis(two, [
      ins({
        kind: "outstandingFirst",
        scope: "month",
        subject: "2024-12",
        value: 16000,
        share: 16000 / 140000,
        runnerUp: null,
        average: 140000 / 12,
      }),
    ]),
    dataWords: [],
  });
  out.push({
    name: "worst month only, with the average",
    analysis: makeAnalysis(two, [
      ins({
        kind: "outstandingLast",
        scope: "month",
        subject: "2024-08",
        value: 8500,
        share: 8500 / 140000,
        runnerUp: null,
        average: 140000 / 12,
      }),
      ins({
        kind: "contribution",
        period: "year",
        from: "2023",
        to: "2024",
        dimension: "Gamme",
        member: "Papeterie",
        memberChange: 3000,
        totalChange: 10000,
        shareOfChange: 0.3,
        fromRevenue: 90000,
        toRevenue: 100000,
        months: ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"],
      }),
      ins({
        kind: "rateShift",
        rate: "marginRate",
        period: "year",
        from: "2023",
        to: "2024",
        before: 0.3,
        after: 0.315,
        delta: 0.015,
        months: ["2024-01"],
      }),
    ]),
    dataWords: ["Papeterie"],
  });
  // Year to date (incomplete last year, partial last month), rejected rows without file name.
  const ytd = monthSeries(
    "2023-01",
    [
      ...[10, 9, 11, 10, 10, 10, 9.5, 8, 10.5, 11, 12, 15],
      ...[10.5, 9.2, 11.8, 10.1, 10.6, 11.2, 4.1],
    ].map((k) => ({ revenue: k * 1000, cost: k * 700 })),
    { from: "2024-07-01", to: "2024-07-12" }
  );
  out.push({
    name: "year to date, partial last month",
    analysis: makeAnalysis(ytd, [
      ins({
        kind: "seasonality",
        peakMonth: 12,
        troughMonth: 4,
        peakIndex: 1.41,
        troughIndex: 0.874,
        years: 3,
      }),
      // Target on the full months of 2024 (January to June), cumulated.
      ins({
        kind: "targetGap",
        period: "2024",
        target: 60000,
        actual: 63400,
        gap: 3400,
        gapPct: 3400 / 60000,
      }),
    ]),
    importResult: { ...importResultWith({ rowsRejected: 12 }), reconciliation: [] },
    dataWords: ["ventes.csv"],
  });
  // The same month a year later against a stable year.
  const stable = monthSeries(
    "2023-01",
    [...Array(12).fill(10000), ...Array(11).fill(10000), 10004].map((revenue) => ({
      revenue,
      cost: null,
    }))
  );
  out.push({
    name: "stable year, no cost at all",
    analysis: makeAnalysis(stable, []),
    dataWords: [],
  });
  // Previous year covered in part: like-for-like on July–December.
  const lfl = monthSeries(
    "2023-07",
    [...Array(6).fill(9000), ...Array(12).fill(10000)].map((revenue) => ({ revenue, cost: 6000 }))
  );
  out.push({ name: "like-for-like months", analysis: makeAnalysis(lfl, []), dataWords: [] });
  // A few months, partial at both ends, some lines without cost.
  const few = monthSeries(
    "2024-03",
    [{ revenue: 2100.5 }, { revenue: 7000 }, { revenue: 6500 }, { revenue: 2100 }],
    { from: "2024-06-01", to: "2024-06-17" }
  );
  few[0] = { ...few[0], partial: true, partialCoverage: { from: "2024-03-11", to: "2024-03-31" } };
  const fewAnalysis = makeAnalysis(few, []);
  fewAnalysis.costAvailable = true;
  fewAnalysis.total = { ...fewAnalysis.total, missingCostLines: 7, lines: 40 };
  out.push({ name: "short period, partial at both ends", analysis: fewAnalysis, dataWords: [] });
  // A single month.
  out.push({
    name: "single month",
    analysis: makeAnalysis(monthSeries("2024-10", [{ revenue: 8450.2, cost: 5000 }]), []),
    dataWords: [],
  });
  // Fiscal year April–March, complete, against the previous one.
  const fiscalMonths = monthSeries(
    "2022-04",
    [...Array(12).fill(10000), ...Array(12).fill(10800)].map((revenue) => ({
      revenue,
      cost: revenue * 0.6,
    }))
  );
  const fiscal = makeAnalysis(fiscalMonths, [
    ins({
      kind: "rateShift",
      rate: "markupRate",
      period: "year",
      from: "2022-2023",
      to: "2023-2024",
      before: 0.6667,
      after: 0.6,
      delta: 0.6 - 0.6667,
      months: [],
    }),
  ]);
  fiscal.fiscalYearStartMonth = 4;
  fiscal.years = [
    { ...fiscal.years[0], year: "2022-2023", months: 12, complete: true, revenue: 120000 },
    {
      ...fiscal.years[1],
      year: "2023-2024",
      months: 12,
      complete: true,
      revenue: 129600,
      prevYearChangePct: 0.08,
    },
  ];
  out.push({ name: "fiscal year", analysis: fiscal, dataWords: [] });
  // Target above, unknown-dimension Pareto, outstanding of an unknown dimension.
  out.push({
    name: "target met, unknown dimension",
    analysis: makeAnalysis(two, [
      ins({
        kind: "targetGap",
        period: "2024-10",
        target: 11500,
        actual: 12500,
        gap: 1000,
        gapPct: 1000 / 11500,
      }),
      ins({
        kind: "pareto",
        dimension: "Typologie",
        topCount: 3,
        memberCount: 14,
        topShare: 0.62,
      }),
      ins({
        kind: "outstandingFirst",
        scope: { dimension: "Typologie" },
        subject: "Grossistes",
        value: 41000,
        share: 0.29,
        runnerUp: { subject: "Détaillants", value: 30000 },
        average: 10000,
      }),
      ins({
        kind: "changePoint",
        month: "2024-09",
        before: 10900,
        after: 13500,
        changePct: 13500 / 10900 - 1,
      }),
      ins({
        kind: "outlier",
        month: "2024-03",
        direction: "high",
        value: 12500,
        expected: 10600,
        deviationPct: 12500 / 10600 - 1,
      }),
      ins({
        kind: "targetGap",
        period: "2024-08",
        target: 10000,
        actual: 8500,
        gap: -1500,
        gapPct: null,
      }),
    ]),
    dataWords: ["Typologie", "Grossistes", "Détaillants"],
  });
  // Merged facts: outlier with its target gap (both directions, with and without a percentage),
  // the same series under two dimensions, overall and member trends.
  const trendOf = (dimension: string | undefined, member: string | undefined) =>
    ins({
      kind: "trend",
      direction: "up",
      from: "2023-01",
      to: "2024-12",
      months: 24,
      slopePerMonth: 310,
      slopeRelative: 0.027,
      ...(dimension ? { dimension, member } : {}),
    });
  out.push({
    name: "merged facts: outlier and target, aliases, overall and member trends",
    analysis: makeAnalysis(two, [
      ins({
        kind: "outlier",
        month: "2024-06",
        direction: "high",
        value: 16500,
        expected: 11000,
        deviationPct: 0.5,
      }),
      ins({
        kind: "targetGap",
        period: "2024-06",
        target: 11500,
        actual: 16500,
        gap: 5000,
        gapPct: 5000 / 11500,
      }),
      ins({
        kind: "outlier",
        month: "2024-02",
        direction: "low",
        value: 7000,
        expected: 10000,
        deviationPct: null,
      }),
      ins({
        kind: "targetGap",
        period: "2024-02",
        target: 10000,
        actual: 7000,
        gap: -3000,
        gapPct: null,
      }),
      trendOf("Commercial", "Thomas Le Gall"),
      trendOf("Région", "Ouest"),
      trendOf(undefined, undefined),
      ins({
        kind: "contribution",
        period: "year",
        from: "2023",
        to: "2024",
        dimension: "Commercial",
        member: "Thomas Le Gall",
        memberChange: 21000,
        totalChange: 14000,
        shareOfChange: 1.5,
        fromRevenue: 126000,
        toRevenue: 140000,
        months: yearMonths(2024),
      }),
      ins({
        kind: "contribution",
        period: "year",
        from: "2023",
        to: "2024",
        dimension: "Région",
        member: "Ouest",
        memberChange: 21000,
        totalChange: 14000,
        shareOfChange: 1.5,
        fromRevenue: 126000,
        toRevenue: 140000,
        months: yearMonths(2024),
      }),
    ]),
    dataWords: ["Thomas Le Gall", "Ouest"],
  });
  out.push(...nonPositiveScenarios());
  return out;
}

/**
 * Months at zero or below (issue: "a month with no sales or a negative month is always worth
 * saying", and never with a rate): 2023 at 4 000 € a month, except March −1 205 € (credit notes
 * above sales, an outlier with a target of 4 000 €), April with no line at all (an outlier), June
 * at 0 € with lines and September at −50 € (no insight: the caveat says them). A second series
 * has five months without a line and no insight at all.
 */
export function nonPositiveScenarios(): Scenario[] {
  const revenue = [4100, 3900, -1205, 0, 4050, 0, 3950, 4000, -50, 4150, 4000, 4100];
  const months = monthSeries(
    "2023-01",
    revenue.map((r, i) => ({ revenue: r, target: i === 2 ? 4000 : null }))
  );
  months[3] = { ...months[3], lines: 0, missingCostLines: 0, missingQuantityLines: 0 };
  const holes = monthSeries(
    "2023-01",
    [4100, 0, 0, 3900, 0, 4000, 0, 4100, 0, 4000, 3900, 4100].map((r) => ({ revenue: r }))
  ).map((m) => (m.revenue === 0 ? { ...m, lines: 0 } : m));
  return [
    {
      name: "a negative month and a month without sales (outliers), two more at zero or below",
      analysis: makeAnalysis(months, [
        ins({
          kind: "outlier",
          month: "2023-03",
          direction: "low",
          value: -1205,
          expected: 3951,
          deviationPct: (-1205 - 3951) / 3951,
        }),
        ins({
          kind: "outlier",
          month: "2023-04",
          direction: "low",
          value: 0,
          expected: 3954,
          deviationPct: -1,
        }),
        ins({
          kind: "targetGap",
          period: "2023-03",
          target: 4000,
          actual: -1205,
          gap: -5205,
          gapPct: -5205 / 4000,
        }),
      ]),
      dataWords: [],
    },
    { name: "five months without a line", analysis: makeAnalysis(holes, []), dataWords: [] },
  ];
}
