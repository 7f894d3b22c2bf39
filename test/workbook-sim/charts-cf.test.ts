/**
 * Charts (series, axes, titles, legend, labels) and conditional formats (rules and evaluated effects),
 * each test quoting the API reference (learn.microsoft.com/javascript/api/excel/..., the text of
 * @types/office-js): CHARTS = .../excel.chartcollection, CHART = .../excel.chart,
 * SERIES = .../excel.chartseries, CF = .../excel.conditionalformat,
 * CFS = .../excel.conditionalformatcollection (prefix https://learn.microsoft.com/javascript/api/excel).
 */
import { createSimulatedExcel } from "../../src/workbook-sim";

type Sim = ReturnType<typeof createSimulatedExcel>;

interface SeriesView {
  name: string;
  chartType: string;
  axisGroup: string;
  valuesAddress: string;
  xValuesAddress: string | null;
  values: (number | null)[];
  categories: string[];
  pointFills: Record<string, string>;
  invertIfNegative: boolean;
}
interface ChartViewT {
  name: string;
  chartType: string;
  title: { text: string };
  legend: { position: string; visible: boolean };
  axes: {
    value: {
      primary: { title: string; numberFormat: string };
      secondary: { title: string; numberFormat: string };
    };
    category: { primary: { title: string } };
  };
  position: { startCell: string; endCell: string };
  series: SeriesView[];
}

async function tracking(sim: Sim): Promise<void> {
  await sim.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.add("Suivi");
    ws.getRange("A1:C4").values = [
      ["Mois", "CA HT", "Taux de marque"],
      [45292, 1000, 0.3],
      [45323, 1500, 0.25],
      [45352, 1200, 0.28],
    ];
    ws.getRange("A2:A4").numberFormat = [["mmm yyyy"], ["mmm yyyy"], ["mmm yyyy"]];
    ws.tables.add("Suivi!A1:C4", true).name = "SuiviMensuel";
    await context.sync();
  });
}

describe("charts", () => {
  // CHARTS, add(type, sourceData, seriesBy): "Creates a new chart." seriesBy: "Optional. Specifies the way
  // columns or rows are used as data series on the chart." With "Auto", series follow the shorter side; a
  // header row names the series and a first column of dates gives the categories (Excel's reading of a
  // source range, paraphrased from Excel's help "Create a chart from start to finish", support.microsoft.com).
  // ChartTitle.text: "Specifies the chart's title text."; ChartAxis.numberFormat: "Specifies the format code
  // for the axis tick label."; ChartLegend.position: "Specifies the position of the legend on the chart.";
  // CHART, setPosition: "Positions the chart relative to cells on the worksheet."; name: "Specifies the name
  // of a chart object."
  test("a chart from a range: series, categories from the date column, names from the header", async () => {
    const sim = createSimulatedExcel();
    await tracking(sim);
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Suivi");
      const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:B4"), "Auto");
      chart.title.text = "CA HT mensuel";
      chart.axes.valueAxis.title.text = "€ HT";
      chart.axes.valueAxis.numberFormat = "#,##0";
      chart.legend.position = "Bottom";
      chart.setPosition("E2", "L18");
      chart.name = "CAMensuel";
      await context.sync();
    });
    const [view] = sim.workbook.charts("Suivi") as ChartViewT[];
    expect(view).toMatchObject({
      name: "CAMensuel",
      chartType: "ColumnClustered",
      title: { text: "CA HT mensuel" },
      legend: { position: "Bottom" },
      position: { startCell: "E2", endCell: "L18" },
    });
    expect(view.axes.value.primary).toMatchObject({ title: "€ HT", numberFormat: "#,##0" });
    expect(view.series).toHaveLength(1);
    expect(view.series[0]).toMatchObject({
      name: "CA HT",
      valuesAddress: "Suivi!$B$2:$B$4",
      xValuesAddress: "Suivi!$A$2:$A$4",
      values: [1000, 1500, 1200],
      categories: ["janv. 2024", "févr. 2024", "mars 2024"],
    });
  });

  // SERIES: setValues "Sets the values for a chart series. For scatter charts, it refers to y-axis values."
  // and setXAxisValues "Sets the values of the x-axis for a chart series." (ExcelApi 1.7); axisGroup
  // "Specifies the group for the specified series." (1.8); chartType "Represents the chart type of a series.";
  // ChartSeriesCollection.add: "Add a new series to the collection." A series on a whole table column
  // follows the table as it grows, as Excel charts on tables do.
  test("combo chart: a line series on the secondary axis; series follow the table when it grows", async () => {
    const sim = createSimulatedExcel();
    await tracking(sim);
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Suivi");
      const t = ws.tables.getItem("SuiviMensuel");
      const chart = ws.charts.add(
        "ColumnClustered",
        t.columns.getItem("CA HT").getDataBodyRange(),
        "Columns"
      );
      chart.series.getItemAt(0).name = "CA HT";
      chart.series.getItemAt(0).setXAxisValues(t.columns.getItem("Mois").getDataBodyRange());
      const rate = chart.series.add("Taux de marque");
      rate.setValues(t.columns.getItem("Taux de marque").getDataBodyRange());
      rate.chartType = "Line";
      rate.axisGroup = "Secondary";
      chart.axes.getItem("Value", "Secondary").numberFormat = "0%";
      await context.sync();
      t.rows.add(null as unknown as number, [[45383, 900, 0.31]]);
      await context.sync();
    });
    const [view] = sim.workbook.charts("Suivi") as ChartViewT[];
    expect(view.series.map((s) => [s.name, s.chartType, s.axisGroup])).toEqual([
      ["CA HT", "ColumnClustered", "Primary"],
      ["Taux de marque", "Line", "Secondary"],
    ]);
    expect(view.series[1].values).toEqual([0.3, 0.25, 0.28, 0.31]);
    expect(view.series[0].categories).toEqual([
      "janv. 2024",
      "févr. 2024",
      "mars 2024",
      "avr. 2024",
    ]);
    expect(view.axes.value.secondary.numberFormat).toBe("0%");
  });

  // SERIES, invertIfNegative: "True if Excel inverts the pattern in the item when it corresponds to a
  // negative number."; ChartPoint.format (ChartPointFormat.fill); CHART, delete: "Deletes the chart object."
  test("points coloured by sign, invertIfNegative, and delete", async () => {
    const sim = createSimulatedExcel();
    await tracking(sim);
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Suivi");
      const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:B4"), "Columns");
      const s = chart.series.getItemAt(0);
      s.invertIfNegative = true;
      s.points.getItemAt(1).format.fill.setSolidColor("#C00000");
      const other = ws.charts.add("Pie", ws.getRange("A1:B4"), "Columns");
      other.delete();
      await context.sync();
    });
    const views = sim.workbook.charts("Suivi") as ChartViewT[];
    expect(views).toHaveLength(1);
    expect(views[0].series[0]).toMatchObject({
      invertIfNegative: true,
      pointFills: { 1: "#C00000" },
    });
  });
});

describe("conditional formats", () => {
  // CFS, add: "Adds a new conditional format to the collection at the first/top priority." (ExcelApi 1.6);
  // CF, cellValue: "Returns the cell value conditional format properties if the current conditional format
  // is a CellValue type."; ConditionalCellValueRule.formula1: "The formula, if required, on which to
  // evaluate the conditional format rule."; operator: "The operator of the cell value conditional format."
  test("cell value rule: negative gaps red, positive green", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      const r = ws.getRange("A1:A4");
      r.values = [[-5], [0], [12], [""]];
      const neg = r.conditionalFormats.add("CellValue");
      neg.cellValue.format.font.color = "#C00000";
      neg.cellValue.rule = { formula1: "0", operator: "LessThan" };
      const pos = r.conditionalFormats.add("CellValue");
      pos.cellValue.format.font.color = "#00B050";
      pos.cellValue.rule = { formula1: "=0", operator: "GreaterThan" };
      await context.sync();
    });
    const cfs = sim.workbook.conditionalFormats("Feuil1") as {
      priority: number;
      effects: { address: string; fontColor: string }[];
    }[];
    expect(cfs.map((f) => f.priority)).toEqual([0, 1]);
    expect(cfs[0].effects).toEqual([{ address: "A3", fontColor: "#00B050" }]);
    expect(cfs[1].effects).toEqual([{ address: "A1", fontColor: "#C00000" }]);
  });

  // CF, iconSet: "Returns the icon set conditional format properties if the current conditional format is an
  // IconSet type."; IconSetConditionalFormat.criteria: "An array of criteria and icon sets for the rules and
  // potential custom icons for conditional icons. Note that for the first criterion only the custom icon can
  // be modified, while type, formula, and operator will be ignored when set." CF, custom: "Returns the
  // custom conditional format properties if the current conditional format is a custom type."; its rule's
  // formula: "The formula, if required, on which to evaluate the conditional format rule." (relative to the
  // range's top-left cell, as in Excel's "Use a formula to determine which cells to format").
  test("icon set on an evolution column, and a custom formula rule relative to the first cell", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.getRange("B1:C4").values = [
        [-0.1, "Partiel"],
        [0, ""],
        [0.05, ""],
        [0.2, "Partiel"],
      ];
      const icons = ws.getRange("B1:B4").conditionalFormats.add("IconSet");
      icons.iconSet.style = "ThreeArrows";
      icons.iconSet.criteria = [
        {} as Excel.ConditionalIconCriterion,
        {
          type: "Number",
          operator: "GreaterThanOrEqual",
          formula: "=0",
        } as Excel.ConditionalIconCriterion,
        {
          type: "Number",
          operator: "GreaterThan",
          formula: "=0",
        } as Excel.ConditionalIconCriterion,
      ];
      const custom = ws.getRange("B1:B4").conditionalFormats.add("Custom");
      custom.custom.rule.formula = '=$C1="Partiel"';
      custom.custom.format.fill.color = "#FFF2CC";
      await context.sync();
    });
    const cfs = sim.workbook.conditionalFormats("Feuil1") as {
      type: string;
      effects: { address: string; icon?: { index: number }; fill?: string }[];
    }[];
    const iconFx = cfs.find((f) => f.type === "IconSet")!.effects;
    expect(iconFx.map((e) => e.icon!.index)).toEqual([0, 1, 2, 2]);
    expect(cfs.find((f) => f.type === "Custom")!.effects).toEqual([
      { address: "B1", fill: "#FFF2CC" },
      { address: "B4", fill: "#FFF2CC" },
    ]);
  });

  // CF, colorScale: "Returns the color scale conditional format properties if the current conditional
  // format is a ColorScale type."; ColorScaleConditionalFormat.criteria: "The criteria of the color scale.
  // Midpoint is optional when using a two point color scale."
  test("two-colour scale interpolates between the lowest and highest values", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.getRange("A1:A3").values = [[0], [50], [100]];
      const cs = ws.getRange("A1:A3").conditionalFormats.add("ColorScale");
      cs.colorScale.criteria = {
        minimum: { type: "LowestValue", color: "#FFFFFF" } as Excel.ConditionalColorScaleCriterion,
        maximum: { type: "HighestValue", color: "#000000" } as Excel.ConditionalColorScaleCriterion,
      };
      await context.sync();
    });
    const [cf] = sim.workbook.conditionalFormats("Feuil1") as {
      effects: { scaleColor: string }[];
    }[];
    expect(cf.effects.map((e) => e.scaleColor)).toEqual(["#FFFFFF", "#808080", "#000000"]);
  });
});

describe("chart labels, legend and axis titles", () => {
  // CHART, dataLabels: "Represents the data labels on the chart."; ChartDataLabels.showValue: "Specifies if
  // the data label value is visible."; ChartLegend.visible: "Specifies if the chart legend is visible.";
  // ChartAxisTitle.text: "Specifies the axis title."; SERIES, name: "Specifies the name of a series in a
  // chart. The name's length should not be greater than 255 characters."
  test("data labels on the chart and a series, hidden legend, category axis title, series name", async () => {
    const sim = createSimulatedExcel();
    await tracking(sim);
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Suivi");
      const chart = ws.charts.add("Line", ws.getRange("A1:B4"), "Columns");
      chart.dataLabels.showValue = true;
      chart.legend.visible = false;
      chart.axes.categoryAxis.title.text = "Mois";
      const s = chart.series.getItemAt(0);
      s.name = "Chiffre d'affaires HT";
      s.hasDataLabels = true;
      s.dataLabels.showValue = true;
      await context.sync();
      const back = chart.series.getItemAt(0).load("name, chartType");
      await context.sync();
      expect([back.name, back.chartType]).toEqual(["Chiffre d'affaires HT", "Line"]);
    });
    const [view] = sim.workbook.charts("Suivi") as (ChartViewT & {
      dataLabels: { showValue: boolean };
      series: (SeriesView & { hasDataLabels: boolean; dataLabels: { showValue: boolean } })[];
    })[];
    expect(view.dataLabels.showValue).toBe(true);
    expect(view.legend.visible).toBe(false);
    expect(view.axes.category.primary.title).toBe("Mois");
    expect(view.series[0]).toMatchObject({
      name: "Chiffre d'affaires HT",
      hasDataLabels: true,
      dataLabels: { showValue: true },
      values: [1000, 1500, 1200],
    });
  });
});
