/** RequestContext, Application, Workbook, worksheets, freeze panes, names, settings and custom properties. */
import { fullAddress, MAX_COLS, MAX_ROWS, parseAddress, Rect } from "../address";
import { simError } from "../errors";
import { SheetModel } from "../model/sheet";
import { CustomPropertyModel, NamedItemModel, WorkbookModel } from "../model/workbook";
import { translateForEngine } from "../formula/translate";
import type { SimCore } from "../core";
import { Action, defineProps, PendingLoads, SimContextLike, SimObject } from "./base";
import { SimCollection } from "./collection";
import { SimRange } from "./range";
import { factories } from "./registry";
import { makeTableCollection } from "./table";

function model(o: SimObject): WorkbookModel {
  return o.context.core.model;
}

/** Extra navigation members (pivotTables, charts...) contributed by other modules. */
export const worksheetExtensions: Record<string, (ws: SimWorksheet) => SimObject> = {};
export const workbookExtensions: Record<string, (wb: SimWorkbook) => SimObject> = {};

export class SimRequestContext implements SimContextLike {
  readonly core: SimCore;
  _valid = true;
  private queue: Action[] = [];
  private pending: PendingLoads | null = null;
  readonly workbook: SimWorkbook;
  readonly application: SimApplication;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  /** Not simulated: kept for code that reads it. */
  readonly runtime = {};
  debugInfo = {};

  constructor(core: SimCore) {
    this.core = core;
    this.workbook = new SimWorkbook(this, () => core.model, false);
    this.application = this.workbook.application as unknown as SimApplication;
  }

  _enqueue(action: Action): void {
    if (!this._valid) {
      throw simError("InvalidObjectPath", action.label);
    }
    this.queue.push(action);
  }

  _pending(): PendingLoads {
    if (!this.pending) throw new Error("no request in progress");
    return this.pending;
  }

  load(object: SimObject, option?: unknown): void {
    object.load(option);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const actions = this.queue;
    this.queue = [];
    this.pending = { apply: [], responseBytes: 0, cellsRead: 0 };
    try {
      this.core.execute(actions, this.pending);
    } finally {
      this.pending = null;
    }
    await Promise.resolve();
    return passThroughValue as T;
  }

  get _queued(): number {
    return this.queue.length;
  }
}

export class SimApplication
  extends SimObject
  implements
    Pick<
      Excel.Application,
      | "calculationMode"
      | "suspendApiCalculationUntilNextSync"
      | "calculate"
      | "suspendScreenUpdatingUntilNextSync"
    >
{
  static override entity = "Application";
  declare calculationMode: Excel.CalculationMode | "Automatic" | "AutomaticExceptTables" | "Manual";

  /** "Suspends calculation until the next context.sync() is called." (ExcelApi 1.6) */
  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", "1.6", [], () => {
      model(this).calcSuspended = true;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._call("suspendScreenUpdatingUntilNextSync", "1.9", [], () => undefined);
  }
  calculate(calculationType: string): void {
    this._call("calculate", "1.1", [calculationType], () => model(this).engine.markStructural());
  }
}
defineProps(SimApplication, {
  calculationMode: { get: () => "Automatic", set: () => undefined, api: "1.1" },
});

export class SimWorkbook extends SimObject {
  static override entity = "Workbook";
  declare name: string;

  get application(): Excel.Application {
    return this._nav(
      "application",
      () => new SimApplication(this.context, () => this._t(), false)
    ) as unknown as Excel.Application;
  }
  get worksheets(): Excel.WorksheetCollection {
    return this._nav(
      "worksheets",
      () => new SimWorksheetCollection(this.context, () => this._t(), false)
    ) as unknown as Excel.WorksheetCollection;
  }
  get tables(): Excel.TableCollection {
    return this._nav("tables", () =>
      makeTableCollection(this.context, () => this._t(), false)
    ) as unknown as Excel.TableCollection;
  }
  get names(): Excel.NamedItemCollection {
    return this._nav(
      "names",
      () => new SimNamedItemCollection(this.context, () => ({ scope: undefined }), false)
    ) as unknown as Excel.NamedItemCollection;
  }
  get settings(): Excel.SettingCollection {
    return this._nav(
      "settings",
      () => new SimSettingCollection(this.context, () => this._t(), false)
    ) as unknown as Excel.SettingCollection;
  }
  get properties(): Excel.DocumentProperties {
    return this._nav(
      "properties",
      () => new SimDocumentProperties(this.context, () => this._t(), false)
    ) as unknown as Excel.DocumentProperties;
  }
  get pivotTables(): Excel.PivotTableCollection {
    return this._nav("pivotTables", () =>
      workbookExtensions.pivotTables(this)
    ) as unknown as Excel.PivotTableCollection;
  }

  getSelectedRange(): Excel.Range {
    return new SimRange(
      this.context,
      () => {
        const s = model(this).activeSheet!;
        return { sheet: s, rect: s.selection };
      },
      true,
      "1.1",
      "Workbook.getSelectedRange"
    ) as unknown as Excel.Range;
  }

  getActiveCell(): Excel.Range {
    return new SimRange(
      this.context,
      () => {
        const s = model(this).activeSheet!;
        return {
          sheet: s,
          rect: { r0: s.selection.r0, r1: s.selection.r0, c0: s.selection.c0, c1: s.selection.c0 },
        };
      },
      true,
      "1.7",
      "Workbook.getActiveCell"
    ) as unknown as Excel.Range;
  }
}
defineProps(SimWorkbook, { name: { get: () => "Classeur1.xlsx", api: "1.7" } });

export class SimWorksheet
  extends SimObject
  implements
    Pick<
      Excel.Worksheet,
      | "id"
      | "name"
      | "position"
      | "visibility"
      | "tabColor"
      | "showGridlines"
      | "activate"
      | "delete"
      | "calculate"
    >
{
  static override entity = "Worksheet";
  declare id: string;
  declare name: string;
  declare position: number;
  declare visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
  declare tabColor: string;
  declare showGridlines: boolean;
  declare standardWidth: number;
  declare standardHeight: number;

  private sheet(): SheetModel | null {
    const s = this._t<SheetModel>();
    if (s && s.deleted)
      throw simError("ItemNotFound", "Worksheet", "The worksheet has been deleted.");
    return s;
  }

  private rangeFrom(label: string, api: string, fn: (s: SheetModel) => Rect | null): Excel.Range {
    return new SimRange(
      this.context,
      () => {
        const s = this.sheet();
        if (!s) return null;
        const rect = fn(s);
        return rect ? { sheet: s, rect } : null;
      },
      true,
      api,
      `Worksheet.${label}`
    ) as unknown as Excel.Range;
  }

  getRange(address?: string): Excel.Range {
    return this.rangeFrom("getRange", "1.1", (s) => {
      if (address === undefined || address === null || address === "")
        return { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 };
      const p = parseAddress(address);
      if (p) {
        if (p.sheet && p.sheet.toLowerCase() !== s.name.toLowerCase())
          throw simError(
            "InvalidArgument",
            "Worksheet.getRange",
            `The address ${address} is on another worksheet.`
          );
        return p;
      }
      // A defined name that refers to a range of this sheet.
      const named = model(this).names.find(
        (n) => n.name.toLowerCase() === address.toLowerCase() && (!n.scope || n.scope === s)
      );
      if (named) {
        const target = namedRange(model(this), named);
        if (target && target.sheet === s) return target.rect;
      }
      throw simError(
        "InvalidArgument",
        "Worksheet.getRange",
        `The address ${address} is not valid.`
      );
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): Excel.Range {
    return this.rangeFrom("getRangeByIndexes", "1.1", () => {
      const rect = {
        r0: startRow,
        c0: startColumn,
        r1: startRow + rowCount - 1,
        c1: startColumn + columnCount - 1,
      };
      if (
        rowCount < 1 ||
        columnCount < 1 ||
        rect.r0 < 0 ||
        rect.c0 < 0 ||
        rect.r1 >= MAX_ROWS ||
        rect.c1 >= MAX_COLS
      ) {
        throw simError("InvalidArgument", "Worksheet.getRangeByIndexes");
      }
      return rect;
    });
  }

  getCell(row: number, column: number): Excel.Range {
    return this.rangeFrom("getCell", "1.1", () => {
      if (row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLS)
        throw simError("InvalidArgument", "Worksheet.getCell");
      return { r0: row, r1: row, c0: column, c1: column };
    });
  }

  /** "If the entire worksheet is blank, this function will return the top left cell." */
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this.rangeFrom(
      "getUsedRange",
      "1.1",
      (s) => s.usedRect(!!valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 }
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this.rangeFrom("getUsedRangeOrNullObject", "1.4", (s) => s.usedRect(!!valuesOnly));
  }

  activate(): void {
    this._call("activate", "1.1", [], (s: SheetModel) => {
      if (s.visibility !== "Visible")
        throw simError(
          "InvalidOperation",
          "Worksheet.activate",
          "A hidden worksheet cannot be activated."
        );
      model(this).activeSheet = s;
    });
  }

  delete(): void {
    this._call("delete", "1.1", [], (s: SheetModel) => {
      if (s.deleted) return;
      model(this).deleteSheet(s);
    });
  }

  calculate(markAllDirty: boolean): void {
    this._call("calculate", "1.6", [markAllDirty], () => undefined);
  }

  get freezePanes(): Excel.WorksheetFreezePanes {
    return this._nav(
      "freezePanes",
      () => new SimFreezePanes(this.context, () => this.sheet(), false)
    ) as unknown as Excel.WorksheetFreezePanes;
  }
  get tables(): Excel.TableCollection {
    return this._nav("tables", () =>
      makeTableCollection(this.context, () => this.sheet(), true)
    ) as unknown as Excel.TableCollection;
  }
  get names(): Excel.NamedItemCollection {
    return this._nav(
      "names",
      () =>
        new SimNamedItemCollection(
          this.context,
          () => {
            const s = this.sheet();
            return s ? { scope: s } : null;
          },
          false
        )
    ) as unknown as Excel.NamedItemCollection;
  }
  get customProperties(): Excel.WorksheetCustomPropertyCollection {
    return this._nav(
      "customProperties",
      () => new SimWorksheetCustomPropertyCollection(this.context, () => this.sheet(), false)
    ) as unknown as Excel.WorksheetCustomPropertyCollection;
  }
  get pivotTables(): Excel.PivotTableCollection {
    return this._nav("pivotTables", () =>
      worksheetExtensions.pivotTables(this)
    ) as unknown as Excel.PivotTableCollection;
  }
  get pageLayout(): Excel.PageLayout {
    return this._nav(
      "pageLayout",
      () => new SimPageLayout(this.context, () => this.sheet(), false)
    ) as unknown as Excel.PageLayout;
  }
  get charts(): Excel.ChartCollection {
    return this._nav("charts", () =>
      worksheetExtensions.charts(this)
    ) as unknown as Excel.ChartCollection;
  }
}
defineProps(SimWorksheet, {
  id: { get: (s: SheetModel) => s.id },
  name: {
    get: (s: SheetModel) => s.name,
    set: (s: SheetModel, v: string, o: SimObject) => model(o).renameSheet(s, v),
  },
  position: {
    get: (s: SheetModel, o: SimObject) => model(o).sheets.indexOf(s),
    set: (s: SheetModel, v: number, o: SimObject) => model(o).moveSheet(s, v),
  },
  visibility: {
    get: (s: SheetModel) => s.visibility,
    set: (s: SheetModel, v: SheetModel["visibility"], o: SimObject) => {
      if (
        v !== "Visible" &&
        model(o).sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0
      ) {
        throw simError(
          "InvalidOperation",
          "Worksheet.visibility",
          "A workbook must contain at least one visible worksheet."
        );
      }
      s.visibility = v;
    },
    api: "1.1",
  },
  tabColor: {
    get: (s: SheetModel) => s.tabColor,
    set: (s: SheetModel, v: string) => void (s.tabColor = v),
    api: "1.7",
  },
  showGridlines: {
    get: (s: SheetModel) => s.showGridlines,
    set: (s: SheetModel, v: boolean) => void (s.showGridlines = !!v),
    api: "1.8",
  },
  standardWidth: { get: () => 8.43, api: "1.7" },
  standardHeight: { get: () => 15, api: "1.7" },
});
factories.worksheet = (ctx, binder) => new SimWorksheet(ctx, binder, false);

export class SimWorksheetCollection extends SimCollection<SimWorksheet, SheetModel> {
  static override entity = "WorksheetCollection";
  protected _itemClass() {
    return SimWorksheet;
  }
  protected _entities(): SheetModel[] {
    return model(this).sheets;
  }
  protected _find(key: string): SheetModel | undefined {
    return model(this).sheetByNameOrId(key);
  }
  getItem(key: string): Excel.Worksheet {
    return this._getItem(key, false) as unknown as Excel.Worksheet;
  }
  getItemOrNullObject(key: string): Excel.Worksheet {
    return this._getItem(key, true, "1.4") as unknown as Excel.Worksheet;
  }
  add(name?: string): Excel.Worksheet {
    return this._added("WorksheetCollection.add", "1.1", () =>
      model(this).addSheet(name)
    ) as unknown as Excel.Worksheet;
  }
  getActiveWorksheet(): Excel.Worksheet {
    return new SimWorksheet(
      this.context,
      () => model(this).activeSheet,
      true,
      "1.1",
      "WorksheetCollection.getActiveWorksheet"
    ) as unknown as Excel.Worksheet;
  }
  getFirst(visibleOnly?: boolean): Excel.Worksheet {
    return new SimWorksheet(
      this.context,
      () => model(this).sheets.find((s) => !visibleOnly || s.visibility === "Visible"),
      true,
      "1.5",
      "WorksheetCollection.getFirst"
    ) as unknown as Excel.Worksheet;
  }
  getLast(visibleOnly?: boolean): Excel.Worksheet {
    return new SimWorksheet(
      this.context,
      () =>
        [...model(this).sheets].reverse().find((s) => !visibleOnly || s.visibility === "Visible"),
      true,
      "1.5",
      "WorksheetCollection.getLast"
    ) as unknown as Excel.Worksheet;
  }
}

export class SimFreezePanes
  extends SimObject
  implements Pick<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "unfreeze">
{
  static override entity = "WorksheetFreezePanes";
  freezeRows(count?: number): void {
    this._call("freezeRows", "1.7", [count], (s: SheetModel) => {
      s.freeze = { rows: count ?? 1, cols: 0 };
    });
  }
  freezeColumns(count?: number): void {
    this._call("freezeColumns", "1.7", [count], (s: SheetModel) => {
      s.freeze = { rows: 0, cols: count ?? 1 };
    });
  }
  /** Freezes the rows above and the columns left of the bottom-right cell of `frozenRange`... as Excel: the range itself stays frozen. */
  freezeAt(frozenRange: Excel.Range | string): void {
    this._call(
      "freezeAt",
      "1.7",
      [typeof frozenRange === "string" ? frozenRange : "range"],
      (s: SheetModel) => {
        let rect: Rect;
        if (typeof frozenRange === "string") {
          const p = parseAddress(frozenRange);
          if (!p) throw simError("InvalidArgument", "WorksheetFreezePanes.freezeAt");
          rect = p;
        } else rect = (frozenRange as unknown as SimRange)._rt().rect;
        s.freeze = {
          rows: rect.r0 === 0 && rect.r1 === MAX_ROWS - 1 ? 0 : rect.r1 + 1,
          cols: rect.c0 === 0 && rect.c1 === MAX_COLS - 1 ? 0 : rect.c1 + 1,
        };
      }
    );
  }
  unfreeze(): void {
    this._call("unfreeze", "1.7", [], (s: SheetModel) => {
      s.freeze = null;
    });
  }
  getLocationOrNullObject(): Excel.Range {
    return new SimRange(
      this.context,
      () => {
        const s = this._t<SheetModel>();
        if (!s || !s.freeze || (s.freeze.rows === 0 && s.freeze.cols === 0)) return null;
        const rows = s.freeze.rows;
        const cols = s.freeze.cols;
        const rect = {
          r0: 0,
          c0: 0,
          r1: rows > 0 ? rows - 1 : MAX_ROWS - 1,
          c1: cols > 0 ? cols - 1 : MAX_COLS - 1,
        };
        return { sheet: s, rect };
      },
      true,
      "1.7",
      "WorksheetFreezePanes.getLocationOrNullObject"
    ) as unknown as Excel.Range;
  }
}

// ---- names ----

/** The range a name refers to, when its formula is a single reference. */
export function namedRange(
  m: WorkbookModel,
  n: NamedItemModel
): { sheet: SheetModel; rect: Rect } | null {
  const body = n.formula.startsWith("=") ? n.formula.slice(1) : n.formula;
  const p = parseAddress(body.replace(/\$/g, ""));
  if (p && p.sheet) {
    const sheet = m.sheetByName(p.sheet);
    if (sheet) return { sheet, rect: p };
  }
  if (body.includes("[")) {
    const site = { sheetName: n.scope?.name ?? m.sheets[0]?.name ?? "", row: 0, col: 0 };
    const t = translateForEngine(n.formula, site, m).text.slice(1);
    const q = parseAddress(t.replace(/\$/g, ""));
    if (q && q.sheet) {
      const sheet = m.sheetByName(q.sheet);
      if (sheet) return { sheet, rect: q };
    }
  }
  return null;
}

interface NameScope {
  scope: SheetModel | undefined;
}

export class SimNamedItem
  extends SimObject
  implements
    Pick<
      Excel.NamedItem,
      "name" | "type" | "value" | "formula" | "comment" | "visible" | "scope" | "delete"
    >
{
  static override entity = "NamedItem";
  declare name: string;
  declare type:
    Excel.NamedItemType | "String" | "Integer" | "Double" | "Boolean" | "Range" | "Error" | "Array";
  declare value: any;
  declare formula: any;
  declare comment: string;
  declare visible: boolean;
  declare scope: Excel.NamedItemScope | "Worksheet" | "Workbook";

  getRange(): Excel.Range {
    return new SimRange(
      this.context,
      () => {
        const n = this._t<NamedItemModel>();
        if (!n) return null;
        const r = namedRange(model(this), n);
        if (!r)
          throw simError(
            "InvalidOperation",
            "NamedItem.getRange",
            "The name does not refer to a range."
          );
        return r;
      },
      true,
      "1.1",
      "NamedItem.getRange"
    ) as unknown as Excel.Range;
  }
  getRangeOrNullObject(): Excel.Range {
    return new SimRange(
      this.context,
      () => {
        const n = this._t<NamedItemModel>();
        return n ? namedRange(model(this), n) : null;
      },
      true,
      "1.4",
      "NamedItem.getRangeOrNullObject"
    ) as unknown as Excel.Range;
  }
  delete(): void {
    this._call("delete", "1.4", [], (n: NamedItemModel) => {
      const m = model(this);
      m.names = m.names.filter((x) => x !== n);
      m.engine.markStructural();
    });
  }
}

function nameValue(m: WorkbookModel, n: NamedItemModel): { type: string; value: unknown } {
  const r = namedRange(m, n);
  if (r) return { type: "Range", value: fullAddress(r.sheet.name, r.rect, true) };
  const res = m.engine.calculate(
    translateForEngine(
      n.formula,
      { sheetName: n.scope?.name ?? m.sheets[0].name, row: 0, col: 0 },
      m
    ).text,
    n.scope?.name ?? m.sheets[0].name
  );
  if (Array.isArray(res))
    return { type: "Array", value: res.map((row) => row.map((x) => x.value)) };
  if (res.isError) return { type: "Error", value: res.value };
  if (typeof res.value === "number")
    return { type: Number.isInteger(res.value) ? "Integer" : "Double", value: res.value };
  if (typeof res.value === "boolean") return { type: "Boolean", value: res.value };
  return { type: "String", value: res.value };
}

defineProps(SimNamedItem, {
  name: { get: (n: NamedItemModel) => n.name },
  formula: {
    get: (n: NamedItemModel) => n.formula,
    set: (n: NamedItemModel, v: string, o: SimObject) => {
      n.formula = String(v).startsWith("=") ? String(v) : `=${v}`;
      model(o).engine.markStructural();
    },
    api: "1.7",
  },
  comment: {
    get: (n: NamedItemModel) => n.comment,
    set: (n: NamedItemModel, v: string) => void (n.comment = v),
    api: "1.4",
  },
  visible: {
    get: (n: NamedItemModel) => n.visible,
    set: (n: NamedItemModel, v: boolean) => void (n.visible = v),
  },
  scope: { get: (n: NamedItemModel) => (n.scope ? "Worksheet" : "Workbook"), api: "1.4" },
  type: { get: (n: NamedItemModel, o: SimObject) => nameValue(model(o), n).type },
  value: { get: (n: NamedItemModel, o: SimObject) => nameValue(model(o), n).value },
});

export class SimNamedItemCollection extends SimCollection<SimNamedItem, NamedItemModel> {
  static override entity = "NamedItemCollection";
  protected _itemClass() {
    return SimNamedItem;
  }
  protected _entities(): NamedItemModel[] {
    const scope = this._t<NameScope>()?.scope;
    return model(this).names.filter((n) => n.scope === scope);
  }
  protected _find(key: string): NamedItemModel | undefined {
    return this._entities().find((n) => n.name.toLowerCase() === key.toLowerCase());
  }
  getItem(name: string): Excel.NamedItem {
    return this._getItem(name, false) as unknown as Excel.NamedItem;
  }
  getItemOrNullObject(name: string): Excel.NamedItem {
    return this._getItem(name, true, "1.4") as unknown as Excel.NamedItem;
  }
  /** ExcelApi 1.4: `reference` is a Range or a formula string ("=Données!$B$2", "=0.2"). */
  add(name: string, reference: Excel.Range | string, comment?: string): Excel.NamedItem {
    return this._added("NamedItemCollection.add", "1.4", () => {
      const m = model(this);
      const scope = this._t<NameScope>()?.scope;
      m.validateDefinedName(name);
      if (m.nameExists(name, scope) || m.tableByName(name))
        throw simError("ItemAlreadyExists", "NamedItemCollection.add");
      let formula: string;
      if (typeof reference === "string")
        formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        const rt = (reference as unknown as SimRange)._rt();
        formula = `=${fullAddress(rt.sheet.name, rt.rect, true)}`;
      }
      const item: NamedItemModel = {
        name,
        formula,
        comment: comment ?? "",
        visible: true,
        ...(scope ? { scope } : {}),
      };
      m.names.push(item);
      m.engine.markStructural();
      return item;
    }) as unknown as Excel.NamedItem;
  }
  addFormulaLocal(name: string, formula: string, comment?: string): Excel.NamedItem {
    return this.add(name, formula, comment);
  }
}

// ---- settings and custom properties (markers for the add-in's own sheets) ----

interface SettingTarget {
  key: string;
  value: unknown;
}

export class SimSetting
  extends SimObject
  implements Pick<Excel.Setting, "key" | "value" | "delete">
{
  static override entity = "Setting";
  declare key: string;
  declare value: any;
  delete(): void {
    this._call("delete", "1.4", [], (s: SettingTarget) =>
      model(this).settings.delete(s.key.toLowerCase())
    );
  }
}
defineProps(SimSetting, {
  key: { get: (s: SettingTarget) => s.key, api: "1.4" },
  value: {
    get: (s: SettingTarget) => structuredCloneJson(s.value),
    set: (s: SettingTarget, v: unknown) => void (s.value = structuredCloneJson(v)),
    api: "1.4",
  },
});

function structuredCloneJson(v: unknown): unknown {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}

export class SimSettingCollection extends SimCollection<SimSetting, SettingTarget> {
  static override entity = "SettingCollection";
  protected override _api(): string {
    return "1.4";
  }
  protected _itemClass() {
    return SimSetting;
  }
  protected _entities(): SettingTarget[] {
    return [...model(this).settings.values()];
  }
  protected _find(key: string): SettingTarget | undefined {
    return model(this).settings.get(key.toLowerCase());
  }
  getItem(key: string): Excel.Setting {
    return this._getItem(key, false) as unknown as Excel.Setting;
  }
  getItemOrNullObject(key: string): Excel.Setting {
    return this._getItem(key, true) as unknown as Excel.Setting;
  }
  /** "Sets or adds the specified setting to the workbook." (ExcelApi 1.4) */
  add(key: string, value: unknown): Excel.Setting {
    return this._added("SettingCollection.add", "1.4", () => {
      const m = model(this);
      const k = key.toLowerCase();
      const existing = m.settings.get(k);
      if (existing) {
        existing.value = structuredCloneJson(value);
        return existing;
      }
      const s = { key, value: structuredCloneJson(value) };
      m.settings.set(k, s);
      return s;
    }) as unknown as Excel.Setting;
  }
}

export class SimCustomProperty
  extends SimObject
  implements Pick<Excel.CustomProperty, "key" | "value" | "type" | "delete">
{
  static override entity = "CustomProperty";
  declare key: string;
  declare value: any;
  declare type: Excel.DocumentPropertyType | "Number" | "Boolean" | "Date" | "String" | "Float";
  delete(): void {
    this._call("delete", "1.7", [], (p: CustomPropertyModel) =>
      model(this).customProperties.delete(p.key.toLowerCase())
    );
  }
}
defineProps(SimCustomProperty, {
  key: { get: (p: CustomPropertyModel) => p.key, api: "1.7" },
  value: {
    get: (p: CustomPropertyModel) => p.value,
    set: (p: CustomPropertyModel, v: CustomPropertyModel["value"]) => void (p.value = v),
    api: "1.7",
  },
  type: {
    get: (p: CustomPropertyModel) =>
      typeof p.value === "number"
        ? Number.isInteger(p.value)
          ? "Number"
          : "Float"
        : typeof p.value === "boolean"
          ? "Boolean"
          : p.value instanceof Date
            ? "Date"
            : "String",
    api: "1.7",
  },
});

export class SimCustomPropertyCollection extends SimCollection<
  SimCustomProperty,
  CustomPropertyModel
> {
  static override entity = "CustomPropertyCollection";
  protected override _api(): string {
    return "1.7";
  }
  protected _itemClass() {
    return SimCustomProperty;
  }
  protected _entities(): CustomPropertyModel[] {
    return [...model(this).customProperties.values()];
  }
  protected _find(key: string): CustomPropertyModel | undefined {
    return model(this).customProperties.get(key.toLowerCase());
  }
  getItem(key: string): Excel.CustomProperty {
    return this._getItem(key, false) as unknown as Excel.CustomProperty;
  }
  getItemOrNullObject(key: string): Excel.CustomProperty {
    return this._getItem(key, true) as unknown as Excel.CustomProperty;
  }
  add(key: string, value: CustomPropertyModel["value"]): Excel.CustomProperty {
    return this._added("CustomPropertyCollection.add", "1.7", () => {
      if (!key || key.length > 255)
        throw simError("InvalidArgument", "CustomPropertyCollection.add");
      const m = model(this);
      const p = { key, value };
      m.customProperties.set(key.toLowerCase(), p);
      return p;
    }) as unknown as Excel.CustomProperty;
  }
  deleteAll(): void {
    this._call("deleteAll", "1.7", [], () => model(this).customProperties.clear());
  }
}

export class SimDocumentProperties extends SimObject {
  static override entity = "DocumentProperties";
  declare title: string;
  declare author: string;
  declare subject: string;
  declare company: string;
  get custom(): Excel.CustomPropertyCollection {
    return this._nav(
      "custom",
      () => new SimCustomPropertyCollection(this.context, () => this._t(), false)
    ) as unknown as Excel.CustomPropertyCollection;
  }
}
function docProp(key: "title" | "author" | "subject" | "company") {
  return {
    get: (m: WorkbookModel) => m.docProperties[key],
    set: (m: WorkbookModel, v: string) => void (m.docProperties[key] = String(v)),
    api: "1.7",
  };
}
defineProps(SimDocumentProperties, {
  title: docProp("title"),
  author: docProp("author"),
  subject: docProp("subject"),
  company: docProp("company"),
});

interface SheetPropTarget {
  sheet: SheetModel;
  prop: { key: string; value: string };
}

export class SimWorksheetCustomProperty
  extends SimObject
  implements Pick<Excel.WorksheetCustomProperty, "key" | "value" | "delete">
{
  static override entity = "WorksheetCustomProperty";
  declare key: string;
  declare value: string;
  delete(): void {
    this._call("delete", "1.12", [], (t: SheetPropTarget) =>
      t.sheet.customProperties.delete(t.prop.key.toLowerCase())
    );
  }
}
defineProps(SimWorksheetCustomProperty, {
  key: { get: (t: SheetPropTarget) => t.prop.key, api: "1.12" },
  value: {
    get: (t: SheetPropTarget) => t.prop.value,
    set: (t: SheetPropTarget, v: string) => void (t.prop.value = String(v)),
    api: "1.12",
  },
});

export class SimWorksheetCustomPropertyCollection extends SimCollection<
  SimWorksheetCustomProperty,
  SheetPropTarget
> {
  static override entity = "WorksheetCustomPropertyCollection";
  protected override _api(): string {
    return "1.12";
  }
  protected _itemClass() {
    return SimWorksheetCustomProperty;
  }
  protected _entities(): SheetPropTarget[] {
    const s = this._t<SheetModel>();
    return s ? [...s.customProperties.values()].map((prop) => ({ sheet: s, prop })) : [];
  }
  protected _find(key: string): SheetPropTarget | undefined {
    const s = this._t<SheetModel>();
    const prop = s?.customProperties.get(key.toLowerCase());
    return s && prop ? { sheet: s, prop } : undefined;
  }
  getItem(key: string): Excel.WorksheetCustomProperty {
    return this._getItem(key, false) as unknown as Excel.WorksheetCustomProperty;
  }
  getItemOrNullObject(key: string): Excel.WorksheetCustomProperty {
    return this._getItem(key, true) as unknown as Excel.WorksheetCustomProperty;
  }
  /** ExcelApi 1.12: adds a property, or sets the value of an existing key (keys are case-insensitive). */
  add(key: string, value: string): Excel.WorksheetCustomProperty {
    return this._added("WorksheetCustomPropertyCollection.add", "1.12", () => {
      const s = this._t<SheetModel>()!;
      if (!key || key.length > 255)
        throw simError("InvalidArgument", "WorksheetCustomPropertyCollection.add");
      const k = key.toLowerCase();
      const existing = s.customProperties.get(k);
      if (existing) existing.value = String(value);
      else s.customProperties.set(k, { key, value: String(value) });
      return { sheet: s, prop: s.customProperties.get(k)! };
    }) as unknown as Excel.WorksheetCustomProperty;
  }
}

// ---- page layout (ExcelApi 1.9) ----

function rectOf(v: Excel.Range | string): Rect {
  if (typeof v === "string") {
    const p = parseAddress(v);
    if (!p) throw simError("InvalidArgument", "PageLayout", `Invalid address ${v}.`);
    return p;
  }
  return (v as unknown as SimRange)._rt().rect;
}

export class SimPageLayout
  extends SimObject
  implements
    Pick<
      Excel.PageLayout,
      | "orientation"
      | "centerHorizontally"
      | "centerVertically"
      | "printGridlines"
      | "setPrintTitleRows"
      | "setPrintTitleColumns"
      | "setPrintArea"
    >
{
  static override entity = "PageLayout";
  declare orientation: Excel.PageOrientation | "Portrait" | "Landscape";
  declare zoom: Excel.PageLayoutZoomOptions;
  declare centerHorizontally: boolean;
  declare centerVertically: boolean;
  declare printGridlines: boolean;
  declare paperSize: any;
  declare printOrder: Excel.PrintOrder | "DownThenOver" | "OverThenDown";
  declare leftMargin: number;
  declare rightMargin: number;
  declare topMargin: number;
  declare bottomMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;
  setPrintTitleRows(rows: Excel.Range | string): void {
    this._call(
      "setPrintTitleRows",
      "1.9",
      [typeof rows === "string" ? rows : "range"],
      (s: SheetModel) => {
        s.pageLayout.printTitleRows = rectOf(rows);
      }
    );
  }
  setPrintTitleColumns(columns: Excel.Range | string): void {
    this._call(
      "setPrintTitleColumns",
      "1.9",
      [typeof columns === "string" ? columns : "range"],
      (s: SheetModel) => {
        s.pageLayout.printTitleColumns = rectOf(columns);
      }
    );
  }
  setPrintArea(area: Excel.Range | Excel.RangeAreas | string): void {
    this._call(
      "setPrintArea",
      "1.9",
      [typeof area === "string" ? area : "range"],
      (s: SheetModel) => {
        s.pageLayout.printArea = rectOf(area as Excel.Range | string);
      }
    );
  }
}
function pageProp(
  key:
    | "orientation"
    | "centerHorizontally"
    | "centerVertically"
    | "printGridlines"
    | "paperSize"
    | "printOrder"
    | "leftMargin"
    | "rightMargin"
    | "topMargin"
    | "bottomMargin"
    | "headerMargin"
    | "footerMargin"
) {
  return {
    get: (s: SheetModel) => s.pageLayout[key],
    set: (s: SheetModel, v: never) => {
      (s.pageLayout as Record<string, unknown>)[key] = v;
    },
    api: "1.9",
  };
}
defineProps(SimPageLayout, {
  orientation: pageProp("orientation"),
  centerHorizontally: pageProp("centerHorizontally"),
  centerVertically: pageProp("centerVertically"),
  printGridlines: pageProp("printGridlines"),
  paperSize: pageProp("paperSize"),
  printOrder: pageProp("printOrder"),
  leftMargin: pageProp("leftMargin"),
  rightMargin: pageProp("rightMargin"),
  topMargin: pageProp("topMargin"),
  bottomMargin: pageProp("bottomMargin"),
  headerMargin: pageProp("headerMargin"),
  footerMargin: pageProp("footerMargin"),
  zoom: {
    get: (s: SheetModel) => ({ ...s.pageLayout.zoom }),
    set: (s: SheetModel, v: Excel.PageLayoutZoomOptions) => {
      if (!v || typeof v !== "object") throw simError("InvalidArgument", "PageLayout.zoom");
      s.pageLayout.zoom = { ...v };
    },
    api: "1.9",
  },
});
