/**
 * PivotTables computed by the simulator itself, independently of the add-in's analysis code: a cache
 * of the source records (taken at creation and at refresh(), as Excel's pivot cache), aggregation per
 * row/column item, and the cells Excel lays out in the compact form with grand totals.
 *
 * Layout (compact form, subtotals at the top of each group, Excel's default for a new PivotTable):
 *   [data name]   [Column Labels]              (only with a column field)
 *   [Row Labels]  [col item 1] ... [Grand Total]
 *   item 1        v               ...  total
 *     sub-item    v                              (second row field, indented)
 *   Grand Total   total           ...  grand total
 * Several data fields go side by side ("Values" in columns). Filters sit above, with a blank row.
 */
import { Rect } from "../address";
import { simError } from "../errors";
import { formatValue } from "../format/numberFormat";
import { SheetModel } from "./sheet";
import { TableModel } from "./table";
import type { WorkbookModel } from "./workbook";

export type Summarize =
  | "Sum"
  | "Count"
  | "Average"
  | "Max"
  | "Min"
  | "Product"
  | "CountNumbers"
  | "StandardDeviation"
  | "StandardDeviationP"
  | "Variance"
  | "VarianceP"
  | "Automatic";

export interface ShowAs {
  calculation: string;
  baseField?: string;
  baseItem?: string;
}

export interface DataFieldModel {
  id: string;
  field: string;
  name: string;
  customName: boolean;
  summarizeBy: Summarize;
  numberFormat: string | null;
  showAs: ShowAs;
}

export interface FieldSettings {
  sort: "Ascending" | "Descending";
  /** Items hidden by the user (PivotItem.visible = false or a manual filter), as keys. */
  hidden: Set<string>;
  /** Sort by the values of a data field (sortByValues). */
  sortByValues?: { dataName: string; order: "Ascending" | "Descending" };
}

export interface PivotCell {
  value: number | string | boolean | null;
  numberFormat?: string;
  kind: "header" | "rowLabel" | "colLabel" | "data" | "total" | "filter" | "blank";
  bold?: boolean;
  indent?: number;
}

type Key = string;
type Val = number | string | boolean | null;

function keyOf(v: Val): Key {
  if (v === null || v === "") return "\u0000blank";
  return typeof v === "number"
    ? `n:${v}`
    : typeof v === "boolean"
      ? `b:${v}`
      : `s:${String(v).toLowerCase()}`;
}

const LABELS = {
  en: {
    rows: "Row Labels",
    cols: "Column Labels",
    grand: "Grand Total",
    total: "Total",
    values: "Values",
    blank: "(blank)",
    all: "(All)",
    multiple: "(Multiple Items)",
  },
  fr: {
    rows: "Étiquettes de lignes",
    cols: "Étiquettes de colonnes",
    grand: "Total général",
    total: "Total",
    values: "Valeurs",
    blank: "(vide)",
    all: "(Tous)",
    multiple: "(Plusieurs éléments)",
  },
};

const FUNC_NAMES: Record<string, Record<string, string>> = {
  en: {
    Sum: "Sum of",
    Count: "Count of",
    Average: "Average of",
    Max: "Max of",
    Min: "Min of",
    Product: "Product of",
    CountNumbers: "Count of",
    StandardDeviation: "StdDev of",
    StandardDeviationP: "StdDevp of",
    Variance: "Var of",
    VarianceP: "Varp of",
  },
  fr: {
    Sum: "Somme de",
    Count: "Nombre de",
    Average: "Moyenne de",
    Max: "Max. de",
    Min: "Min. de",
    Product: "Produit de",
    CountNumbers: "Chiffres de",
    StandardDeviation: "Écartype de",
    StandardDeviationP: "Écartypep de",
    Variance: "Var de",
    VarianceP: "Varp de",
  },
};

let pivotCounter = 0;
let dataCounter = 0;

export class PivotModel {
  readonly id: string;
  name: string;
  sheet: SheetModel;
  anchor: { r: number; c: number };
  source: { table?: TableModel; sheet?: SheetModel; rect?: Rect };
  rows: string[] = [];
  columns: string[] = [];
  filters: string[] = [];
  data: DataFieldModel[] = [];
  fields = new Map<string, FieldSettings>();
  layout = {
    showRowGrandTotals: true,
    showColumnGrandTotals: true,
    layoutType: "Compact",
    subtotalLocation: "AtTop",
    showFieldHeaders: true,
  };
  /** The pivot cache: field names and one column of values per field. */
  cache: { names: string[]; columns: Val[][]; formats: (string | undefined)[]; count: number } = {
    names: [],
    columns: [],
    formats: [],
    count: 0,
  };
  /** Where the rendered pivot is, and its cells. */
  output: {
    rect: Rect;
    cells: PivotCell[][];
    dataRect: Rect | null;
    rowLabelRect: Rect | null;
    colLabelRect: Rect | null;
    filterRect: Rect | null;
  } | null = null;
  dirty = true;
  deleted = false;

  constructor(
    name: string,
    sheet: SheetModel,
    anchor: { r: number; c: number },
    source: PivotModel["source"]
  ) {
    pivotCounter += 1;
    this.id = `{PT-${pivotCounter}}`;
    this.name = name;
    this.sheet = sheet;
    this.anchor = anchor;
    this.source = source;
  }

  settings(field: string): FieldSettings {
    let s = this.fields.get(field.toLowerCase());
    if (!s) {
      s = { sort: "Ascending", hidden: new Set() };
      this.fields.set(field.toLowerCase(), s);
    }
    return s;
  }

  fieldIndex(name: string): number {
    return this.cache.names.findIndex((n) => n.toLowerCase() === name.toLowerCase());
  }

  /** Reads the source into the cache (creation and refresh()). */
  refreshCache(m: WorkbookModel): void {
    let sheet: SheetModel;
    let headerRow: number;
    let r0: number;
    let r1: number;
    let c0: number;
    let c1: number;
    if (this.source.table) {
      const t = this.source.table;
      if (t.deleted)
        throw simError(
          "InvalidReference",
          "PivotTable.refresh",
          "The source table of the PivotTable no longer exists."
        );
      sheet = t.sheet;
      headerRow = t.r0;
      r0 = t.dataR0;
      r1 = t.dataR1;
      c0 = t.c0;
      c1 = t.c1;
      this.cache.names = t.columns.map((c) => c.name);
    } else {
      sheet = this.source.sheet!;
      const rect = this.source.rect!;
      headerRow = rect.r0;
      r0 = rect.r0 + 1;
      r1 = rect.r1;
      c0 = rect.c0;
      c1 = rect.c1;
      this.cache.names = [];
      for (let c = c0; c <= c1; c++) {
        const v = m.cellResult(sheet, headerRow, c).value;
        if (v === null || v === "")
          throw simError(
            "InvalidArgument",
            "PivotTableCollection.add",
            "The PivotTable field name is not valid: every column of the source needs a header."
          );
        this.cache.names.push(String(v));
      }
    }
    this.cache.columns = [];
    this.cache.formats = [];
    for (let c = c0; c <= c1; c++) {
      const col: Val[] = new Array(Math.max(0, r1 - r0 + 1));
      for (let r = r0; r <= r1; r++) {
        const res = m.cellResult(sheet, r, c);
        col[r - r0] = res.value;
      }
      this.cache.columns.push(col);
      this.cache.formats.push(r1 >= r0 ? m.style(sheet, r0, c).numberFormat : undefined);
    }
    this.cache.count = Math.max(0, r1 - r0 + 1);
    this.dirty = true;
  }

  defaultDataName(field: string, fn: Summarize, lang: "en" | "fr"): string {
    const f = fn === "Automatic" ? "Sum" : fn;
    return `${FUNC_NAMES[lang][f]} ${field}`;
  }

  uniqueDataName(base: string): string {
    let name = base;
    let k = 2;
    while (this.data.some((d) => d.name.toLowerCase() === name.toLowerCase()))
      name = `${base}${k++}`;
    return name;
  }

  addData(field: string, lang: "en" | "fr"): DataFieldModel {
    const idx = this.fieldIndex(field);
    if (idx < 0)
      throw simError(
        "InvalidArgument",
        "DataPivotHierarchyCollection.add",
        `No field named ${field}.`
      );
    const numeric = this.cache.columns[idx].some((v) => typeof v === "number");
    const fn: Summarize = numeric ? "Sum" : "Count";
    dataCounter += 1;
    const d: DataFieldModel = {
      id: `DataHierarchy${dataCounter}`,
      field: this.cache.names[idx],
      name: this.uniqueDataName(this.defaultDataName(this.cache.names[idx], fn, lang)),
      customName: false,
      summarizeBy: fn,
      numberFormat: null,
      showAs: { calculation: "None" },
    };
    this.data.push(d);
    this.dirty = true;
    return d;
  }
}

interface Acc {
  sum: number;
  count: number;
  countNumbers: number;
  min: number;
  max: number;
  product: number;
  sumSq: number;
}

function newAcc(): Acc {
  return { sum: 0, count: 0, countNumbers: 0, min: Infinity, max: -Infinity, product: 1, sumSq: 0 };
}

function accAdd(a: Acc, v: Val): void {
  if (v === null || v === "") return;
  a.count += 1;
  if (typeof v === "number") {
    a.countNumbers += 1;
    a.sum += v;
    a.sumSq += v * v;
    a.product *= v;
    if (v < a.min) a.min = v;
    if (v > a.max) a.max = v;
  }
}

function accValue(a: Acc | undefined, fn: Summarize): number | string | null {
  if (!a || a.count === 0) return fn === "Count" || fn === "CountNumbers" ? null : null;
  const n = a.countNumbers;
  switch (fn) {
    case "Count":
      return a.count;
    case "CountNumbers":
      return n;
    case "Average":
      return n === 0 ? "#DIV/0!" : a.sum / n;
    case "Max":
      return n === 0 ? 0 : a.max;
    case "Min":
      return n === 0 ? 0 : a.min;
    case "Product":
      return n === 0 ? 0 : a.product;
    case "StandardDeviation":
    case "Variance": {
      if (n < 2) return "#DIV/0!";
      const v = (a.sumSq - (a.sum * a.sum) / n) / (n - 1);
      return fn === "Variance" ? v : Math.sqrt(Math.max(0, v));
    }
    case "StandardDeviationP":
    case "VarianceP": {
      if (n < 1) return "#DIV/0!";
      const v = (a.sumSq - (a.sum * a.sum) / n) / n;
      return fn === "VarianceP" ? v : Math.sqrt(Math.max(0, v));
    }
    default:
      return a.sum;
  }
}

interface AxisNode {
  key: Key;
  value: Val;
  format?: string;
  children: AxisNode[];
  path: Key[];
}

function compareVals(a: Val, b: Val): number {
  const blankA = a === null || a === "";
  const blankB = b === null || b === "";
  if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return String(a).localeCompare(String(b), "fr", { sensitivity: "base", numeric: true });
}

/** Computes the pivot's cells. Pure: reads only the cache and the layout settings. */
export function computePivot(
  p: PivotModel,
  lang: "en" | "fr"
): {
  cells: PivotCell[][];
  dataOrigin: { r: number; c: number } | null;
  dataSize: { rows: number; cols: number };
  rowLabelRows: number;
  headerRows: number;
  filterRows: number;
} {
  const L = LABELS[lang];
  const idx = (f: string) => {
    const i = p.fieldIndex(f);
    if (i < 0)
      throw simError(
        "InvalidArgument",
        "PivotTable",
        `No field named ${f} in the PivotTable's source.`
      );
    return i;
  };
  const rowIdx = p.rows.map(idx);
  const colIdx = p.columns.map(idx);
  p.filters.forEach(idx);
  const dataIdx = p.data.map((d) => idx(d.field));
  const n = p.cache.count;
  const cols = p.cache.columns;

  // Records kept by filters and hidden items.
  const hiddenBy = [...p.rows, ...p.columns, ...p.filters].map((f) => ({
    i: idx(f),
    hidden: p.settings(f).hidden,
  }));
  const keep: number[] = [];
  for (let r = 0; r < n; r++) {
    let ok = true;
    for (const h of hiddenBy) {
      if (h.hidden.size && h.hidden.has(keyOf(cols[h.i][r]))) {
        ok = false;
        break;
      }
    }
    if (ok) keep.push(r);
  }

  // Axis trees.
  const buildTree = (fieldIdx: number[]): AxisNode => {
    const root: AxisNode = { key: "", value: null, children: [], path: [] };
    const index = new Map<string, AxisNode>();
    for (const r of keep) {
      let node = root;
      const path: Key[] = [];
      fieldIdx.forEach((fi, level) => {
        const v = cols[fi][r];
        const k = keyOf(v);
        path.push(k);
        const id = path.join("\u0001");
        let child = index.get(id);
        if (!child) {
          child = {
            key: k,
            value: v === "" ? null : v,
            format: p.cache.formats[fi],
            children: [],
            path: [...path],
          };
          index.set(id, child);
          node.children.push(child);
        }
        node = child;
        void level;
      });
    }
    return root;
  };
  const rowTree = buildTree(rowIdx);
  const colTree = buildTree(colIdx);

  // Aggregation: per data field, per (row path, col path) at every level.
  const accs = p.data.map(() => new Map<string, Acc>());
  for (const r of keep) {
    const rk: Key[] = rowIdx.map((fi) => keyOf(cols[fi][r]));
    const ck: Key[] = colIdx.map((fi) => keyOf(cols[fi][r]));
    for (let rl = 0; rl <= rk.length; rl++) {
      const rId = rk.slice(0, rl).join("\u0001");
      for (let cl = 0; cl <= ck.length; cl++) {
        const id = `${rId}\u0002${ck.slice(0, cl).join("\u0001")}`;
        p.data.forEach((_, d) => {
          let a = accs[d].get(id);
          if (!a) {
            a = newAcc();
            accs[d].set(id, a);
          }
          accAdd(a, cols[dataIdx[d]][r]);
        });
      }
    }
  }
  const raw = (d: number, rPath: Key[], cPath: Key[]) =>
    accValue(
      accs[d].get(`${rPath.join("\u0001")}\u0002${cPath.join("\u0001")}`),
      p.data[d].summarizeBy
    );

  // Sorting.
  const sortTree = (node: AxisNode, fields: string[], level: number, isRow: boolean) => {
    if (!node.children.length) return;
    const f = fields[level];
    const st = p.settings(f);
    if (st.sortByValues) {
      const d = p.data.findIndex(
        (x) => x.name.toLowerCase() === st.sortByValues!.dataName.toLowerCase()
      );
      const sign = st.sortByValues.order === "Descending" ? -1 : 1;
      node.children.sort((a, b) => {
        const va = d >= 0 ? raw(d, isRow ? a.path : [], isRow ? [] : a.path) : 0;
        const vb = d >= 0 ? raw(d, isRow ? b.path : [], isRow ? [] : b.path) : 0;
        return sign * ((typeof va === "number" ? va : 0) - (typeof vb === "number" ? vb : 0));
      });
    } else {
      const sign = st.sort === "Descending" ? -1 : 1;
      node.children.sort((a, b) => sign * compareVals(a.value, b.value));
    }
    node.children.forEach((c) => sortTree(c, fields, level + 1, isRow));
  };
  sortTree(rowTree, p.rows, 0, true);
  sortTree(colTree, p.columns, 0, false);

  // Flattened axes: rows in compact outline order (parents carry their subtotals at the top).
  const rowLines: { node: AxisNode; depth: number }[] = [];
  const walk = (node: AxisNode, depth: number) => {
    for (const c of node.children) {
      rowLines.push({ node: c, depth });
      walk(c, depth + 1);
    }
  };
  walk(rowTree, 0);
  const colLeaves: AxisNode[] = [];
  const walkCols = (node: AxisNode) => {
    for (const c of node.children) {
      if (c.children.length) walkCols(c);
      else colLeaves.push(c);
    }
  };
  walkCols(colTree);

  // showAs
  const grand = (d: number) => raw(d, [], []);
  const shown = (d: number, rPath: Key[], cPath: Key[]): number | string | null => {
    const v = raw(d, rPath, cPath);
    const calc = p.data[d].showAs.calculation;
    if (calc === "None" || v === null || typeof v !== "number") return v;
    const ratio = (den: number | string | null) =>
      typeof den === "number" && den !== 0 ? v / den : "#DIV/0!";
    switch (calc) {
      case "PercentOfGrandTotal":
        return ratio(grand(d));
      case "PercentOfRowTotal":
        return ratio(raw(d, rPath, []));
      case "PercentOfColumnTotal":
        return ratio(raw(d, [], cPath));
      case "PercentOfParentRowTotal":
        return ratio(raw(d, rPath.slice(0, Math.max(0, rPath.length - 1)), cPath));
      case "PercentOfParentColumnTotal":
        return ratio(raw(d, rPath, cPath.slice(0, Math.max(0, cPath.length - 1))));
      case "PercentOf":
      case "DifferenceFrom":
      case "PercentDifferenceFrom": {
        const base = p.data[d].showAs.baseField;
        const item = p.data[d].showAs.baseItem;
        if (!base || item === undefined) return "#N/A";
        const rl = p.rows.findIndex((f) => f.toLowerCase() === base.toLowerCase());
        const cl = p.columns.findIndex((f) => f.toLowerCase() === base.toLowerCase());
        const baseKey = keyOf(item);
        let bv: number | string | null;
        if (rl >= 0) {
          if (rPath.length <= rl) return calc === "DifferenceFrom" ? null : null;
          if (rPath[rl] === baseKey) return calc === "PercentOf" ? 1 : null;
          const bp = [...rPath];
          bp[rl] = baseKey;
          bv = raw(d, bp, cPath);
        } else if (cl >= 0) {
          if (cPath.length <= cl) return null;
          if (cPath[cl] === baseKey) return calc === "PercentOf" ? 1 : null;
          const bp = [...cPath];
          bp[cl] = baseKey;
          bv = raw(d, rPath, bp);
        } else return "#N/A";
        if (typeof bv !== "number") return "#N/A";
        if (calc === "DifferenceFrom") return v - bv;
        if (bv === 0) return "#DIV/0!";
        return calc === "PercentOf" ? v / bv : (v - bv) / bv;
      }
      case "RunningTotal":
      case "PercentRunningTotal": {
        // running total along the base field (first row field by default)
        const base = p.data[d].showAs.baseField ?? p.rows[0];
        const rl = p.rows.findIndex((f) => f.toLowerCase() === base?.toLowerCase());
        if (rl < 0 || rPath.length <= rl)
          return calc === "RunningTotal"
            ? v
            : ratio(raw(d, rPath.slice(0, rl < 0 ? 0 : rl), cPath));
        const parentPath = rPath.slice(0, rl);
        let parent: AxisNode = rowTree;
        for (const k of parentPath) parent = parent.children.find((c) => c.key === k)!;
        let run = 0;
        for (const sib of parent.children) {
          const sv = raw(d, [...parentPath, sib.key, ...rPath.slice(rl + 1)], cPath);
          if (typeof sv === "number") run += sv;
          if (sib.key === rPath[rl]) break;
        }
        return calc === "RunningTotal" ? run : ratio(raw(d, parentPath, cPath));
      }
      default:
        return v;
    }
  };
  const fmtOf = (d: number): string | undefined => {
    const df = p.data[d];
    if (df.numberFormat) return df.numberFormat;
    if (/^Percent/.test(df.showAs.calculation)) return "0.00%";
    return undefined;
  };

  const nData = p.data.length;
  const hasCols = p.columns.length > 0;
  const valuesAcross = nData > 1;
  const cells: PivotCell[][] = [];
  const blank = (): PivotCell => ({ value: null, kind: "blank" });
  const rowGT = p.layout.showRowGrandTotals; // the Grand Total row at the bottom
  const colGT = p.layout.showColumnGrandTotals; // the Grand Total column at the right

  // Filter area.
  const filterRows = p.filters.length ? p.filters.length + 1 : 0;
  for (const f of p.filters) {
    const st = p.settings(f);
    const fi = idx(f);
    const all = new Set(p.cache.columns[fi].map(keyOf));
    const visible = [...all].filter((k) => !st.hidden.has(k));
    let label: Val = L.all;
    if (st.hidden.size && visible.length === 1) {
      const r = p.cache.columns[fi].findIndex((v) => keyOf(v) === visible[0]);
      label = p.cache.columns[fi][r] ?? L.blank;
    } else if (st.hidden.size) label = L.multiple;
    cells.push([
      { value: f, kind: "filter", bold: true },
      {
        value: label,
        kind: "filter",
        numberFormat: typeof label === "number" ? p.cache.formats[fi] : undefined,
      },
    ]);
  }
  if (filterRows) cells.push([blank()]);

  // Column headers.
  type ColSpec = { path: Key[]; d: number; total: boolean };
  const colSpecs: ColSpec[] = [];
  if (hasCols) {
    for (const leaf of colLeaves)
      for (let d = 0; d < Math.max(1, nData); d++)
        colSpecs.push({ path: leaf.path, d, total: false });
    if (colGT)
      for (let d = 0; d < Math.max(1, nData); d++) colSpecs.push({ path: [], d, total: true });
  } else {
    for (let d = 0; d < nData; d++) colSpecs.push({ path: [], d, total: false });
  }
  const labelCol = p.rows.length > 0 || !hasCols || nData > 0;
  const headerRows: PivotCell[][] = [];
  if (hasCols) {
    const top: PivotCell[] = [
      nData === 1 ? { value: p.data[0].name, kind: "header", bold: true } : blank(),
      { value: L.cols, kind: "header", bold: true },
    ];
    for (let i = 1; i < colSpecs.length; i++) top.push(blank());
    headerRows.push(top);
    const items: PivotCell[] = [
      valuesAcross ? blank() : { value: p.rows.length ? L.rows : null, kind: "header", bold: true },
    ];
    for (const spec of colSpecs) {
      if (spec.total) {
        items.push({
          value: valuesAcross ? `${L.total} ${p.data[spec.d].name}` : L.grand,
          kind: "header",
          bold: true,
        });
      } else if (spec.d === 0) {
        const leaf = colLeaves.find((l) => l.path.join("\u0001") === spec.path.join("\u0001"))!;
        items.push({
          value: leaf.value ?? L.blank,
          kind: "colLabel",
          numberFormat: typeof leaf.value === "number" ? leaf.format : undefined,
          bold: true,
        });
      } else items.push(blank());
    }
    headerRows.push(items);
    if (valuesAcross) {
      const names: PivotCell[] = [
        { value: p.rows.length ? L.rows : null, kind: "header", bold: true },
      ];
      for (const spec of colSpecs)
        names.push({ value: p.data[spec.d].name, kind: "header", bold: true });
      headerRows.push(names);
    }
  } else {
    const hdr: PivotCell[] = [];
    if (p.rows.length) hdr.push({ value: L.rows, kind: "header", bold: true });
    for (const spec of colSpecs)
      hdr.push({ value: p.data[spec.d].name, kind: "header", bold: true });
    if (!p.rows.length && !nData) hdr.push({ value: null, kind: "blank" });
    headerRows.push(hdr);
  }
  void labelCol;
  cells.push(...headerRows);

  // Body.
  const dataRowStart = cells.length;
  const valueCell = (d: number, rPath: Key[], cPath: Key[], total: boolean): PivotCell => ({
    value: nData ? shown(d, rPath, cPath) : null,
    numberFormat: fmtOf(d),
    kind: total ? "total" : "data",
    bold: total || undefined,
  });
  const hasRowLabels = p.rows.length > 0;
  if (hasRowLabels) {
    for (const line of rowLines) {
      const parent = line.node.children.length > 0;
      const row: PivotCell[] = [
        {
          value: line.node.value ?? L.blank,
          numberFormat: typeof line.node.value === "number" ? line.node.format : undefined,
          kind: "rowLabel",
          bold: parent || undefined,
          indent: line.depth || undefined,
        },
      ];
      for (const spec of colSpecs)
        row.push(valueCell(spec.d, line.node.path, spec.path, spec.total || parent));
      cells.push(row);
    }
  } else if (nData) {
    const row: PivotCell[] = hasCols
      ? [{ value: nData === 1 ? null : L.values, kind: "header" }]
      : [];
    for (const spec of colSpecs) row.push(valueCell(spec.d, [], spec.path, spec.total));
    cells.push(row);
  }
  if (hasRowLabels && rowGT) {
    const row: PivotCell[] = [{ value: L.grand, kind: "total", bold: true }];
    for (const spec of colSpecs) row.push(valueCell(spec.d, [], spec.path, true));
    cells.push(row);
  }
  const width = Math.max(...cells.map((r) => r.length));
  for (const r of cells) while (r.length < width) r.push(blank());
  const firstDataCol = hasRowLabels || hasCols ? 1 : 0;
  const dataRows = cells.length - dataRowStart;
  return {
    cells,
    dataOrigin: nData && dataRows > 0 ? { r: dataRowStart, c: firstDataCol } : null,
    dataSize: { rows: dataRows, cols: colSpecs.length },
    rowLabelRows: hasRowLabels ? rowLines.length + (rowGT ? 1 : 0) : 0,
    headerRows: headerRows.length,
    filterRows,
  };
}

/** Writes the pivot's cells into its sheet (clearing the previous output) and records its ranges. */
export function renderPivot(m: WorkbookModel, p: PivotModel): void {
  if (p.deleted) return;
  const lang: "en" | "fr" = m.isFrench ? "fr" : "en";
  const res = computePivot(p, lang);
  const s = p.sheet;
  if (p.output) {
    const o = p.output.rect;
    for (let r = o.r0; r <= o.r1; r++) for (let c = o.c0; c <= o.c1; c++) s.wipe(r, c);
  }
  const rows = res.cells.length;
  const cols = res.cells[0]?.length ?? 1;
  const rect = {
    r0: p.anchor.r,
    c0: p.anchor.c,
    r1: p.anchor.r + rows - 1,
    c1: p.anchor.c + cols - 1,
  };
  for (const other of m.pivots) {
    if (other !== p && !other.deleted && other.sheet === s && other.output) {
      const o = other.output.rect;
      if (o.r0 <= rect.r1 && rect.r0 <= o.r1 && o.c0 <= rect.c1 && rect.c0 <= o.c1) {
        throw simError(
          "PivotTableRangeConflict",
          "PivotTable",
          "A PivotTable report cannot overlap another PivotTable report."
        );
      }
    }
  }
  res.cells.forEach((line, i) =>
    line.forEach((cell, j) => {
      const r = rect.r0 + i;
      const c = rect.c0 + j;
      if (cell.value !== null && cell.value !== undefined) s.setValue(r, c, cell.value);
      const patch: Record<string, unknown> = {};
      if (cell.numberFormat) patch.numberFormat = cell.numberFormat;
      if (cell.bold) patch.font = { bold: true };
      if (cell.indent) patch.indentLevel = cell.indent;
      if (Object.keys(patch).length) s.setStyleId(r, c, m.styles.derive(0, patch));
    })
  );
  const body = (r0: number, n: number, c0: number, nc: number): Rect | null =>
    n > 0 && nc > 0
      ? { r0: rect.r0 + r0, r1: rect.r0 + r0 + n - 1, c0: rect.c0 + c0, c1: rect.c0 + c0 + nc - 1 }
      : null;
  const bodyRect = body(res.filterRows, rows - res.filterRows, 0, cols)!;
  p.output = {
    rect: bodyRect,
    cells: res.cells.slice(res.filterRows),
    dataRect: res.dataOrigin
      ? body(res.dataOrigin.r, res.dataSize.rows, res.dataOrigin.c, res.dataSize.cols)
      : null,
    rowLabelRect: res.rowLabelRows
      ? body(res.filterRows + res.headerRows, res.rowLabelRows, 0, 1)
      : null,
    colLabelRect: p.columns.length ? body(res.filterRows + 1, 1, 1, cols - 1) : null,
    filterRect: res.filterRows ? body(0, res.filterRows - 1, 0, 2) : null,
  };
  // the filter cells are part of what is cleared next time
  if (res.filterRows) p.output.rect = { ...bodyRect, r0: rect.r0 };
  p.dirty = false;
  m.engine.markDirty(s.name, rect);
}

/** A plain view of a pivot for inspection: ranges and computed cells with their display text. */
export function pivotView(m: WorkbookModel, p: PivotModel): Record<string, unknown> {
  const lang = m.isFrench ? "fr" : "en";
  const addr = (r: Rect | null) =>
    r ? `${colName(r.c0)}${r.r0 + 1}:${colName(r.c1)}${r.r1 + 1}` : null;
  return {
    name: p.name,
    sheet: p.sheet.name,
    source: p.source.table
      ? p.source.table.name
      : `${p.source.sheet!.name}!${addr(p.source.rect!)}`,
    rows: [...p.rows],
    columns: [...p.columns],
    filters: p.filters.map((f) => ({ field: f, hiddenItems: [...p.settings(f).hidden] })),
    data: p.data.map((d) => ({
      name: d.name,
      field: d.field,
      summarizeBy: d.summarizeBy,
      numberFormat: d.numberFormat,
      showAs: { ...d.showAs },
    })),
    layout: { ...p.layout },
    address: addr(p.output?.rect ?? null),
    dataBodyAddress: addr(p.output?.dataRect ?? null),
    rowLabelAddress: addr(p.output?.rowLabelRect ?? null),
    values: (p.output?.cells ?? []).map((row) => row.map((c) => (c.value === null ? "" : c.value))),
    texts: (p.output?.cells ?? []).map((row) =>
      row.map((c) =>
        formatValue(
          c.value,
          c.numberFormat,
          lang,
          typeof c.value === "string" && c.value.startsWith("#")
        )
      )
    ),
  };
}

function colName(c: number): string {
  let s = "";
  let n = c + 1;
  while (n > 0) {
    const k = (n - 1) % 26;
    s = String.fromCharCode(65 + k) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
