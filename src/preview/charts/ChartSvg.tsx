/**
 * Draws a workbook chart as SVG for the browser preview, from the chart Excel holds (type, title,
 * series with their values read from the workbook, axes, legend): clustered columns, lines (with
 * markers), combos on a secondary axis, sorted horizontal bars, pies and doughnuts, and columns
 * coloured by sign. Not a charting library: just enough to show what Excel draws.
 */
import { useId, type ReactNode } from "react";
import { labelStride, linearScale } from "./scale";
import type { ChartView, SeriesView, ValueFormatter } from "./types";

/** Office's default series colours. */
export const PALETTE = [
  "#4472C4",
  "#ED7D31",
  "#A5A5A5",
  "#FFC000",
  "#5B9BD5",
  "#70AD47",
  "#264478",
  "#9E480E",
];

const FONT = "Calibri, Carlito, 'Segoe UI', Arial, sans-serif";
const TEXT = "#404040";
const GRID = "#D9D9D9";
const AXIS = "#BFBFBF";
const PAD = 10;

/** Rough text width for layout (no DOM measuring: the same in tests and browsers). */
export function textWidth(text: string, size: number): number {
  return text.length * size * 0.52;
}

/** Colour of a pie slice: its own fill if the chart sets one, Office's palette otherwise. */
function sliceColor(view: ChartView, i: number): string {
  return view.series[0]?.pointColors?.[i] ?? PALETTE[i % PALETTE.length];
}

/** True for colours on which black text reads better than white. */
export function isLight(color: string): boolean {
  const v = parseInt(color.replace("#", ""), 16);
  const [r, g, b] = [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 150;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const isColumn = (s: SeriesView) => /^Column/.test(s.type);
const isLine = (s: SeriesView) => /^Line/.test(s.type);
const isPie = (type: string) => /^(Pie|Doughnut)/.test(type);

export interface ChartSvgProps {
  view: ChartView;
  format: ValueFormatter;
}

export function ChartSvg({ view, format }: ChartSvgProps) {
  const titleId = useId();
  const colored = view.series.map((s, i) => ({
    ...s,
    color: s.color ?? PALETTE[i % PALETTE.length],
  }));
  const v = { ...view, series: colored };
  let body: ReactNode;
  if (isPie(view.type)) body = <Pie view={v} format={format} />;
  else if (/^Bar/.test(view.type)) body = <Bars view={v} format={format} />;
  else body = <Cartesian view={v} format={format} />;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={view.width}
      height={view.height}
      viewBox={`0 0 ${view.width} ${view.height}`}
      role="img"
      aria-labelledby={titleId}
      fontFamily={FONT}
      data-chart={view.name}
      data-chart-type={view.type}
    >
      <title id={titleId}>{view.title ?? view.name}</title>
      <rect
        x={0.5}
        y={0.5}
        width={view.width - 1}
        height={view.height - 1}
        fill="#FFFFFF"
        stroke={AXIS}
      />
      {view.title && (
        <text
          x={view.width / 2}
          y={PAD + 14}
          textAnchor="middle"
          fontSize={14}
          fill={TEXT}
          data-role="title"
        >
          {truncate(view.title, Math.floor((view.width - 2 * PAD) / (14 * 0.52)))}
        </text>
      )}
      {body}
    </svg>
  );
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Space the title and the legend leave for the plot. */
function frame(view: ChartView, legendItems: string[]): { box: Box; legend: ReactNode } {
  const box: Box = {
    top: PAD + (view.title ? 26 : 0),
    bottom: view.height - PAD,
    left: PAD,
    right: view.width - PAD,
  };
  let legend: ReactNode = null;
  if (view.legend !== "None" && legendItems.length > 0) {
    const colors = isPie(view.type)
      ? legendItems.map((_, i) => sliceColor(view, i))
      : view.series.map((s) => s.color ?? PALETTE[0]);
    if (view.legend === "Right" || view.legend === "Left") {
      const width = Math.min(160, Math.max(...legendItems.map((t) => textWidth(t, 11))) + 22);
      const x = view.legend === "Right" ? view.width - PAD - width : PAD;
      if (view.legend === "Right") box.right -= width + 6;
      else box.left += width + 6;
      const y0 = (box.top + box.bottom) / 2 - (legendItems.length * 16) / 2;
      legend = (
        <g data-role="legend">
          {legendItems.map((item, i) => (
            <g key={i} transform={`translate(${x}, ${y0 + i * 16})`}>
              <rect width={9} height={9} y={2} fill={colors[i]} />
              <text x={14} y={10} fontSize={11} fill={TEXT}>
                {truncate(item, 22)}
              </text>
            </g>
          ))}
        </g>
      );
    } else {
      const widths = legendItems.map((t) => textWidth(truncate(t, 30), 11) + 26);
      const total = widths.reduce((a, b) => a + b, 0);
      let x = Math.max(PAD, (view.width - total) / 2);
      const y = view.legend === "Top" ? box.top : view.height - PAD - 12;
      if (view.legend === "Top") box.top += 18;
      else box.bottom -= 20;
      legend = (
        <g data-role="legend">
          {legendItems.map((item, i) => {
            const g = (
              <g key={i} transform={`translate(${x}, ${y})`}>
                <rect width={9} height={9} y={1} fill={colors[i]} />
                <text x={13} y={9} fontSize={11} fill={TEXT}>
                  {truncate(item, 30)}
                </text>
              </g>
            );
            x += widths[i];
            return g;
          })}
        </g>
      );
    }
  }
  return { box, legend };
}

function Cartesian({ view, format }: ChartSvgProps) {
  const primary = view.series.filter((s) => s.axis !== "Secondary");
  const secondary = view.series.filter((s) => s.axis === "Secondary");
  const { box, legend } = frame(
    view,
    view.series.map((s) => s.name)
  );
  const yScale = linearScale(primary.flatMap((s) => s.values));
  const y2Scale = secondary.length ? linearScale(secondary.flatMap((s) => s.values)) : null;
  const yFmt = view.valueAxis?.numberFormat;
  const y2Fmt = view.secondaryValueAxis?.numberFormat;
  const yLabels = yScale.ticks.map((t) => format(t, yFmt));
  const y2Labels = y2Scale ? y2Scale.ticks.map((t) => format(t, y2Fmt)) : [];

  const yTitle = view.valueAxis?.title;
  const y2Title = view.secondaryValueAxis?.title;
  const xTitle = view.categoryAxis?.title;
  const left = box.left + (yTitle ? 18 : 0) + Math.max(...yLabels.map((l) => textWidth(l, 10))) + 6;
  const right =
    box.right -
    (y2Scale ? (y2Title ? 18 : 0) + Math.max(...y2Labels.map((l) => textWidth(l, 10))) + 6 : 4);
  const n = Math.max(1, view.categories.length);
  const band = (right - left) / n;
  const longest = Math.max(0, ...view.categories.map((c) => textWidth(c, 10)));
  const rotate = longest + 4 > band;
  const xLabelHeight = rotate ? Math.min(70, longest * 0.72 + 10) : 16;
  const top = box.top + 4;
  const bottom = box.bottom - xLabelHeight - (xTitle ? 18 : 0);
  const yAt = (v: number) => bottom - yScale.at(v) * (bottom - top);
  const y2At = (v: number) => (y2Scale ? bottom - y2Scale.at(v) * (bottom - top) : bottom);
  const stride = rotate ? labelStride(n, band, 13) : 1;

  const columns = primary.filter(isColumn).concat(secondary.filter(isColumn));
  const inner = band * 0.62;
  const barWidth = columns.length ? inner / columns.length : 0;

  return (
    <g>
      {yScale.ticks.map((t, i) => (
        <g key={i}>
          <line x1={left} x2={right} y1={yAt(t)} y2={yAt(t)} stroke={t === 0 ? AXIS : GRID} />
          <text x={left - 4} y={yAt(t) + 3.5} fontSize={10} textAnchor="end" fill={TEXT}>
            {yLabels[i]}
          </text>
        </g>
      ))}
      {y2Scale?.ticks.map((t, i) => (
        <text
          key={i}
          x={right + 4}
          y={y2At(t) + 3.5}
          fontSize={10}
          fill={TEXT}
          data-role="secondary-tick"
        >
          {y2Labels[i]}
        </text>
      ))}
      {yTitle && (
        <text
          transform={`translate(${box.left + 11}, ${(top + bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={11}
          fill={TEXT}
          data-role="value-axis-title"
        >
          {yTitle}
        </text>
      )}
      {y2Scale && y2Title && (
        <text
          transform={`translate(${box.right - 5}, ${(top + bottom) / 2}) rotate(90)`}
          textAnchor="middle"
          fontSize={11}
          fill={TEXT}
          data-role="secondary-axis-title"
        >
          {y2Title}
        </text>
      )}
      {view.categories.map((c, i) =>
        i % stride === 0 ? (
          rotate ? (
            <text
              key={i}
              transform={`translate(${left + band * (i + 0.5) + 3}, ${bottom + 8}) rotate(-45)`}
              textAnchor="end"
              fontSize={10}
              fill={TEXT}
              data-role="category"
            >
              {c}
            </text>
          ) : (
            <text
              key={i}
              x={left + band * (i + 0.5)}
              y={bottom + 13}
              textAnchor="middle"
              fontSize={10}
              fill={TEXT}
              data-role="category"
            >
              {c}
            </text>
          )
        ) : null
      )}
      {xTitle && (
        <text
          x={(left + right) / 2}
          y={box.bottom - 4}
          textAnchor="middle"
          fontSize={11}
          fill={TEXT}
          data-role="category-axis-title"
        >
          {xTitle}
        </text>
      )}
      {columns.map((s, k) => {
        const at = s.axis === "Secondary" ? y2At : yAt;
        return (
          <g key={`c${k}`} data-series={s.name} data-series-type={s.type}>
            {s.values.map((value, i) => {
              if (value === null || !Number.isFinite(value)) return null;
              const x = left + band * i + (band - inner) / 2 + k * barWidth;
              const y0 = at(0);
              const y1 = at(value);
              const fill =
                s.pointColors?.[i] ?? (value < 0 && s.negativeColor ? s.negativeColor : s.color);
              return (
                <rect
                  key={i}
                  x={x}
                  width={Math.max(1, barWidth - 1)}
                  y={Math.min(y0, y1)}
                  height={Math.abs(y1 - y0)}
                  fill={fill}
                >
                  <title>{`${view.categories[i] ?? ""} — ${s.name} : ${format(value, s.axis === "Secondary" ? y2Fmt : yFmt)}`}</title>
                </rect>
              );
            })}
          </g>
        );
      })}
      {view.series.filter(isLine).map((s, k) => {
        const at = s.axis === "Secondary" ? y2At : yAt;
        const runs: string[] = [];
        let run = "";
        s.values.forEach((value, i) => {
          if (value === null || !Number.isFinite(value)) {
            if (run) runs.push(run);
            run = "";
          } else run += `${run ? " L" : "M"} ${left + band * (i + 0.5)} ${at(value)}`;
        });
        if (run) runs.push(run);
        return (
          <g key={`l${k}`} data-series={s.name} data-series-type={s.type}>
            {runs.map((d, i) => (
              <path
                key={i}
                d={d}
                fill="none"
                stroke={s.color}
                strokeWidth={2.25}
                strokeLinejoin="round"
              />
            ))}
            {s.type === "LineMarkers" &&
              s.values.map((value, i) =>
                value === null || !Number.isFinite(value) ? null : (
                  <circle
                    key={i}
                    cx={left + band * (i + 0.5)}
                    cy={at(value)}
                    r={3}
                    fill={s.color}
                  />
                )
              )}
          </g>
        );
      })}
      <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={AXIS} />
      {legend}
    </g>
  );
}

function Bars({ view, format }: ChartSvgProps) {
  const { box, legend } = frame(view, view.series.length > 1 ? view.series.map((s) => s.name) : []);
  const scale = linearScale(view.series.flatMap((s) => s.values));
  const fmt = view.valueAxis?.numberFormat;
  const labels = view.categories.map((c) => truncate(c, 20));
  const left =
    box.left +
    (view.categoryAxis?.title ? 18 : 0) +
    Math.max(0, ...labels.map((l) => textWidth(l, 10))) +
    6;
  const right = box.right - 8;
  const top = box.top + 4;
  const bottom = box.bottom - 16 - (view.valueAxis?.title ? 18 : 0);
  const n = Math.max(1, view.categories.length);
  const band = (bottom - top) / n;
  const xAt = (v: number) => left + scale.at(v) * (right - left);
  // Excel draws the first category at the bottom, unless the axis is reversed (largest on top).
  const slot = (i: number) => (view.categoryAxis?.reversed ? i : n - 1 - i);
  const inner = band * 0.62;
  const barHeight = inner / Math.max(1, view.series.length);
  return (
    <g>
      {scale.ticks.map((t, i) => (
        <g key={i}>
          <line x1={xAt(t)} x2={xAt(t)} y1={top} y2={bottom} stroke={t === 0 ? AXIS : GRID} />
          <text x={xAt(t)} y={bottom + 13} fontSize={10} textAnchor="middle" fill={TEXT}>
            {format(t, fmt)}
          </text>
        </g>
      ))}
      {labels.map((label, i) => (
        <text
          key={i}
          x={left - 4}
          y={top + band * (slot(i) + 0.5) + 3.5}
          fontSize={10}
          textAnchor="end"
          fill={TEXT}
          data-role="category"
        >
          {label}
        </text>
      ))}
      {view.valueAxis?.title && (
        <text
          x={(left + right) / 2}
          y={box.bottom - 4}
          textAnchor="middle"
          fontSize={11}
          fill={TEXT}
          data-role="value-axis-title"
        >
          {view.valueAxis.title}
        </text>
      )}
      {view.categoryAxis?.title && (
        <text
          transform={`translate(${box.left + 11}, ${(top + bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={11}
          fill={TEXT}
          data-role="category-axis-title"
        >
          {view.categoryAxis.title}
        </text>
      )}
      {view.series.map((s, k) => (
        <g key={k} data-series={s.name} data-series-type={s.type}>
          {s.values.map((value, i) => {
            if (value === null || !Number.isFinite(value)) return null;
            const y = top + band * slot(i) + (band - inner) / 2 + k * barHeight;
            const x0 = xAt(0);
            const x1 = xAt(value);
            return (
              <rect
                key={i}
                x={Math.min(x0, x1)}
                width={Math.abs(x1 - x0)}
                y={y}
                height={Math.max(1, barHeight - 1)}
                fill={
                  s.pointColors?.[i] ?? (value < 0 && s.negativeColor ? s.negativeColor : s.color)
                }
              >
                <title>{`${view.categories[i]} : ${format(value, fmt)}`}</title>
              </rect>
            );
          })}
        </g>
      ))}
      {legend}
    </g>
  );
}

function Pie({ view, format }: ChartSvgProps) {
  const { box, legend } = frame(view, view.categories);
  const values = (view.series[0]?.values ?? []).map((v) => (v !== null && v > 0 ? v : 0));
  const total = values.reduce((a, b) => a + b, 0);
  const cx = (box.left + box.right) / 2;
  const cy = (box.top + box.bottom) / 2;
  const r = Math.max(10, Math.min(box.right - box.left, box.bottom - box.top) / 2 - 6);
  const hole = /^Doughnut/.test(view.type) ? r * 0.5 : 0;
  let angle = 0;
  const point = (a: number, radius: number) => [
    cx + radius * Math.sin(a),
    cy - radius * Math.cos(a),
  ];
  return (
    <g data-series={view.series[0]?.name ?? ""} data-series-type={view.type}>
      {values.map((value, i) => {
        if (!total || !value) return null;
        const share = value / total;
        const a0 = angle;
        const a1 = angle + share * 2 * Math.PI;
        angle = a1;
        const large = a1 - a0 > Math.PI ? 1 : 0;
        const [x0, y0] = point(a0, r);
        const [x1, y1] = point(Math.min(a1, a0 + 2 * Math.PI - 1e-6), r);
        const outer = `M ${cx} ${cy} L ${x0} ${y0} A ${r} ${r} 0 ${large} 1 ${x1} ${y1} Z`;
        const [lx, ly] = point((a0 + a1) / 2, hole ? (r + hole) / 2 : r * 0.64);
        return (
          <g key={i}>
            <path d={outer} fill={sliceColor(view, i)} stroke="#FFFFFF" strokeWidth={1.5}>
              <title>{`${view.categories[i]} : ${format(value, view.valueAxis?.numberFormat)} (${format(share, "0%")})`}</title>
            </path>
            {view.dataLabels === "percent" && share >= 0.03 && (
              <text
                x={lx}
                y={ly + 4}
                textAnchor="middle"
                fontSize={11}
                fill={isLight(sliceColor(view, i)) ? "#000000" : "#FFFFFF"}
                fontWeight="bold"
                data-role="data-label"
              >
                {format(share, "0%")}
              </text>
            )}
          </g>
        );
      })}
      {hole > 0 && <circle cx={cx} cy={cy} r={hole} fill="#FFFFFF" />}
      {legend}
    </g>
  );
}
