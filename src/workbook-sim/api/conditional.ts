/**
 * Conditional formats (ExcelApi 1.6): recorded with their rules, and evaluated for display (which
 * cells a rule colours, which icon or scale colour a cell gets), for the preview and tests.
 * Rule formulas are relative to the top-left cell of the range, as in Excel.
 */
import { columnLetters, Rect, rectAddress } from "../address";
import { simError } from "../errors";
import { shiftFormula, translateForEngine } from "../formula/translate";
import { SheetModel } from "../model/sheet";
import { WorkbookModel } from "../model/workbook";
import { defineProps, PropSpec, SimObject } from "./base";
import { SimCollection } from "./collection";
import { normColor, RangeTarget, SimRange } from "./range";
import { factories } from "./registry";

export interface CfFormat {
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  numberFormat?: string;
}

export interface CondFormatModel {
  id: string;
  sheet: SheetModel;
  rect: Rect;
  type: string;
  priority: number;
  stopIfTrue: boolean;
  format: CfFormat;
  /** cellValue: { formula1, formula2?, operator }; custom: { formula }; textComparison: { operator, text }; topBottom: { type, rank } */
  rule: Record<string, unknown>;
  colorScale?: { minimum: CfCriterion; midpoint?: CfCriterion; maximum: CfCriterion };
  iconSet?: {
    style: string;
    reverseIconOrder: boolean;
    showIconOnly: boolean;
    criteria: { type: string; operator: string; formula: string }[];
  };
  dataBar?: {
    barDirection: string;
    showDataBarOnly: boolean;
    positiveFillColor: string;
    negativeFillColor: string;
  };
  deleted: boolean;
}

export interface CfCriterion {
  type: string;
  formula?: string;
  color: string;
}

let cfCounter = 0;

function model(o: SimObject): WorkbookModel {
  return o.context.core.model;
}

export function sheetFormats(m: WorkbookModel, sheet: SheetModel): CondFormatModel[] {
  return (m as WorkbookModel & { condFormats: CondFormatModel[] }).condFormats.filter(
    (f) => f.sheet === sheet && !f.deleted
  );
}

// ---- proxies ----

export class SimConditionalFormat
  extends SimObject
  implements Pick<Excel.ConditionalFormat, "id" | "type" | "priority" | "stopIfTrue" | "delete">
{
  static override entity = "ConditionalFormat";
  declare id: string;
  declare type: Excel.ConditionalFormatType | any;
  declare priority: number;
  declare stopIfTrue: boolean;

  private sub(name: string, expected: string): SimObject {
    return this._nav(
      name,
      () =>
        new SimCfRuleHolder(
          this.context,
          () => {
            const f = this._t<CondFormatModel>();
            if (!f) return null;
            if (f.type !== expected)
              throw simError(
                "InvalidOperation",
                `ConditionalFormat.${name}`,
                `This conditional format is of type ${f.type}.`
              );
            return f;
          },
          false
        )
    );
  }
  get cellValue(): Excel.CellValueConditionalFormat {
    return this.sub("cellValue", "CellValue") as unknown as Excel.CellValueConditionalFormat;
  }
  get custom(): Excel.CustomConditionalFormat {
    return this._nav(
      "custom",
      () =>
        new SimCfCustom(
          this.context,
          () => {
            const f = this._t<CondFormatModel>();
            if (f && f.type !== "Custom")
              throw simError(
                "InvalidOperation",
                "ConditionalFormat.custom",
                `This conditional format is of type ${f.type}.`
              );
            return f;
          },
          false
        )
    ) as unknown as Excel.CustomConditionalFormat;
  }
  get textComparison(): Excel.TextConditionalFormat {
    return this.sub("textComparison", "ContainsText") as unknown as Excel.TextConditionalFormat;
  }
  get topBottom(): Excel.TopBottomConditionalFormat {
    return this.sub("topBottom", "TopBottom") as unknown as Excel.TopBottomConditionalFormat;
  }
  get colorScale(): Excel.ColorScaleConditionalFormat {
    return this._nav(
      "colorScale",
      () => new SimColorScale(this.context, () => this._t(), false)
    ) as unknown as Excel.ColorScaleConditionalFormat;
  }
  get iconSet(): Excel.IconSetConditionalFormat {
    return this._nav(
      "iconSet",
      () => new SimIconSet(this.context, () => this._t(), false)
    ) as unknown as Excel.IconSetConditionalFormat;
  }
  get dataBar(): Excel.DataBarConditionalFormat {
    return this._nav(
      "dataBar",
      () => new SimDataBar(this.context, () => this._t(), false)
    ) as unknown as Excel.DataBarConditionalFormat;
  }
  getRange(): Excel.Range {
    return new SimRange(
      this.context,
      () => {
        const f = this._t<CondFormatModel>();
        return f ? { sheet: f.sheet, rect: f.rect } : null;
      },
      true,
      "1.6",
      "ConditionalFormat.getRange"
    ) as unknown as Excel.Range;
  }
  delete(): void {
    this._call("delete", "1.6", [], (f: CondFormatModel) => {
      f.deleted = true;
    });
  }
}
defineProps(SimConditionalFormat, {
  id: { get: (f: CondFormatModel) => f.id, api: "1.6" },
  type: { get: (f: CondFormatModel) => f.type, api: "1.6" },
  priority: {
    get: (f: CondFormatModel) => f.priority,
    set: (f: CondFormatModel, v: number) => void (f.priority = v),
    api: "1.6",
  },
  stopIfTrue: {
    get: (f: CondFormatModel) => f.stopIfTrue,
    set: (f: CondFormatModel, v: boolean) => void (f.stopIfTrue = !!v),
    api: "1.6",
  },
});

/** cellValue / custom / textComparison / topBottom: a rule and a format. */
export class SimCfRuleHolder extends SimObject {
  static override entity = "ConditionalFormatRule";
  declare rule: any;
  get format(): Excel.ConditionalRangeFormat {
    return this._nav(
      "format",
      () => new SimCfFormat(this.context, () => this._t(), false)
    ) as unknown as Excel.ConditionalRangeFormat;
  }
}
defineProps(SimCfRuleHolder, {
  rule: {
    get: (f: CondFormatModel) => ({ ...f.rule }),
    set: (f: CondFormatModel, v: Record<string, unknown>) => {
      if (!v || typeof v !== "object") throw simError("InvalidArgument", "ConditionalFormat.rule");
      f.rule = { ...v };
    },
    api: "1.6",
  },
});

/** CustomConditionalFormat: `rule` is an object with a `formula` (relative to the range's top-left cell). */
export class SimCfCustom extends SimObject {
  static override entity = "CustomConditionalFormat";
  get rule(): Excel.ConditionalFormatRule {
    return this._nav(
      "rule",
      () => new SimCfFormulaRule(this.context, () => this._t(), false)
    ) as unknown as Excel.ConditionalFormatRule;
  }
  get format(): Excel.ConditionalRangeFormat {
    return this._nav(
      "format",
      () => new SimCfFormat(this.context, () => this._t(), false)
    ) as unknown as Excel.ConditionalRangeFormat;
  }
}
export class SimCfFormulaRule extends SimObject {
  static override entity = "ConditionalFormatRule";
  declare formula: string;
  declare formulaLocal: string;
}
defineProps(SimCfFormulaRule, {
  formula: {
    get: (f: CondFormatModel) => (f.rule.formula as string) ?? "",
    set: (f: CondFormatModel, v: string) => void (f.rule = { formula: String(v) }),
    api: "1.6",
  },
  formulaLocal: {
    get: (f: CondFormatModel) => (f.rule.formula as string) ?? "",
    set: (f: CondFormatModel, v: string) => void (f.rule = { formula: String(v) }),
    api: "1.6",
  },
});

export class SimCfFormat extends SimObject {
  static override entity = "ConditionalRangeFormat";
  declare numberFormat: any;
  get font(): Excel.ConditionalRangeFont {
    return this._nav(
      "font",
      () => new SimCfFont(this.context, () => this._t(), false)
    ) as unknown as Excel.ConditionalRangeFont;
  }
  get fill(): Excel.ConditionalRangeFill {
    return this._nav(
      "fill",
      () => new SimCfFill(this.context, () => this._t(), false)
    ) as unknown as Excel.ConditionalRangeFill;
  }
}
defineProps(SimCfFormat, {
  numberFormat: {
    get: (f: CondFormatModel) => f.format.numberFormat ?? null,
    set: (f: CondFormatModel, v: string) => void (f.format.numberFormat = v),
    api: "1.6",
  },
});
function fmtField(key: keyof CfFormat, color = false): PropSpec {
  return {
    get: (f: CondFormatModel) => f.format[key] ?? null,
    set: (f: CondFormatModel, v: unknown) => {
      (f.format as Record<string, unknown>)[key] = color ? normColor(String(v)) : v;
    },
    api: "1.6",
  };
}
export class SimCfFont extends SimObject {
  static override entity = "ConditionalRangeFont";
  declare color: string;
  declare bold: boolean;
  declare italic: boolean;
}
defineProps(SimCfFont, {
  color: fmtField("fontColor", true),
  bold: fmtField("bold"),
  italic: fmtField("italic"),
});
export class SimCfFill extends SimObject {
  static override entity = "ConditionalRangeFill";
  declare color: string;
  clear(): void {
    this._call("clear", "1.6", [], (f: CondFormatModel) => void delete f.format.fill);
  }
}
defineProps(SimCfFill, { color: fmtField("fill", true) });

export class SimColorScale extends SimObject {
  static override entity = "ColorScaleConditionalFormat";
  declare criteria: Excel.ConditionalColorScaleCriteria;
  declare threeColorScale: boolean;
}
defineProps(SimColorScale, {
  criteria: {
    get: (f: CondFormatModel) => f.colorScale ?? null,
    set: (f: CondFormatModel, v: Excel.ConditionalColorScaleCriteria) => {
      if (!v?.minimum || !v?.maximum)
        throw simError("InvalidArgument", "ColorScaleConditionalFormat.criteria");
      const crit = (c: Excel.ConditionalColorScaleCriterion) => ({
        type: String(c.type),
        formula: c.formula,
        color: normColor(String(c.color)),
      });
      f.colorScale = {
        minimum: crit(v.minimum),
        maximum: crit(v.maximum),
        ...(v.midpoint ? { midpoint: crit(v.midpoint) } : {}),
      };
    },
    api: "1.6",
  },
  threeColorScale: { get: (f: CondFormatModel) => !!f.colorScale?.midpoint, api: "1.6" },
});

export class SimIconSet extends SimObject {
  static override entity = "IconSetConditionalFormat";
  declare style: Excel.IconSet | any;
  declare reverseIconOrder: boolean;
  declare showIconOnly: boolean;
  declare criteria: Excel.ConditionalIconCriterion[];
}
function ensureIcons(f: CondFormatModel): NonNullable<CondFormatModel["iconSet"]> {
  if (!f.iconSet)
    f.iconSet = {
      style: "ThreeTrafficLights1",
      reverseIconOrder: false,
      showIconOnly: false,
      criteria: defaultIconCriteria(3),
    };
  return f.iconSet;
}
function iconCount(style: string): number {
  const m = /^(Three|Four|Five)/.exec(style);
  return m ? { Three: 3, Four: 4, Five: 5 }[m[1] as "Three" | "Four" | "Five"] : 3;
}
function defaultIconCriteria(n: number): { type: string; operator: string; formula: string }[] {
  return Array.from({ length: n }, (_, i) => ({
    type: i === 0 ? "LowestValue" : "Percent",
    operator: "GreaterThanOrEqual",
    formula: i === 0 ? "" : String(Math.round((100 * i) / n)),
  }));
}
defineProps(SimIconSet, {
  style: {
    get: (f: CondFormatModel) => ensureIcons(f).style,
    set: (f: CondFormatModel, v: string) => {
      const s = ensureIcons(f);
      s.style = v;
      if (s.criteria.length !== iconCount(v)) s.criteria = defaultIconCriteria(iconCount(v));
    },
    api: "1.6",
  },
  reverseIconOrder: {
    get: (f: CondFormatModel) => ensureIcons(f).reverseIconOrder,
    set: (f: CondFormatModel, v: boolean) => void (ensureIcons(f).reverseIconOrder = !!v),
    api: "1.6",
  },
  showIconOnly: {
    get: (f: CondFormatModel) => ensureIcons(f).showIconOnly,
    set: (f: CondFormatModel, v: boolean) => void (ensureIcons(f).showIconOnly = !!v),
    api: "1.6",
  },
  criteria: {
    get: (f: CondFormatModel) => ensureIcons(f).criteria.map((c) => ({ ...c })),
    set: (f: CondFormatModel, v: Excel.ConditionalIconCriterion[]) => {
      const s = ensureIcons(f);
      if (!Array.isArray(v) || v.length !== iconCount(s.style))
        throw simError(
          "InvalidArgument",
          "IconSetConditionalFormat.criteria",
          `The ${s.style} icon set takes ${iconCount(s.style)} criteria.`
        );
      s.criteria = v.map((c, i) => ({
        type: String(c?.type ?? (i === 0 ? "LowestValue" : "Number")),
        operator: String(c?.operator ?? "GreaterThanOrEqual"),
        formula: String(c?.formula ?? ""),
      }));
    },
    api: "1.6",
  },
});

export class SimDataBar extends SimObject {
  static override entity = "DataBarConditionalFormat";
  declare barDirection: any;
  declare showDataBarOnly: boolean;
}
function ensureBar(f: CondFormatModel): NonNullable<CondFormatModel["dataBar"]> {
  if (!f.dataBar)
    f.dataBar = {
      barDirection: "Context",
      showDataBarOnly: false,
      positiveFillColor: "#638EC6",
      negativeFillColor: "#FF0000",
    };
  return f.dataBar;
}
defineProps(SimDataBar, {
  barDirection: {
    get: (f: CondFormatModel) => ensureBar(f).barDirection,
    set: (f: CondFormatModel, v: string) => void (ensureBar(f).barDirection = v),
    api: "1.6",
  },
  showDataBarOnly: {
    get: (f: CondFormatModel) => ensureBar(f).showDataBarOnly,
    set: (f: CondFormatModel, v: boolean) => void (ensureBar(f).showDataBarOnly = !!v),
    api: "1.6",
  },
});

const TYPES = [
  "CellValue",
  "ColorScale",
  "IconSet",
  "Custom",
  "DataBar",
  "ContainsText",
  "TopBottom",
  "PresetCriteria",
];

export class SimConditionalFormatCollection extends SimCollection<
  SimConditionalFormat,
  CondFormatModel
> {
  static override entity = "ConditionalFormatCollection";
  protected override _api(): string {
    return "1.6";
  }
  protected _itemClass() {
    return SimConditionalFormat;
  }
  protected _entities(): CondFormatModel[] {
    const t = this._t<RangeTarget>();
    if (!t) return [];
    return sheetFormats(model(this), t.sheet).filter(
      (f) =>
        f.rect.r0 <= t.rect.r1 &&
        t.rect.r0 <= f.rect.r1 &&
        f.rect.c0 <= t.rect.c1 &&
        t.rect.c0 <= f.rect.c1
    );
  }
  protected _find(key: string): CondFormatModel | undefined {
    return this._entities().find((f) => f.id === key);
  }
  getItem(id: string): Excel.ConditionalFormat {
    return this._getItem(id, false) as unknown as Excel.ConditionalFormat;
  }
  /** Adds a conditional format of `type` on the range; new formats get the top priority (0), as in Excel. */
  add(type: string): Excel.ConditionalFormat {
    return this._added("ConditionalFormatCollection.add", "1.6", () => {
      if (!TYPES.includes(type))
        throw simError(
          "InvalidArgument",
          "ConditionalFormatCollection.add",
          `Unsupported conditional format type ${type}.`
        );
      const t = this._t<RangeTarget>()!;
      const m = model(this) as WorkbookModel & { condFormats: CondFormatModel[] };
      for (const f of sheetFormats(m, t.sheet)) f.priority += 1;
      cfCounter += 1;
      const f: CondFormatModel = {
        id: `{CF-${cfCounter}}`,
        sheet: t.sheet,
        rect: { ...t.rect },
        type,
        priority: 0,
        stopIfTrue: false,
        format: {},
        rule: {},
        deleted: false,
      };
      if (type === "IconSet") ensureIcons(f);
      if (type === "DataBar") ensureBar(f);
      m.condFormats.push(f);
      return f;
    }) as unknown as Excel.ConditionalFormat;
  }
  clearAll(): void {
    this._call("clearAll", "1.6", [], (t: RangeTarget) => {
      for (const f of this._entities()) if (f.sheet === t.sheet) f.deleted = true;
    });
  }
}

factories.conditionalFormats = (range) =>
  new SimConditionalFormatCollection(
    range.context,
    () => (range as unknown as { _t<T>(): T | null })._t(),
    false
  );

// ---- evaluation for display ----

export interface CfEffect {
  address: string;
  fontColor?: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  icon?: { style: string; index: number };
  scaleColor?: string;
  bar?: number;
}

function num(v: unknown): number | null {
  return typeof v === "number" ? v : null;
}

function evalFormula(
  m: WorkbookModel,
  f: CondFormatModel,
  formula: string,
  r: number,
  c: number
): unknown {
  const text = formula.startsWith("=") ? formula : `=${formula}`;
  const shifted = shiftFormula(text, r - f.rect.r0, c - f.rect.c0);
  const tr = translateForEngine(shifted, { sheetName: f.sheet.name, row: r, col: c }, m).text;
  const res = m.engine.calculate(tr, f.sheet.name);
  if (Array.isArray(res)) return res[0]?.[0]?.value ?? null;
  return res.isError ? null : res.value;
}

function compare(op: string, v: number | string, a: unknown, b: unknown): boolean {
  const cmp = (x: unknown): number => {
    if (typeof v === "number" && typeof x === "number") return v - x;
    if (typeof v === "string" && typeof x === "string")
      return v.localeCompare(x, undefined, { sensitivity: "base" });
    return typeof v === "string" ? 1 : -1; // text sorts after numbers
  };
  switch (op) {
    case "Between":
      return cmp(a) >= 0 && cmp(b) <= 0;
    case "NotBetween":
      return cmp(a) < 0 || cmp(b) > 0;
    case "EqualTo":
      return cmp(a) === 0;
    case "NotEqualTo":
      return cmp(a) !== 0;
    case "GreaterThan":
      return cmp(a) > 0;
    case "LessThan":
      return cmp(a) < 0;
    case "GreaterThanOrEqual":
      return cmp(a) >= 0;
    case "LessThanOrEqual":
      return cmp(a) <= 0;
    default:
      return false;
  }
}

function mix(c1: string, c2: string, t: number): string {
  const p = (s: string) => [1, 3, 5].map((i) => parseInt(s.slice(i, i + 2), 16));
  const a = p(c1);
  const b = p(c2);
  return `#${a
    .map((x, i) =>
      Math.round(x + (b[i] - x) * t)
        .toString(16)
        .padStart(2, "0")
    )
    .join("")
    .toUpperCase()}`;
}

function threshold(
  m: WorkbookModel,
  f: CondFormatModel,
  crit: { type: string; formula?: string },
  nums: number[],
  lowest: boolean
): number {
  const sorted = [...nums].sort((a, b) => a - b);
  const min = sorted[0] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  const x =
    crit.formula !== undefined && crit.formula !== ""
      ? Number(evalFormula(m, f, crit.formula, f.rect.r0, f.rect.c0))
      : NaN;
  switch (crit.type) {
    case "LowestValue":
      return min;
    case "HighestValue":
      return max;
    case "Number":
    case "Formula":
      return x;
    case "Percent":
      return min + ((max - min) * x) / 100;
    case "Percentile": {
      if (!sorted.length) return 0;
      const pos = ((sorted.length - 1) * x) / 100;
      const lo = Math.floor(pos);
      return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (pos - lo);
    }
    default:
      return lowest ? min : max;
  }
}

/** What one conditional format does to each cell of its range. */
export function evaluateFormat(m: WorkbookModel, f: CondFormatModel): CfEffect[] {
  const cells: { r: number; c: number; v: unknown }[] = [];
  for (let r = f.rect.r0; r <= Math.min(f.rect.r1, f.sheet.maxRow); r++) {
    for (let c = f.rect.c0; c <= Math.min(f.rect.c1, f.sheet.maxCol); c++)
      cells.push({ r, c, v: m.cellResult(f.sheet, r, c).value });
  }
  const nums = cells.map((x) => num(x.v)).filter((x): x is number => x !== null);
  const out: CfEffect[] = [];
  const fmt = (addr: string): CfEffect => ({
    address: addr,
    ...(f.format.fontColor ? { fontColor: f.format.fontColor } : {}),
    ...(f.format.fill ? { fill: f.format.fill } : {}),
    ...(f.format.bold ? { bold: true } : {}),
    ...(f.format.italic ? { italic: true } : {}),
  });
  for (const { r, c, v } of cells) {
    const addr = `${columnLetters(c)}${r + 1}`;
    if (f.type === "CellValue") {
      const value = v === null || v === "" ? 0 : v;
      if (typeof value === "boolean") continue;
      const rule = f.rule as { formula1?: string; formula2?: string; operator?: string };
      if (!rule.operator || rule.formula1 === undefined) continue;
      const a = evalFormula(m, f, String(rule.formula1), r, c);
      const b =
        rule.formula2 !== undefined ? evalFormula(m, f, String(rule.formula2), r, c) : undefined;
      if (compare(rule.operator, value as number | string, a, b)) out.push(fmt(addr));
    } else if (f.type === "Custom") {
      const formula = (f.rule as { formula?: string }).formula;
      if (formula && evalFormula(m, f, formula, r, c) === true) out.push(fmt(addr));
    } else if (f.type === "ContainsText") {
      const rule = f.rule as { operator?: string; text?: string };
      if (typeof v !== "string" || !rule.text) continue;
      const s = v.toLowerCase();
      const t = rule.text.toLowerCase();
      const hit =
        rule.operator === "BeginsWith"
          ? s.startsWith(t)
          : rule.operator === "EndsWith"
            ? s.endsWith(t)
            : rule.operator === "NotContains"
              ? !s.includes(t)
              : s.includes(t);
      if (hit) out.push(fmt(addr));
    } else if (f.type === "TopBottom") {
      const rule = f.rule as { type?: string; rank?: number };
      const x = num(v);
      if (x === null || !rule.type) continue;
      const sorted = [...nums].sort((p, q) => q - p);
      const k = rule.type.endsWith("Percent")
        ? Math.max(1, Math.floor((sorted.length * (rule.rank ?? 10)) / 100))
        : (rule.rank ?? 10);
      const top = rule.type.startsWith("Top");
      const bound = top
        ? sorted[Math.min(k, sorted.length) - 1]
        : [...sorted].reverse()[Math.min(k, sorted.length) - 1];
      if (top ? x >= bound : x <= bound) out.push(fmt(addr));
    } else if (f.type === "ColorScale" && f.colorScale) {
      const x = num(v);
      if (x === null) continue;
      const cs = f.colorScale;
      const lo = threshold(m, f, cs.minimum, nums, true);
      const hi = threshold(m, f, cs.maximum, nums, false);
      let color: string;
      if (cs.midpoint) {
        const mid = threshold(m, f, cs.midpoint, nums, true);
        color =
          x <= mid
            ? mix(
                cs.minimum.color,
                cs.midpoint.color,
                mid === lo ? 0 : Math.max(0, Math.min(1, (x - lo) / (mid - lo)))
              )
            : mix(
                cs.midpoint.color,
                cs.maximum.color,
                hi === mid ? 1 : Math.max(0, Math.min(1, (x - mid) / (hi - mid)))
              );
      } else
        color = mix(
          cs.minimum.color,
          cs.maximum.color,
          hi === lo ? 0 : Math.max(0, Math.min(1, (x - lo) / (hi - lo)))
        );
      out.push({ address: addr, scaleColor: color });
    } else if (f.type === "IconSet" && f.iconSet) {
      const x = num(v);
      if (x === null) continue;
      const is = f.iconSet;
      let index = 0;
      is.criteria.forEach((crit, i) => {
        if (i === 0) return;
        const t = threshold(m, f, crit, nums, true);
        if (crit.operator === "GreaterThan" ? x > t : x >= t) index = i;
      });
      if (is.reverseIconOrder) index = is.criteria.length - 1 - index;
      out.push({ address: addr, icon: { style: is.style, index } });
    } else if (f.type === "DataBar") {
      const x = num(v);
      if (x === null) continue;
      const max = Math.max(...nums.map(Math.abs), 0);
      out.push({ address: addr, bar: max === 0 ? 0 : x / max });
    }
  }
  return out;
}

/** The conditional formats of a sheet, by priority, with their evaluated effects. */
export function conditionalFormatViews(
  m: WorkbookModel,
  sheetName: string
): Record<string, unknown>[] {
  const sheet = m.sheetByName(sheetName);
  if (!sheet) return [];
  return sheetFormats(m, sheet)
    .sort((a, b) => a.priority - b.priority)
    .map((f) => ({
      type: f.type,
      range: rectAddress(f.rect),
      priority: f.priority,
      stopIfTrue: f.stopIfTrue,
      rule: { ...f.rule },
      format: { ...f.format },
      ...(f.colorScale ? { colorScale: JSON.parse(JSON.stringify(f.colorScale)) } : {}),
      ...(f.iconSet ? { iconSet: JSON.parse(JSON.stringify(f.iconSet)) } : {}),
      ...(f.dataBar ? { dataBar: { ...f.dataBar } } : {}),
      effects: evaluateFormat(m, f),
    }));
}
