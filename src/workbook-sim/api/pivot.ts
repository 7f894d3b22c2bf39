/** Excel.PivotTable and its hierarchies, fields, items and layout (ExcelApi 1.8+). */
import { parseAddress, Rect } from "../address";
import { simError } from "../errors";
import { DataFieldModel, PivotModel, pivotView, Summarize } from "../model/pivot";
import { SheetModel } from "../model/sheet";
import { TableModel } from "../model/table";
import { WorkbookModel } from "../model/workbook";
import { defineProps, SimContextLike, SimObject } from "./base";
import { SimCollection } from "./collection";
import { SimRange } from "./range";
import { worksheetProxy } from "./registry";
import { SimTable } from "./table";
import { SimWorksheet, workbookExtensions, worksheetExtensions } from "./workbook";

function model(o: SimObject): WorkbookModel {
  return o.context.core.model;
}
function lang(o: SimObject): "en" | "fr" {
  return model(o).isFrench ? "fr" : "en";
}
function live(p: PivotModel): PivotModel {
  if (p.deleted) throw simError("ItemNotFound", "PivotTable", "The PivotTable has been deleted.");
  return p;
}

export class SimPivotTable
  extends SimObject
  implements Pick<Excel.PivotTable, "id" | "name" | "refresh" | "delete">
{
  static override entity = "PivotTable";
  declare id: string;
  declare name: string;
  declare allowMultipleFiltersPerField: boolean;
  declare enableDataValueEditing: boolean;
  declare useCustomSortLists: boolean;
  declare refreshOnOpen: boolean;

  private nav<T extends SimObject>(name: string, make: () => T): T {
    return this._nav(name, make);
  }
  get worksheet(): Excel.Worksheet {
    return this.nav("worksheet", () =>
      worksheetProxy(this.context, () => this._t<PivotModel>()?.sheet ?? null)
    ) as unknown as Excel.Worksheet;
  }
  get hierarchies(): Excel.PivotHierarchyCollection {
    return this.nav(
      "hierarchies",
      () => new SimPivotHierarchyCollection(this.context, () => this._t(), false)
    ) as unknown as Excel.PivotHierarchyCollection;
  }
  get rowHierarchies(): Excel.RowColumnPivotHierarchyCollection {
    return this.nav(
      "rowHierarchies",
      () => new SimAxisHierarchyCollection(this.context, () => axis(this, "rows"), false)
    ) as unknown as Excel.RowColumnPivotHierarchyCollection;
  }
  get columnHierarchies(): Excel.RowColumnPivotHierarchyCollection {
    return this.nav(
      "columnHierarchies",
      () => new SimAxisHierarchyCollection(this.context, () => axis(this, "columns"), false)
    ) as unknown as Excel.RowColumnPivotHierarchyCollection;
  }
  get filterHierarchies(): Excel.FilterPivotHierarchyCollection {
    return this.nav(
      "filterHierarchies",
      () => new SimAxisHierarchyCollection(this.context, () => axis(this, "filters"), false)
    ) as unknown as Excel.FilterPivotHierarchyCollection;
  }
  get dataHierarchies(): Excel.DataPivotHierarchyCollection {
    return this.nav(
      "dataHierarchies",
      () => new SimDataHierarchyCollection(this.context, () => this._t(), false)
    ) as unknown as Excel.DataPivotHierarchyCollection;
  }
  get layout(): Excel.PivotLayout {
    return this.nav(
      "layout",
      () => new SimPivotLayout(this.context, () => this._t(), false)
    ) as unknown as Excel.PivotLayout;
  }

  /** Re-reads the source into the pivot cache and lays the pivot out again. */
  refresh(): void {
    this._call("refresh", "1.8", [], (p: PivotModel) => {
      live(p).refreshCache(model(this));
    });
  }

  delete(): void {
    this._call("delete", "1.8", [], (p: PivotModel) => {
      const m = model(this);
      if (p.output) {
        const o = p.output.rect;
        for (let r = o.r0; r <= o.r1; r++) for (let c = o.c0; c <= o.c1; c++) p.sheet.wipe(r, c);
        m.engine.markDirty(p.sheet.name, o);
      }
      p.deleted = true;
      m.pivots = m.pivots.filter((x) => x !== p);
    });
  }

  getDataSourceString(): { value: string } {
    return this._callResult("getDataSourceString", "1.15", [], (p: PivotModel) =>
      p.source.table
        ? p.source.table.name
        : `${p.source.sheet!.name}!${JSON.stringify(p.source.rect)}`
    );
  }
  getDataSourceType(): { value: string } {
    return this._callResult("getDataSourceType", "1.15", [], (p: PivotModel) =>
      p.source.table ? "Table" : "Range"
    );
  }
}
defineProps(SimPivotTable, {
  id: { get: (p: PivotModel) => p.id, api: "1.8" },
  name: {
    get: (p: PivotModel) => p.name,
    set: (p: PivotModel, v: string, o: SimObject) => {
      if (
        model(o).pivots.some(
          (x) => x !== p && x.sheet === p.sheet && x.name.toLowerCase() === v.toLowerCase()
        )
      )
        throw simError("ItemAlreadyExists", "PivotTable.name");
      p.name = v;
    },
    api: "1.8",
  },
  allowMultipleFiltersPerField: { get: () => false, api: "1.12" },
  enableDataValueEditing: { get: () => false, set: () => undefined, api: "1.9" },
  useCustomSortLists: { get: () => true, set: () => undefined, api: "1.9" },
  refreshOnOpen: { get: () => false, set: () => undefined, api: "1.13" },
});

type AxisName = "rows" | "columns" | "filters";
interface AxisTarget {
  pivot: PivotModel;
  axis: AxisName;
}
function axis(o: SimObject, a: AxisName): AxisTarget | null {
  const p = o["_t" as keyof SimObject]
    ? (o as unknown as { _t<T>(): T | null })._t<PivotModel>()
    : null;
  return p ? { pivot: p, axis: a } : null;
}

/** A field of the source ("hierarchy" in the API): by name. */
interface HierarchyTarget {
  pivot: PivotModel;
  field: string;
  axis?: AxisName;
}

export class SimPivotHierarchy
  extends SimObject
  implements Pick<Excel.PivotHierarchy, "id" | "name">
{
  static override entity = "PivotHierarchy";
  declare id: string;
  declare name: string;
  declare position: number;
  declare enableMultipleFilterItems: boolean;
  get fields(): Excel.PivotFieldCollection {
    return this._nav(
      "fields",
      () => new SimPivotFieldCollection(this.context, () => this._t(), false)
    ) as unknown as Excel.PivotFieldCollection;
  }
  setToDefault(): void {
    this._call("setToDefault", "1.8", [], (h: HierarchyTarget) => {
      const st = h.pivot.settings(h.field);
      st.sort = "Ascending";
      st.hidden.clear();
      st.sortByValues = undefined;
      h.pivot.dirty = true;
    });
  }
}
defineProps(SimPivotHierarchy, {
  id: { get: (h: HierarchyTarget) => h.field, api: "1.8" },
  name: { get: (h: HierarchyTarget) => h.field, set: () => undefined, api: "1.8" },
  position: {
    get: (h: HierarchyTarget) =>
      h.axis ? h.pivot[h.axis].findIndex((f) => f.toLowerCase() === h.field.toLowerCase()) : -1,
    api: "1.8",
  },
  enableMultipleFilterItems: { get: () => true, set: () => undefined, api: "1.8" },
});

export class SimPivotHierarchyCollection extends SimCollection<SimPivotHierarchy, HierarchyTarget> {
  static override entity = "PivotHierarchyCollection";
  protected override _api(): string {
    return "1.8";
  }
  protected _itemClass() {
    return SimPivotHierarchy;
  }
  protected _entities(): HierarchyTarget[] {
    const p = this._t<PivotModel>();
    return p ? p.cache.names.map((field) => ({ pivot: p, field })) : [];
  }
  protected _find(key: string): HierarchyTarget | undefined {
    const p = this._t<PivotModel>();
    if (!p) return undefined;
    const i = p.fieldIndex(key);
    return i >= 0 ? { pivot: p, field: p.cache.names[i] } : undefined;
  }
  getItem(name: string): Excel.PivotHierarchy {
    return this._getItem(name, false) as unknown as Excel.PivotHierarchy;
  }
  getItemOrNullObject(name: string): Excel.PivotHierarchy {
    return this._getItem(name, true) as unknown as Excel.PivotHierarchy;
  }
}

function hierarchyField(h: unknown): HierarchyTarget {
  const t = (h as SimObject & { _t<T>(): T | null })._t<HierarchyTarget | DataFieldTarget>();
  if (!t) throw simError("InvalidArgument", "PivotHierarchy", "The hierarchy does not exist.");
  if ("data" in t) return { pivot: t.pivot, field: t.data.field };
  return t;
}

export class SimAxisHierarchyCollection extends SimCollection<SimPivotHierarchy, HierarchyTarget> {
  static override entity = "RowColumnPivotHierarchyCollection";
  protected override _api(): string {
    return "1.8";
  }
  protected _itemClass() {
    return SimPivotHierarchy;
  }
  protected _entities(): HierarchyTarget[] {
    const a = this._t<AxisTarget>();
    return a ? a.pivot[a.axis].map((field) => ({ pivot: a.pivot, field, axis: a.axis })) : [];
  }
  protected _find(key: string): HierarchyTarget | undefined {
    return this._entities().find((h) => h.field.toLowerCase() === key.toLowerCase());
  }
  getItem(name: string): Excel.RowColumnPivotHierarchy {
    return this._getItem(name, false) as unknown as Excel.RowColumnPivotHierarchy;
  }
  getItemOrNullObject(name: string): Excel.RowColumnPivotHierarchy {
    return this._getItem(name, true) as unknown as Excel.RowColumnPivotHierarchy;
  }
  /** Adds a field to the axis; a field already on another axis (rows, columns, filters) moves here. */
  add(pivotHierarchy: Excel.PivotHierarchy): Excel.RowColumnPivotHierarchy {
    return this._added("RowColumnPivotHierarchyCollection.add", "1.8", () => {
      const a = this._t<AxisTarget>()!;
      const h = hierarchyField(pivotHierarchy);
      if (h.pivot !== a.pivot)
        throw simError(
          "InvalidArgument",
          "RowColumnPivotHierarchyCollection.add",
          "The hierarchy belongs to another PivotTable."
        );
      const p = live(a.pivot);
      if (p[a.axis].some((f) => f.toLowerCase() === h.field.toLowerCase()))
        throw simError(
          "InvalidArgument",
          "RowColumnPivotHierarchyCollection.add",
          `${h.field} is already in this area.`
        );
      for (const ax of ["rows", "columns", "filters"] as const)
        p[ax] = p[ax].filter((f) => f.toLowerCase() !== h.field.toLowerCase());
      p[a.axis].push(h.field);
      p.dirty = true;
      return { pivot: p, field: h.field, axis: a.axis };
    }) as unknown as Excel.RowColumnPivotHierarchy;
  }
  remove(hierarchy: Excel.RowColumnPivotHierarchy): void {
    this._call("remove", "1.8", [], (a: AxisTarget) => {
      const h = hierarchyField(hierarchy);
      a.pivot[a.axis] = a.pivot[a.axis].filter((f) => f.toLowerCase() !== h.field.toLowerCase());
      a.pivot.dirty = true;
    });
  }
}

interface DataFieldTarget {
  pivot: PivotModel;
  data: DataFieldModel;
}

function liveData(t: DataFieldTarget): DataFieldModel {
  live(t.pivot);
  if (!t.pivot.data.includes(t.data))
    throw simError("ItemNotFound", "DataPivotHierarchy", "The data hierarchy was removed.");
  return t.data;
}

export class SimDataPivotHierarchy
  extends SimObject
  implements
    Pick<
      Excel.DataPivotHierarchy,
      "id" | "name" | "numberFormat" | "position" | "showAs" | "summarizeBy"
    >
{
  static override entity = "DataPivotHierarchy";
  declare id: string;
  declare name: string;
  declare numberFormat: string;
  declare position: number;
  declare showAs: Excel.ShowAsRule;
  declare summarizeBy:
    | Excel.AggregationFunction
    | "Unknown"
    | "Automatic"
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
    | "VarianceP";
  get field(): Excel.PivotField {
    return this._nav(
      "field",
      () =>
        new SimPivotField(
          this.context,
          () => {
            const t = this._t<DataFieldTarget>();
            return t ? { pivot: t.pivot, field: t.data.field } : null;
          },
          false
        )
    ) as unknown as Excel.PivotField;
  }
  setToDefault(): void {
    this._call("setToDefault", "1.8", [], (t: DataFieldTarget) => {
      const d = liveData(t);
      d.showAs = { calculation: "None" };
      d.numberFormat = null;
      t.pivot.dirty = true;
    });
  }
}

const SUMMARIZE = [
  "Sum",
  "Count",
  "Average",
  "Max",
  "Min",
  "Product",
  "CountNumbers",
  "StandardDeviation",
  "StandardDeviationP",
  "Variance",
  "VarianceP",
  "Automatic",
];
const SHOW_AS = [
  "None",
  "PercentOfGrandTotal",
  "PercentOfRowTotal",
  "PercentOfColumnTotal",
  "PercentOfParentRowTotal",
  "PercentOfParentColumnTotal",
  "PercentOfParentTotal",
  "PercentOf",
  "RunningTotal",
  "PercentRunningTotal",
  "DifferenceFrom",
  "PercentDifferenceFrom",
  "RankAscending",
  "RankDecending",
  "Index",
];
const SHOW_AS_DONE = new Set([
  "None",
  "PercentOfGrandTotal",
  "PercentOfRowTotal",
  "PercentOfColumnTotal",
  "PercentOfParentRowTotal",
  "PercentOfParentColumnTotal",
  "PercentOf",
  "DifferenceFrom",
  "PercentDifferenceFrom",
  "RunningTotal",
  "PercentRunningTotal",
]);

defineProps(SimDataPivotHierarchy, {
  id: { get: (t: DataFieldTarget) => t.data.id, api: "1.8" },
  name: {
    get: (t: DataFieldTarget) => t.data.name,
    set: (t: DataFieldTarget, v: string) => {
      const d = liveData(t);
      if (
        t.pivot.data.some((x) => x !== d && x.name.toLowerCase() === v.toLowerCase()) ||
        t.pivot.cache.names.some((n) => n.toLowerCase() === v.toLowerCase())
      ) {
        // Excel: "PivotTable field name already exists."
        throw simError(
          "InvalidArgument",
          "DataPivotHierarchy.name",
          "PivotTable field name already exists."
        );
      }
      d.name = v;
      d.customName = true;
      t.pivot.dirty = true;
    },
    api: "1.8",
  },
  numberFormat: {
    get: (t: DataFieldTarget) => t.data.numberFormat ?? "General",
    set: (t: DataFieldTarget, v: string) => {
      liveData(t).numberFormat = v === "" || v === "General" ? null : v;
      t.pivot.dirty = true;
    },
    api: "1.8",
  },
  position: {
    get: (t: DataFieldTarget) => t.pivot.data.indexOf(t.data),
    set: (t: DataFieldTarget, v: number) => {
      const d = liveData(t);
      t.pivot.data = t.pivot.data.filter((x) => x !== d);
      t.pivot.data.splice(Math.max(0, Math.min(v, t.pivot.data.length)), 0, d);
      t.pivot.dirty = true;
    },
    api: "1.8",
  },
  summarizeBy: {
    get: (t: DataFieldTarget) => t.data.summarizeBy,
    set: (t: DataFieldTarget, v: string, o: SimObject) => {
      if (!SUMMARIZE.includes(v))
        throw simError("InvalidArgument", "DataPivotHierarchy.summarizeBy");
      const d = liveData(t);
      d.summarizeBy = (v === "Automatic" ? "Sum" : v) as Summarize;
      // A default name follows the function ("Sum of X" → "Average of X"), as in Excel.
      if (!d.customName) {
        const others = t.pivot.data.filter((x) => x !== d);
        const base = t.pivot.defaultDataName(d.field, d.summarizeBy, lang(o));
        let name = base;
        let k = 2;
        while (others.some((x) => x.name.toLowerCase() === name.toLowerCase()))
          name = `${base}${k++}`;
        d.name = name;
      }
      t.pivot.dirty = true;
    },
    api: "1.8",
  },
  showAs: {
    get: (t: DataFieldTarget) => ({ calculation: t.data.showAs.calculation }),
    set: (t: DataFieldTarget, v: Excel.ShowAsRule) => {
      const calc = String(v?.calculation ?? "None");
      if (!SHOW_AS.includes(calc)) throw simError("InvalidArgument", "DataPivotHierarchy.showAs");
      if (!SHOW_AS_DONE.has(calc))
        throw simError(
          "NotImplemented",
          "DataPivotHierarchy.showAs",
          `The simulator does not compute showAs ${calc}.`
        );
      const d = liveData(t);
      const baseField = v.baseField
        ? (v.baseField as unknown as SimObject & { _t<T>(): T | null })._t<HierarchyTarget>()?.field
        : undefined;
      const baseItem = v.baseItem
        ? (v.baseItem as unknown as SimObject & { _t<T>(): T | null })._t<ItemTarget>()?.value
        : undefined;
      d.showAs = {
        calculation: calc,
        ...(baseField ? { baseField } : {}),
        ...(baseItem !== undefined ? { baseItem: baseItem as string } : {}),
      };
      t.pivot.dirty = true;
    },
    api: "1.8",
  },
});

export class SimDataHierarchyCollection extends SimCollection<
  SimDataPivotHierarchy,
  DataFieldTarget
> {
  static override entity = "DataPivotHierarchyCollection";
  protected override _api(): string {
    return "1.8";
  }
  protected _itemClass() {
    return SimDataPivotHierarchy;
  }
  protected _entities(): DataFieldTarget[] {
    const p = this._t<PivotModel>();
    return p ? p.data.map((data) => ({ pivot: p, data })) : [];
  }
  protected _find(key: string): DataFieldTarget | undefined {
    return this._entities().find((d) => d.data.name.toLowerCase() === key.toLowerCase());
  }
  getItem(name: string): Excel.DataPivotHierarchy {
    return this._getItem(name, false) as unknown as Excel.DataPivotHierarchy;
  }
  getItemOrNullObject(name: string): Excel.DataPivotHierarchy {
    return this._getItem(name, true) as unknown as Excel.DataPivotHierarchy;
  }
  /** Adds a value field: "Sum of X" for numbers, "Count of X" otherwise; the same field twice gets "…2". */
  add(pivotHierarchy: Excel.PivotHierarchy): Excel.DataPivotHierarchy {
    return this._added("DataPivotHierarchyCollection.add", "1.8", () => {
      const p = live(this._t<PivotModel>()!);
      const h = hierarchyField(pivotHierarchy);
      const data = p.addData(h.field, lang(this));
      return { pivot: p, data };
    }) as unknown as Excel.DataPivotHierarchy;
  }
  remove(dataPivotHierarchy: Excel.DataPivotHierarchy): void {
    this._call("remove", "1.8", [], (p: PivotModel) => {
      const t = (
        dataPivotHierarchy as unknown as SimObject & { _t<T>(): T | null }
      )._t<DataFieldTarget>();
      if (t) p.data = p.data.filter((d) => d !== t.data);
      p.dirty = true;
    });
  }
}

// ---- fields and items ----

export class SimPivotField
  extends SimObject
  implements Pick<Excel.PivotField, "id" | "name" | "showAllItems" | "sortByLabels">
{
  static override entity = "PivotField";
  declare id: string;
  declare name: string;
  declare showAllItems: boolean;
  declare subtotals: Excel.Subtotals;
  get items(): Excel.PivotItemCollection {
    return this._nav(
      "items",
      () => new SimPivotItemCollection(this.context, () => this._t(), false)
    ) as unknown as Excel.PivotItemCollection;
  }
  sortByLabels(sortBy: Excel.SortBy | "Ascending" | "Descending"): void {
    this._call("sortByLabels", "1.8", [sortBy], (h: HierarchyTarget) => {
      const st = h.pivot.settings(h.field);
      st.sort = sortBy === "Descending" ? "Descending" : "Ascending";
      st.sortByValues = undefined;
      h.pivot.dirty = true;
    });
  }
  sortByValues(sortBy: string, valuesHierarchy: Excel.DataPivotHierarchy): void {
    this._call("sortByValues", "1.9", [sortBy], (h: HierarchyTarget) => {
      const d = (
        valuesHierarchy as unknown as SimObject & { _t<T>(): T | null }
      )._t<DataFieldTarget>();
      if (!d) throw simError("InvalidArgument", "PivotField.sortByValues");
      h.pivot.settings(h.field).sortByValues = {
        dataName: d.data.name,
        order: sortBy === "Descending" ? "Descending" : "Ascending",
      };
      h.pivot.dirty = true;
    });
  }
  /** ExcelApi 1.12: only manual filters ({ manualFilter: { selectedItems } }) are simulated. */
  applyFilter(filter: Excel.PivotFilters): void {
    this._call("applyFilter", "1.12", [filter], (h: HierarchyTarget) => {
      if (!filter.manualFilter)
        throw simError(
          "NotImplemented",
          "PivotField.applyFilter",
          "The simulator supports manual filters only."
        );
      const fi = h.pivot.fieldIndex(h.field);
      const keep = new Set(
        (filter.manualFilter.selectedItems ?? []).map((x) =>
          pivotKey(
            typeof x === "string"
              ? x
              : String((x as unknown as SimObject & { _t<T>(): T | null })._t<ItemTarget>()?.value)
          )
        )
      );
      const st = h.pivot.settings(h.field);
      st.hidden = new Set(
        h.pivot.cache.columns[fi]
          .map(itemKey)
          .filter((k) => !keep.has(k) && !keep.has(labelKeyOf(k)))
      );
      h.pivot.dirty = true;
    });
  }
  clearAllFilters(): void {
    this._call("clearAllFilters", "1.12", [], (h: HierarchyTarget) => {
      h.pivot.settings(h.field).hidden.clear();
      h.pivot.dirty = true;
    });
  }
}
defineProps(SimPivotField, {
  id: { get: (h: HierarchyTarget) => h.field, api: "1.8" },
  name: { get: (h: HierarchyTarget) => h.field, api: "1.8" },
  showAllItems: { get: () => false, set: () => undefined, api: "1.8" },
  subtotals: { get: () => ({ automatic: true }), set: () => undefined, api: "1.8" },
});

export class SimPivotFieldCollection extends SimCollection<SimPivotField, HierarchyTarget> {
  static override entity = "PivotFieldCollection";
  protected override _api(): string {
    return "1.8";
  }
  protected _itemClass() {
    return SimPivotField;
  }
  protected _entities(): HierarchyTarget[] {
    const h = this._t<HierarchyTarget>();
    return h ? [{ pivot: h.pivot, field: h.field }] : [];
  }
  protected _find(key: string): HierarchyTarget | undefined {
    return this._entities().find((h) => h.field.toLowerCase() === key.toLowerCase());
  }
  getItem(name: string): Excel.PivotField {
    return this._getItem(name, false) as unknown as Excel.PivotField;
  }
  getItemOrNullObject(name: string): Excel.PivotField {
    return this._getItem(name, true) as unknown as Excel.PivotField;
  }
}

interface ItemTarget {
  pivot: PivotModel;
  field: string;
  key: string;
  value: unknown;
}

function itemKey(v: unknown): string {
  return pivotKey(v === null || v === undefined ? "" : v);
}
function pivotKey(v: unknown): string {
  if (v === null || v === "") return "\u0000blank";
  return typeof v === "number"
    ? `n:${v}`
    : typeof v === "boolean"
      ? `b:${v}`
      : `s:${String(v).toLowerCase()}`;
}
function labelKeyOf(k: string): string {
  return k.startsWith("n:") ? `s:${k.slice(2)}` : k;
}

export class SimPivotItem
  extends SimObject
  implements Pick<Excel.PivotItem, "id" | "name" | "visible" | "isExpanded">
{
  static override entity = "PivotItem";
  declare id: string;
  declare name: string;
  declare visible: boolean;
  declare isExpanded: boolean;
}
defineProps(SimPivotItem, {
  id: { get: (i: ItemTarget) => i.key, api: "1.8" },
  name: {
    get: (i: ItemTarget) => (i.value === null || i.value === "" ? "" : String(i.value)),
    api: "1.8",
  },
  isExpanded: { get: () => true, set: () => undefined, api: "1.8" },
  visible: {
    get: (i: ItemTarget) => !i.pivot.settings(i.field).hidden.has(i.key),
    set: (i: ItemTarget, v: boolean) => {
      const st = i.pivot.settings(i.field);
      if (v) st.hidden.delete(i.key);
      else st.hidden.add(i.key);
      i.pivot.dirty = true;
    },
    api: "1.8",
  },
});

export class SimPivotItemCollection extends SimCollection<SimPivotItem, ItemTarget> {
  static override entity = "PivotItemCollection";
  protected override _api(): string {
    return "1.8";
  }
  protected _itemClass() {
    return SimPivotItem;
  }
  protected _entities(): ItemTarget[] {
    const h = this._t<HierarchyTarget>();
    if (!h) return [];
    const fi = h.pivot.fieldIndex(h.field);
    const seen = new Map<string, unknown>();
    for (const v of h.pivot.cache.columns[fi] ?? [])
      if (!seen.has(itemKey(v))) seen.set(itemKey(v), v);
    return [...seen.entries()].map(([key, value]) => ({
      pivot: h.pivot,
      field: h.field,
      key,
      value,
    }));
  }
  protected _find(key: string): ItemTarget | undefined {
    const k = pivotKey(key);
    return this._entities().find((i) => i.key === k || labelKeyOf(i.key) === k);
  }
  getItem(name: string): Excel.PivotItem {
    return this._getItem(name, false) as unknown as Excel.PivotItem;
  }
  getItemOrNullObject(name: string): Excel.PivotItem {
    return this._getItem(name, true) as unknown as Excel.PivotItem;
  }
}

// ---- layout ----

export class SimPivotLayout
  extends SimObject
  implements
    Pick<
      Excel.PivotLayout,
      | "layoutType"
      | "showColumnGrandTotals"
      | "showRowGrandTotals"
      | "subtotalLocation"
      | "showFieldHeaders"
    >
{
  static override entity = "PivotLayout";
  declare layoutType: Excel.PivotLayoutType | "Compact" | "Tabular" | "Outline";
  declare showColumnGrandTotals: boolean;
  declare showRowGrandTotals: boolean;
  declare subtotalLocation: Excel.SubtotalLocationType | "AtTop" | "AtBottom" | "Off";
  declare showFieldHeaders: boolean;
  declare autoFormat: boolean;
  declare preserveFormatting: boolean;
  declare enableFieldList: boolean;
  declare altTextTitle: string;
  declare altTextDescription: string;

  private outRange(
    label: string,
    pick: (o: NonNullable<PivotModel["output"]>) => Rect | null
  ): Excel.Range {
    return new SimRange(
      this.context,
      () => {
        const p = this._t<PivotModel>();
        if (!p) return null;
        live(p);
        model(this).settle();
        const r = p.output ? pick(p.output) : null;
        if (!r)
          throw simError(
            "ItemNotFound",
            `PivotLayout.${label}`,
            "The PivotTable has no such area."
          );
        return { sheet: p.sheet, rect: r };
      },
      true,
      "1.8",
      `PivotLayout.${label}`
    ) as unknown as Excel.Range;
  }
  getRange(): Excel.Range {
    // "Returns the range the PivotTable exists on, excluding the filter area." (output.rect keeps the
    // filter rows and the blank row under them, to clear them on the next layout)
    return this.outRange("getRange", (o) =>
      o.filterRect ? { ...o.rect, r0: o.filterRect.r1 + 2 } : o.rect
    );
  }
  getDataBodyRange(): Excel.Range {
    return this.outRange("getDataBodyRange", (o) => o.dataRect);
  }
  getRowLabelRange(): Excel.Range {
    return this.outRange("getRowLabelRange", (o) => o.rowLabelRect);
  }
  getColumnLabelRange(): Excel.Range {
    return this.outRange("getColumnLabelRange", (o) => o.colLabelRect);
  }
  getFilterAxisRange(): Excel.Range {
    return this.outRange("getFilterAxisRange", (o) => o.filterRect);
  }
}
function layoutProp(
  key: "showRowGrandTotals" | "showColumnGrandTotals" | "showFieldHeaders",
  api = "1.8"
) {
  return {
    get: (p: PivotModel) => p.layout[key],
    set: (p: PivotModel, v: boolean) => {
      p.layout[key] = !!v;
      p.dirty = true;
    },
    api,
  };
}
defineProps(SimPivotLayout, {
  layoutType: {
    get: (p: PivotModel) => p.layout.layoutType,
    set: (p: PivotModel, v: string) => {
      if (v !== "Compact")
        throw simError(
          "NotImplemented",
          "PivotLayout.layoutType",
          "The simulator lays PivotTables out in the compact form only."
        );
      p.layout.layoutType = v;
    },
    api: "1.8",
  },
  showRowGrandTotals: layoutProp("showRowGrandTotals"),
  showColumnGrandTotals: layoutProp("showColumnGrandTotals"),
  showFieldHeaders: layoutProp("showFieldHeaders", "1.9"),
  subtotalLocation: {
    get: (p: PivotModel) => p.layout.subtotalLocation,
    set: (p: PivotModel, v: string) => void (p.layout.subtotalLocation = v),
    api: "1.8",
  },
  autoFormat: { get: () => true, set: () => undefined, api: "1.9" },
  preserveFormatting: { get: () => true, set: () => undefined, api: "1.9" },
  enableFieldList: { get: () => true, set: () => undefined, api: "1.10" },
  altTextTitle: { get: () => "", set: () => undefined, api: "1.13" },
  altTextDescription: { get: () => "", set: () => undefined, api: "1.13" },
});

// ---- collections ----

abstract class PivotCollectionBase extends SimCollection<SimPivotTable, PivotModel> {
  static override entity = "PivotTableCollection";
  protected override _api(): string {
    return "1.8";
  }
  protected _itemClass() {
    return SimPivotTable;
  }
  protected _find(key: string): PivotModel | undefined {
    return this._entities().find((p) => p.name.toLowerCase() === key.toLowerCase() || p.id === key);
  }
  protected abstract _sheet(): SheetModel | null;
  getItem(name: string): Excel.PivotTable {
    return this._getItem(name, false) as unknown as Excel.PivotTable;
  }
  getItemOrNullObject(name: string): Excel.PivotTable {
    return this._getItem(name, true) as unknown as Excel.PivotTable;
  }
  refreshAll(): void {
    this._call("refreshAll", "1.8", [], () => {
      for (const p of this._entities()) p.refreshCache(model(this));
    });
  }
  /**
   * Adds a PivotTable (ExcelApi 1.8). `source`: a Table, a Range or an address/table name; `destination`:
   * the top-left cell (Range or address, e.g. "TCD!A3"). Names are unique within a worksheet.
   */
  add(
    name: string,
    source: Excel.Range | string | Excel.Table,
    destination: Excel.Range | string
  ): Excel.PivotTable {
    return this._added("PivotTableCollection.add", "1.8", () => {
      const m = model(this);
      let src: PivotModel["source"];
      if (typeof source === "string") {
        const t = m.tableByName(source);
        if (t) src = { table: t };
        else {
          const p = parseAddress(source);
          const sheet = p?.sheet ? m.sheetByName(p.sheet) : undefined;
          if (!p || !sheet)
            throw simError(
              "InvalidArgument",
              "PivotTableCollection.add",
              `Invalid source ${source}.`
            );
          src = { sheet, rect: p };
        }
      } else if (source instanceof SimTable) {
        const t = (source as unknown as SimObject & { _t<T>(): T | null })._t<TableModel>();
        if (!t) throw simError("InvalidArgument", "PivotTableCollection.add");
        src = { table: t };
      } else {
        const rt = (source as unknown as SimRange)._rt();
        src = { sheet: rt.sheet, rect: rt.rect };
      }
      let destSheet: SheetModel | undefined;
      let anchor: { r: number; c: number };
      if (typeof destination === "string") {
        const p = parseAddress(destination);
        destSheet = p?.sheet ? m.sheetByName(p.sheet) : (this._sheet() ?? undefined);
        if (!p || !destSheet)
          throw simError(
            "InvalidArgument",
            "PivotTableCollection.add",
            `Invalid destination ${destination}.`
          );
        anchor = { r: p.r0, c: p.c0 };
      } else {
        const rt = (destination as unknown as SimRange)._rt();
        destSheet = rt.sheet;
        anchor = { r: rt.rect.r0, c: rt.rect.c0 };
      }
      const own = this._sheet();
      if (own && own !== destSheet)
        throw simError(
          "InvalidArgument",
          "PivotTableCollection.add",
          "The destination must be on this worksheet."
        );
      if (
        m.pivots.some((p) => p.sheet === destSheet && p.name.toLowerCase() === name.toLowerCase())
      )
        throw simError("ItemAlreadyExists", "PivotTableCollection.add");
      const conflict = m.occupiedBy(destSheet, {
        r0: anchor.r,
        c0: anchor.c,
        r1: anchor.r + 2,
        c1: anchor.c + 2,
      });
      if (conflict)
        throw simError(
          "PivotTableRangeConflict",
          "PivotTableCollection.add",
          `The destination overlaps ${conflict}.`
        );
      const pivot = new PivotModel(name, destSheet, anchor, src);
      pivot.refreshCache(m);
      m.pivots.push(pivot);
      return pivot;
    }) as unknown as Excel.PivotTable;
  }
}

export class SimWorkbookPivotTableCollection extends PivotCollectionBase {
  protected _entities(): PivotModel[] {
    return model(this).pivots;
  }
  protected _sheet(): SheetModel | null {
    return null;
  }
}

export class SimWorksheetPivotTableCollection extends PivotCollectionBase {
  protected _entities(): PivotModel[] {
    const s = this._t<SheetModel>();
    return model(this).pivots.filter((p) => p.sheet === s);
  }
  protected _sheet(): SheetModel | null {
    return this._t<SheetModel>();
  }
}

worksheetExtensions.pivotTables = (ws: SimWorksheet) =>
  new SimWorksheetPivotTableCollection(
    ws.context as SimContextLike,
    () => (ws as unknown as { _t<T>(): T | null })._t(),
    false
  );
workbookExtensions.pivotTables = (wb) =>
  new SimWorkbookPivotTableCollection(
    wb.context as SimContextLike,
    () => (wb as unknown as { _t<T>(): T | null })._t(),
    false
  );

export function pivotViews(m: WorkbookModel, sheet?: string): Record<string, unknown>[] {
  m.settle();
  return m.pivots
    .filter((p) => !sheet || p.sheet.name.toLowerCase() === sheet.toLowerCase())
    .map((p) => pivotView(m, p));
}
