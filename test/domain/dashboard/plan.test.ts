import { buildPlan, PlanError } from "../../../src/domain/dashboard/plan";
import type { DashboardPlan, TablePlan } from "../../../src/domain/dashboard/types";
import { dailyLines, planInput, type Line } from "./fixtures";

const table = (plan: DashboardPlan, key: TablePlan["key"]) =>
  plan.tables.find((t) => t.key === key)!;
const headers = (t: TablePlan) => t.columns.map((c) => c.header);
const formulaOf = (t: TablePlan, key: string) => {
  const source = t.columns.find((c) => c.key === key)!.source;
  return source.kind === "formula" ? source.formula : null;
};

/** One year of daily sales for 3 regions with cost. */
const oneYear = dailyLines(
  "2024-01-01",
  "2024-12-31",
  { Région: ["Nord", "Sud", "Ouest"] },
  (d, k) => ({
    revenue: 100 + k * 10 + (d % 7),
    cost: 60 + k * 5,
  })
);

describe("buildPlan: names", () => {
  it("uses French names in French and English names in English", () => {
    const fr = buildPlan(planInput(oneYear.slice(0, 400)));
    expect(fr.sheets.map((s) => s.name)).toEqual([
      "Données",
      "TCD",
      "Suivi mensuel",
      "Graphiques",
      "Commentaire",
    ]);
    expect(fr.tables.map((t) => t.name)).toEqual([
      "Ventes",
      "SuiviMensuel",
      "Objectifs",
      "Repartition",
    ]);
    const en = buildPlan(planInput(oneYear.slice(0, 400), { lang: "en" }));
    expect(en.sheets.map((s) => s.name)).toEqual([
      "Data",
      "Pivots",
      "Monthly tracking",
      "Charts",
      "Commentary",
    ]);
    expect(en.tables.map((t) => t.name)).toEqual([
      "Sales",
      "MonthlyTracking",
      "Targets",
      "Distribution",
    ]);
  });
});

describe("buildPlan: data table", () => {
  const plan = buildPlan(planInput(oneYear));
  const sales = table(plan, "sales");

  it("has the records, a date column, the dimension as text and the helper columns as calculated columns", () => {
    expect(headers(sales)).toEqual([
      "Date",
      "Région",
      "CA HT",
      "Coût d’achat",
      "Année",
      "Mois",
      "Marge brute",
    ]);
    expect(sales.rowCount).toBe(oneYear.length);
    expect(sales.write).toBe("chunked");
    expect(sales.columns[1].numberFormat).toBe("@");
    expect(formulaOf(sales, "year")).toBe("=YEAR([@Date])");
    expect(formulaOf(sales, "month")).toBe("=DATE(YEAR([@Date]),MONTH([@Date]),1)");
    expect(formulaOf(sales, "margin")).toBe("=[@[CA HT]]-[@[Coût d’achat]]");
  });

  it("gives every numeric column a number format", () => {
    for (const c of sales.columns.filter((c) => c.key !== "dim:Région"))
      expect(c.numberFormat).not.toMatch(/^(General|@)$/);
  });

  it("keeps dangerous member labels as text (apostrophe prefix)", () => {
    const lines: Line[] = oneYear.slice(0, 60).map((l, i) => ({
      ...l,
      dims: { Client: i % 2 ? '=HYPERLINK("http://x","clic")' : "+33 6 12 34 56 78" },
    }));
    const p = buildPlan(planInput(lines));
    const source = table(p, "sales").columns.find((c) => c.key === "dim:Client")!.source;
    expect(source.kind).toBe("codes");
    if (source.kind === "codes") {
      expect(source.labels).toContain(`'=HYPERLINK("http://x","clic")`);
      expect(source.labels).toContain("'+33 6 12 34 56 78");
    }
  });
});

describe("buildPlan: tracking table", () => {
  it("has one row per month in order, live formulas and a total row; no N-1 for a single year", () => {
    const plan = buildPlan(planInput(oneYear));
    const t = table(plan, "tracking");
    expect(t.rowCount).toBe(12);
    expect(headers(t)).toEqual([
      "Mois",
      "CA HT",
      "Écart M-1",
      "Évolution M-1",
      "Cumul CA",
      "Coût d’achat",
      "Marge brute",
      "Taux de marque",
      "Taux de marge",
    ]);
    expect(formulaOf(t, "revenue")).toBe("=SUMIFS(Ventes[CA HT],Ventes[Mois],[@Mois])");
    expect(formulaOf(t, "cost")).toBe("=SUMIFS(Ventes[Coût d’achat],Ventes[Mois],[@Mois])");
    expect(formulaOf(t, "marginRate")).toBe(
      '=IF([@[CA HT]]<=0,"n.s.",[@[Marge brute]]/[@[CA HT]])'
    );
    // M-1 through the lookup a trainer teaches: no previous row for the first month → #N/A → "".
    expect(formulaOf(t, "prevMonthChange")).toBe(
      '=IFERROR([@[CA HT]]-INDEX(SuiviMensuel[CA HT],MATCH(EDATE([@Mois],-1),SuiviMensuel[Mois],0)),"")'
    );
    const explained = plan.trackingColumns.find((c) => c.key === "prevMonthChange")!.explanation;
    for (const word of ["SIERREUR", "INDEX", "EQUIV", "MOIS.DECALER"])
      expect(explained.fr).toContain(word);
    for (const word of ["IFERROR", "INDEX", "MATCH", "EDATE"]) expect(explained.en).toContain(word);
    expect(formulaOf(t, "ytdRevenue")).toBe(
      '=SUMIFS(SuiviMensuel[CA HT],SuiviMensuel[Mois],">="&DATE(YEAR([@Mois]),1,1),SuiviMensuel[Mois],"<="&[@Mois])'
    );
    const months = t.columns[0].source;
    expect(months.kind === "inputs" && months.inputs).toEqual(
      Array.from({ length: 12 }, (_, m) => Date.UTC(2024, m, 1) / 86_400_000 + 25569)
    );
    expect(t.showTotals).toBe(true);
    expect(t.columns[1].total).toBe("=SUBTOTAL(109,SuiviMensuel[CA HT])");
    expect(plan.messages.map((m) => m.fr).join(" ")).toMatch(/N-1 sont absentes/);
  });

  it("adds the N-1 columns when the data covers two years, with n.s. instead of a division by zero", () => {
    const twoYears = dailyLines(
      "2023-01-01",
      "2024-12-31",
      { Région: ["Nord", "Sud"] },
      (d, k) => ({ revenue: 50 + k + (d % 5) })
    );
    const t = table(buildPlan(planInput(twoYears)), "tracking");
    expect(headers(t)).toEqual([
      "Mois",
      "CA HT",
      "CA N-1",
      "Écart N/N-1",
      "Évolution N/N-1",
      "Écart M-1",
      "Évolution M-1",
      "Cumul CA",
    ]);
    expect(formulaOf(t, "prevYearChangePct")).toBe(
      '=IF([@[CA N-1]]="","",IF([@[CA N-1]]<=0,"n.s.",[@[Écart N/N-1]]/[@[CA N-1]]))'
    );
    // Every division of the table is guarded by a test of its denominator.
    let divisions = 0;
    for (const c of t.columns) {
      const f = c.source.kind === "formula" ? c.source.formula : "";
      for (const m of f.matchAll(/\/(\([^()]*\)|\[@\[[^\]]+\]\]|\[@\w+\])/g)) {
        expect(f).toContain(`${m[1]}<=0`);
        divisions++;
      }
    }
    expect(divisions).toBe(2);
  });

  it("leaves out cost columns without cost and adds target columns with targets", () => {
    const lines = oneYear.map((l) => ({ date: l.date, revenue: l.revenue, dims: l.dims }));
    const t = table(
      buildPlan(
        planInput(lines, {}, { targets: { monthly: { "2024-01": 9000, "2024-02": 8000 } } })
      ),
      "tracking"
    );
    expect(headers(t)).not.toContain("Coût d’achat");
    expect(headers(t)).toEqual(expect.arrayContaining(["Objectif", "Écart objectif"]));
    expect(formulaOf(t, "target")).toBe(
      '=IF(SUMIFS(Objectifs[Objectif],Objectifs[Mois],[@Mois])=0,"",SUMIFS(Objectifs[Objectif],Objectifs[Mois],[@Mois]))'
    );
  });

  it("puts the monthly targets in an editable targets table", () => {
    const plan = buildPlan(planInput(oneYear, {}, { targets: { monthly: { "2024-03": 12500 } } }));
    const targets = table(plan, "targets");
    expect(headers(targets)).toEqual(["Mois", "Objectif"]);
    // Beside the tracking table, on its header row, one blank column apart.
    const tracking = table(plan, "tracking");
    expect([targets.row, targets.col]).toEqual([tracking.row, tracking.columns.length + 1]);
    expect(targets.rowCount).toBe(tracking.rowCount);
    const values = targets.columns[1].source;
    expect(values.kind === "inputs" && values.inputs[2]).toBe(12500);
    expect(values.kind === "inputs" && values.inputs[0]).toBe("");
  });

  it("marks a partial last month in a Statut column, by a live IF formula", () => {
    const lines = dailyLines("2024-01-01", "2024-06-17", { Région: ["Nord", "Sud"] }, (_d, k) => ({
      revenue: 80 + k,
    }));
    const t = table(buildPlan(planInput(lines)), "tracking");
    const status = t.columns.find((c) => c.key === "status")!;
    expect(status.header).toBe("Statut");
    // June 2024 is the partial month: named by a DATE, the day read from the data's last date.
    expect(formulaOf(t, "status")).toBe(
      '=IF([@Mois]=DATE(2024,6,1),"Mois incomplet (jusqu’au "&DAY(MAX(Ventes[Date]))&")","")'
    );
    expect(status.total).toBeUndefined();
    expect(
      formulaOf(table(buildPlan(planInput(lines, { lang: "en" })), "tracking"), "status")
    ).toBe('=IF([@Month]=DATE(2024,6,1),"Partial month (to day "&DAY(MAX(Sales[Date]))&")","")');
    // Full months only, no targets: no Statut column.
    const full = table(buildPlan(planInput(oneYear)), "tracking");
    expect(headers(full)).not.toContain("Statut");
  });

  it("says in Statut whether the target is met when there are targets", () => {
    const lines = oneYear.map((l) => ({ date: l.date, revenue: l.revenue, dims: l.dims }));
    const t = table(
      buildPlan(
        planInput(lines, {}, { targets: { monthly: { "2024-01": 9000, "2024-02": 8000 } } })
      ),
      "tracking"
    );
    expect(headers(t).slice(-3)).toEqual(["Objectif", "Écart objectif", "Statut"]);
    expect(formulaOf(t, "status")).toBe(
      '=IF([@[Écart objectif]]="","",IF([@[Écart objectif]]>=0,"Objectif atteint","Sous l’objectif"))'
    );
  });

  it("names a partial first month by its first day, and both edges when both are partial", () => {
    const lines = dailyLines("2024-01-10", "2024-06-17", { Région: ["Nord", "Sud"] }, (_d, k) => ({
      revenue: 80 + k,
    }));
    const t = table(
      buildPlan(planInput(lines, { lang: "en" }, { targets: { monthly: { "2024-03": 1000 } } })),
      "tracking"
    );
    expect(formulaOf(t, "status")).toBe(
      '=IF([@Month]=DATE(2024,1,1),"Partial month (from day "&DAY(MIN(Sales[Date]))&")",' +
        'IF([@Month]=DATE(2024,6,1),"Partial month (to day "&DAY(MAX(Sales[Date]))&")",' +
        'IF([@[Gap to target]]="","",IF([@[Gap to target]]>=0,"Target met","Below target"))))'
    );
  });

  it("compares a partial month with no other month nor its target, by DATE as in Statut", () => {
    // January 2023 starts on the 10th, June 2024 stops on the 17th.
    const lines = dailyLines("2023-01-10", "2024-06-17", { Région: ["Nord", "Sud"] }, (d, k) => ({
      revenue: 80 + k + (d % 3),
    }));
    const plan = buildPlan(
      planInput(lines, {}, { targets: { monthly: { "2024-05": 5000, "2024-06": 5000 } } })
    );
    const t = table(plan, "tracking");
    // N-1: not for June 2024 (partial), nor January 2024 (its N-1, January 2023, is partial).
    expect(formulaOf(t, "prevYearRevenue")).toBe(
      '=IF(OR(EDATE([@Mois],-12)<MIN(Ventes[Mois]),[@Mois]=DATE(2024,1,1),[@Mois]=DATE(2024,6,1)),"",SUMIFS(Ventes[CA HT],Ventes[Mois],EDATE([@Mois],-12)))'
    );
    // M-1: not for February 2023 (after a partial month) nor June 2024; IFERROR for the first row.
    expect(formulaOf(t, "prevMonthChange")).toBe(
      '=IF(OR([@Mois]=DATE(2023,2,1),[@Mois]=DATE(2024,6,1)),"",IFERROR([@[CA HT]]-INDEX(SuiviMensuel[CA HT],MATCH(EDATE([@Mois],-1),SuiviMensuel[Mois],0)),""))'
    );
    expect(formulaOf(t, "targetGap")).toBe(
      '=IF(OR([@Objectif]="",[@Mois]=DATE(2023,1,1),[@Mois]=DATE(2024,6,1)),"",[@[CA HT]]-[@Objectif])'
    );
    // The N-1 totals stay plain SUBTOTALs: they sum the same (compared) months.
    const column = (key: string) => t.columns.find((c) => c.key === key)!;
    expect(column("prevYearChange").total).toBe("=SUBTOTAL(109,SuiviMensuel[[Écart N/N-1]])");
    expect(column("prevYearChangePct").total).toBe(
      '=IF(SUBTOTAL(109,SuiviMensuel[[CA N-1]])<=0,"n.s.",SUBTOTAL(109,SuiviMensuel[[Écart N/N-1]])/SUBTOTAL(109,SuiviMensuel[[CA N-1]]))'
    );
    const legend = plan.cells.find((c) => c.sheet === "tracking" && c.row === t.row - 1)!;
    expect(legend.inputs[0][0]).toBe(
      "n.s. : non significatif (référence nulle ou négative). Flèches : évolution > +2 %, < −2 % ou entre les deux. " +
        "Totaux N-1 : mois ayant un N-1. Mois incomplet : non comparé (écarts vides)."
    );
    // Without partial months, formulas and legend say nothing of them.
    const full = buildPlan(planInput(oneYear));
    const f = table(full, "tracking");
    expect(formulaOf(f, "prevMonthChange")).toMatch(/^=IFERROR\(/);
    const plain = full.cells.find((c) => c.sheet === "tracking" && c.row === f.row - 1)!;
    expect(plain.inputs[0][0]).not.toMatch(/incomplet|N-1/);
  });

  it("leaves the N-1 columns out when the only month a year on is partial", () => {
    const lines = dailyLines("2023-01-01", "2024-01-17", { Région: ["Nord"] }, (d) => ({
      revenue: 50 + (d % 4),
    }));
    const input = planInput(lines);
    expect(input.analysis.months.at(-1)!.partial).toBe(true);
    expect(input.analysis.months.at(-1)!.prevYearRevenue).not.toBeNull();
    const plan = buildPlan(input);
    expect(headers(table(plan, "tracking"))).not.toContain("CA N-1");
    expect(plan.messages.map((m) => m.fr).join(" ")).toMatch(/N-1 sont absentes/);
  });

  it("tells to refresh after typing targets only when the table has no target column yet", () => {
    const hint = (plan: DashboardPlan) =>
      String(plan.cells.find((c) => c.sheet === "tracking" && c.row === 1)!.inputs[0][0]);
    const without = buildPlan(planInput(oneYear));
    expect(hint(without)).toMatch(
      /saisissez vos objectifs dans la table « Objectifs », puis actualisez le tableau de bord\.$/
    );
    expect(hint(buildPlan(planInput(oneYear, { lang: "en" })))).toMatch(
      /type your targets in the "Targets" table, then refresh the dashboard\.$/
    );
    const withTargets = buildPlan(
      planInput(oneYear, {}, { targets: { monthly: { "2024-01": 9000 } } })
    );
    expect(hint(withTargets)).toMatch(/saisissez vos objectifs dans la table « Objectifs »\.$/);
  });

  it("colours gaps by sign and puts arrows on the change columns", () => {
    const plan = buildPlan(planInput(oneYear));
    expect(plan.conditionalFormats).toEqual([
      {
        kind: "sign",
        sheet: "tracking",
        address: "C5:C16",
        negativeColor: "#C00000",
        positiveColor: "#007A33",
      },
      {
        kind: "icons",
        sheet: "tracking",
        address: "D5:D16",
        style: "ThreeArrows",
        lower: -0.02,
        upper: 0.02,
      },
    ]);
  });
});

describe("buildPlan: pivots and the formula fallback", () => {
  const input = planInput(oneYear, {}, {}, { Région: "region" });

  it("plans native PivotTables on the data table when the host has ExcelApi 1.8", () => {
    const plan = buildPlan(input);
    expect(plan.pivots.map((p) => p.key)).toEqual(["byMonth", "marginByMain"]);
    expect(plan.pivots[0]).toMatchObject({
      source: "sales",
      rows: ["Mois"],
      columns: ["Région"],
      anchor: "E4",
    });
    expect(plan.pivots[1].data.map((d) => d.field)).toEqual(["Marge brute", "CA HT"]);
    // Side by side on row 4 (titles on row 3), the month table last: a refresh that adds months
    // or members only makes each table longer, or the month table wider, never over another.
    expect(plan.pivots[1].anchor).toBe("A4");
    const titles = plan.cells.filter((b) => b.sheet === "pivots" && b.row === 2);
    expect(titles.map((b) => b.col)).toEqual([4, 0]);
  });

  it("writes SUMIFS tables instead, and says why, without ExcelApi 1.8", () => {
    const plan = buildPlan({ ...input, capabilities: { pivotTables: false, invertColor: false } });
    expect(plan.pivots).toEqual([]);
    const formulas = plan.cells
      .filter((b) => b.sheet === "pivots")
      .flatMap((b) => b.inputs.flat())
      .filter((x) => typeof x === "string" && x.startsWith("="));
    expect(formulas).toContain("=SUMIFS(Ventes[CA HT],Ventes[Région],B$4,Ventes[Mois],$A5)");
    expect(plan.messages.map((m) => m.fr).join(" ")).toMatch(/ExcelApi 1\.8/);
    expect(
      plan.charts.find((c) => c.key === "revenueMargin")!.series.every((s) => s.axis === "Primary")
    ).toBe(true);
  });
});

describe("buildPlan: charts", () => {
  it("uses columns for the monthly revenue, a combo with the margin rate on a secondary axis, and a pie for 3 regions", () => {
    const plan = buildPlan(planInput(oneYear, {}, {}, { Région: "region" }));
    const [revenue, combo, distribution] = plan.charts;
    expect(revenue).toMatchObject({
      key: "revenue",
      type: "ColumnClustered",
      categories: "A5:A16",
      sourceSheet: "tracking",
    });
    expect(revenue.valueAxis!.title).toBe("CA HT (€)");
    expect(combo.series.map((s) => [s.type, s.axis])).toEqual([
      ["ColumnClustered", "Primary"],
      ["LineMarkers", "Secondary"],
    ]);
    expect(combo.secondaryValueAxis!.title).toBe("Taux de marque (%)");
    expect(distribution).toMatchObject({ key: "distribution", type: "Pie", sourceSheet: "charts" });
    expect(plan.charts.some((c) => c.key === "gap")).toBe(false);
  });

  it("uses a sorted bar beyond 6 members, and sign-coloured gap columns with last year", () => {
    const stores = Array.from({ length: 8 }, (_, i) => `Magasin ${String.fromCharCode(65 + i)}`);
    const lines = dailyLines("2023-01-01", "2024-12-31", { Magasin: stores }, (d, k) => ({
      revenue: 20 + k * 3 + (d % 3),
    }));
    const plan = buildPlan(
      planInput(lines, {}, { mainDimension: "Magasin" }, { Magasin: "store" })
    );
    const distribution = plan.charts.find((c) => c.key === "distribution")!;
    expect(distribution.type).toBe("BarClustered");
    expect(distribution.categoryAxis!.reversed).toBe(true);
    const revenue = plan.charts.find((c) => c.key === "revenue")!;
    expect(revenue.type).toBe("ColumnClustered"); // 24 months still read well as columns
    expect(revenue.series.map((s) => [s.name, s.type])).toEqual([
      ["CA HT", "ColumnClustered"],
      ["CA N-1", "LineMarkers"],
    ]);
    const gap = plan.charts.find((c) => c.key === "gap")!;
    // The first year has no gap to last year: the chart starts in the 13th month.
    expect(gap.categories).toBe("A17:A28");
    expect(gap.series[0].values).toMatch(/^[A-Z]+17:[A-Z]+28$/);
    expect(gap.series[0]).toMatchObject({
      name: "Écart N/N-1",
      type: "ColumnClustered",
      negativeColor: "#C62828",
    });
  });

  it("keeps columns up to 36 months (last year as a line) and draws longer series as a line", () => {
    const months = (to: string) =>
      buildPlan(
        planInput(
          dailyLines("2022-01-01", to, { Région: ["Nord"] }, (d) => ({ revenue: 10 + (d % 4) }))
        )
      ).charts[0];
    // 26 months, like the project's sample: columns for the revenue, a line for last year.
    const sample = months("2024-02-29");
    expect(sample.series.map((s) => s.type)).toEqual(["ColumnClustered", "LineMarkers"]);
    expect(months("2024-12-31").type).toBe("ColumnClustered"); // 36 months
    expect(months("2025-01-31").type).toBe("Line"); // 37 months
  });
});

describe("buildPlan: commentary and errors", () => {
  it("links each anchored sentence to a tracking cell", () => {
    const plan = buildPlan(planInput(oneYear));
    expect(plan.commentaryLinks.length).toBeGreaterThan(0);
    for (const link of plan.commentaryLinks) expect(link.address).toMatch(/^[A-Z]+\d+$/);
  });

  it("is deterministic", () => {
    const input = planInput(oneYear);
    expect(JSON.stringify(buildPlan(input))).toBe(JSON.stringify(buildPlan(input)));
  });

  it("refuses an empty import with the import's own message", () => {
    const input = planInput(oneYear.slice(0, 10));
    expect(() =>
      buildPlan({
        ...input,
        importResult: {
          ...input.importResult,
          ok: false,
          fatal: { fr: "Fichier vide", en: "Empty file" },
        },
      })
    ).toThrow(PlanError);
  });
});
