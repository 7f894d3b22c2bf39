/** @jest-environment jsdom */
import { renderToStaticMarkup } from "react-dom/server";
import { ChartSvg } from "../../src/preview/charts/ChartSvg";
import { linearScale, niceStep } from "../../src/preview/charts/scale";
import type { ChartView, ValueFormatter } from "../../src/preview/charts/types";

const format: ValueFormatter = (v, f) =>
  f === "0%" ? `${Math.round(v * 100)}%` : String(Math.round(v));

function render(view: ChartView): Document {
  const html = renderToStaticMarkup(<ChartSvg view={view} format={format} />);
  return new DOMParser().parseFromString(html, "image/svg+xml");
}

const months = ["janv. 2024", "févr. 2024", "mars 2024", "avr. 2024"];
const base = { width: 480, height: 300, legend: "Bottom" as const, categories: months };

describe("scale", () => {
  test("nice steps", () => {
    expect(niceStep(100, 5)).toBe(20);
    expect(niceStep(1, 4)).toBe(0.25);
    expect(niceStep(7300, 5)).toBe(2000);
  });
  test("a scale covers zero and every value with round ticks", () => {
    const s = linearScale([1200, -300, 5100]);
    expect(s.min).toBeLessThanOrEqual(-300);
    expect(s.max).toBeGreaterThanOrEqual(5100);
    expect(s.ticks).toContain(0);
    expect(s.at(s.min)).toBe(0);
    expect(s.at(s.max)).toBe(1);
  });
});

describe("ChartSvg", () => {
  test("combo: columns on the primary axis, a line on the secondary axis, titles and months in order", () => {
    const doc = render({
      ...base,
      name: "RevenueAndMarginRate",
      title: "CA HT et taux de marque par mois",
      type: "ColumnClustered",
      series: [
        {
          name: "CA HT",
          values: [100, 200, -50, 300],
          type: "ColumnClustered",
          axis: "Primary",
          negativeColor: "#C62828",
          color: "#1F77B4",
        },
        {
          name: "Taux de marque",
          values: [0.3, 0.32, null, 0.28],
          type: "LineMarkers",
          axis: "Secondary",
        },
      ],
      valueAxis: { title: "CA HT (€)" },
      secondaryValueAxis: { title: "Taux de marque (%)", numberFormat: "0%" },
      categoryAxis: { title: "Mois" },
    });
    expect(doc.querySelector("[data-role=title]")?.textContent).toBe(
      "CA HT et taux de marque par mois"
    );
    expect(doc.querySelector("[data-role=value-axis-title]")?.textContent).toBe("CA HT (€)");
    expect(doc.querySelector("[data-role=secondary-axis-title]")?.textContent).toBe(
      "Taux de marque (%)"
    );
    expect(doc.querySelector("[data-role=category-axis-title]")?.textContent).toBe("Mois");
    expect([...doc.querySelectorAll("[data-role=category]")].map((e) => e.textContent)).toEqual(
      months
    );
    const columns = doc.querySelectorAll("[data-series='CA HT'] rect");
    expect(columns).toHaveLength(4);
    // The negative month is drawn in the negative colour, the others in the series colour.
    expect([...columns].map((r) => r.getAttribute("fill"))).toEqual([
      "#1F77B4",
      "#1F77B4",
      "#C62828",
      "#1F77B4",
    ]);
    // Taller column for the larger value.
    expect(Number(columns[3].getAttribute("height"))).toBeGreaterThan(
      Number(columns[1].getAttribute("height"))
    );
    // The line breaks at the missing month: two runs, three markers.
    const line = doc.querySelector("[data-series='Taux de marque']");
    expect(line?.getAttribute("data-series-type")).toBe("LineMarkers");
    expect(line?.querySelectorAll("path")).toHaveLength(2);
    expect(line?.querySelectorAll("circle")).toHaveLength(3);
    expect(
      [...doc.querySelectorAll("[data-role=secondary-tick]")].map((e) => e.textContent)
    ).toContain("30%");
    expect([...doc.querySelectorAll("[data-role=legend] text")].map((e) => e.textContent)).toEqual([
      "CA HT",
      "Taux de marque",
    ]);
  });

  test("pie: one slice per category with percent labels summing to the whole", () => {
    const doc = render({
      ...base,
      name: "Distribution",
      title: "Répartition du CA HT par région",
      type: "Pie",
      legend: "Right",
      dataLabels: "percent",
      categories: ["Ouest", "Est", "Nord"],
      series: [{ name: "CA HT", values: [50, 30, 20], type: "Pie", axis: "Primary" }],
    });
    expect(doc.querySelectorAll("path")).toHaveLength(3);
    expect([...doc.querySelectorAll("[data-role=data-label]")].map((e) => e.textContent)).toEqual([
      "50%",
      "30%",
      "20%",
    ]);
    expect([...doc.querySelectorAll("[data-role=legend] text")].map((e) => e.textContent)).toEqual([
      "Ouest",
      "Est",
      "Nord",
    ]);
  });

  test("sorted bar with a reversed axis shows the first category on top", () => {
    const doc = render({
      ...base,
      name: "Distribution",
      title: "CA HT par produit",
      type: "BarClustered",
      legend: "None",
      categories: ["A", "B", "C"],
      series: [{ name: "CA HT", values: [30, 20, 10], type: "BarClustered", axis: "Primary" }],
      categoryAxis: { reversed: true },
    });
    const labels = [...doc.querySelectorAll("[data-role=category]")];
    const y = (name: string) =>
      Number(labels.find((l) => l.textContent === name)?.getAttribute("y"));
    expect(y("A")).toBeLessThan(y("B"));
    expect(y("B")).toBeLessThan(y("C"));
    const bars = [...doc.querySelectorAll("[data-series='CA HT'] rect")].map((r) =>
      Number(r.getAttribute("width"))
    );
    expect(bars[0]).toBeGreaterThan(bars[1]);
    expect(bars[1]).toBeGreaterThan(bars[2]);
  });
});
