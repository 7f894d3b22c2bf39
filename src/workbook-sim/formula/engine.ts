/**
 * Formula evaluation with HyperFormula (GPL v3 licence key: the simulator is for tests, the preview and
 * the command line, never the production add-in bundle).
 *
 * The workbook model is the source of truth for cell contents; HyperFormula is a calculation cache fed
 * lazily: changes are recorded as dirty rectangles and pushed (or the engine rebuilt) only when a
 * formula result is read. Observable results are the same as recalculating after every sync, at a
 * fraction of the cost for big data sheets that nobody reads back.
 */
import {
  HyperFormula,
  FunctionPlugin,
  FunctionArgumentType,
  DetailedCellError,
} from "hyperformula";
import type { RawCellContent, CellValue as HfCellValue, ConfigParams } from "hyperformula";
import { format as numfmtFormat } from "numfmt";
import { Rect } from "../address";
import { localeTag } from "../format/numberFormat";

let textLocale = "fr";

/** Excel's TEXT(value, format) with Excel format codes (HyperFormula's own TEXT knows few codes). */
class SimTextPlugin extends FunctionPlugin {
  // HyperFormula's plugin AST and state types are internal; they are passed through untouched.
  text(ast: any, state: any): any {
    return this.runFunction(
      ast.args,
      state,
      this.metadata("TEXT"),
      (value: unknown, fmt: string) => {
        if (typeof value === "string" && !/^-?\d+(\.\d+)?$/.test(value)) {
          return numfmtFormat(fmt, value, { locale: textLocale, throws: false }) as string;
        }
        const n = typeof value === "boolean" ? (value ? 1 : 0) : Number(value);
        return numfmtFormat(fmt, n, { locale: textLocale, throws: false }) as string;
      }
    );
  }
}
(SimTextPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = {
  TEXT: {
    method: "text",
    parameters: [
      { argumentType: FunctionArgumentType.SCALAR },
      { argumentType: FunctionArgumentType.STRING },
    ],
  },
};

/** Excel's EDATE, with end-of-month clamping (HyperFormula 3.5 gives 2024-02-28 for EDATE(2024-01-31, 1)). */
class SimEdatePlugin extends FunctionPlugin {
  edate(ast: any, state: any): any {
    return this.runFunction(
      ast.args,
      state,
      this.metadata("EDATE"),
      (serial: number, months: number) => {
        const d = serialToYmd(Math.floor(serial));
        const m = d.m - 1 + Math.trunc(months);
        const y = d.y + Math.floor(m / 12);
        const mm = ((m % 12) + 12) % 12;
        const last = new Date(Date.UTC(y, mm + 1, 0)).getUTCDate();
        return ymdToSerial(y, mm + 1, Math.min(d.d, last));
      }
    );
  }
}
(SimEdatePlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = {
  EDATE: {
    method: "edate",
    parameters: [
      { argumentType: FunctionArgumentType.NUMBER, minValue: 0 },
      { argumentType: FunctionArgumentType.NUMBER },
    ],
  },
};

/** Excel serial (1900 system; exact from 1900-03-01, serial 61) ↔ calendar date. */
function serialToYmd(serial: number): { y: number; m: number; d: number } {
  const dt = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
function ymdToSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

let pluginRegistered = false;
function registerPlugins(): void {
  if (pluginRegistered) return;
  pluginRegistered = true;
  for (const [name, plugin] of [
    ["TEXT", SimTextPlugin],
    ["EDATE", SimEdatePlugin],
  ] as const) {
    try {
      HyperFormula.unregisterFunction(name);
    } catch {
      /* not registered */
    }
    HyperFormula.registerFunction(
      name,
      plugin as never,
      { enGB: { [name]: name }, enUS: { [name]: name } } as never
    );
  }
}

export const HF_CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  maxRows: 1048576,
  maxColumns: 16384,
  // Excel's calendar: serial 1 = 1900-01-01, with the 1900 leap-year bug.
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
  evaluateNullToZero: true,
  accentSensitive: true,
  caseSensitive: false,
  useWildcards: true,
  useRegularExpressions: false,
  matchWholeCell: true,
  functionArgSeparator: ",",
  decimalSeparator: ".",
  thousandSeparator: "",
  useColumnIndex: true,
  // SUMPRODUCT((range="x")*range) and other array expressions, as in Excel.
  useArrayArithmetic: true,
  // Results as IEEE doubles (what `range.values` carries), not rounded to 10 significant digits.
  smartRounding: false,
};

/** What the engine needs from the workbook: sheets in order and each cell's content in engine form. */
export interface EngineSource {
  sheetNames(): string[];
  /** Rows × columns of engine contents for a rectangle of a sheet. */
  contents(sheetName: string, rect: Rect): RawCellContent[][];
  /** The whole used part of a sheet. */
  allContents(sheetName: string): RawCellContent[][];
  namedExpressions(): { name: string; expression: string; scope?: string }[];
}

export type EngineValue = number | string | boolean | null;

export interface EngineResult {
  value: EngineValue;
  isError: boolean;
}

function mapValue(v: HfCellValue): EngineResult {
  if (v instanceof DetailedCellError) {
    let text = v.value;
    if (text === "#ERROR!" || text === "#LIC!") text = "#NAME?";
    if (text === "#CYCLE!") return { value: 0, isError: false };
    return { value: text, isError: true };
  }
  return { value: v as EngineValue, isError: false };
}

export class FormulaEngine {
  private hf: HyperFormula | null = null;
  private dirty: { sheet: string; rect: Rect }[] = [];
  private dirtyCells = 0;
  private structural = true;
  /** Statistics for benchmarks and tests. */
  stats = { rebuilds: 0, incrementalUpdates: 0 };

  constructor(
    private source: EngineSource,
    private displayLanguage: string
  ) {
    registerPlugins();
  }

  /** Contents of a rectangle changed. */
  markDirty(sheet: string, rect: Rect): void {
    if (this.structural) return;
    this.dirty.push({ sheet, rect });
    this.dirtyCells += (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
    if (this.dirtyCells > 200000) this.markStructural();
  }

  /** Sheets, tables or names changed: the engine is rebuilt before the next read. */
  markStructural(): void {
    this.structural = true;
    this.dirty = [];
    this.dirtyCells = 0;
  }

  get isStale(): boolean {
    return this.structural || this.dirty.length > 0;
  }

  /** Brings HyperFormula up to date with the model. */
  flush(): void {
    textLocale = localeTag(this.displayLanguage);
    if (this.structural || !this.hf) {
      this.rebuild();
      return;
    }
    if (this.dirty.length === 0) return;
    const hf = this.hf;
    const work = this.dirty;
    this.dirty = [];
    this.dirtyCells = 0;
    hf.batch(() => {
      for (const { sheet, rect } of work) {
        const id = hf.getSheetId(sheet);
        if (id === undefined) continue;
        hf.setCellContents(
          { sheet: id, row: rect.r0, col: rect.c0 },
          this.source.contents(sheet, rect)
        );
      }
    });
    this.stats.incrementalUpdates += 1;
  }

  private rebuild(): void {
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const name of this.source.sheetNames()) sheets[name] = this.source.allContents(name);
    this.hf?.destroy();
    const names = this.source.namedExpressions();
    const hf = HyperFormula.buildFromSheets(sheets, HF_CONFIG);
    for (const n of names) {
      const scope = n.scope !== undefined ? hf.getSheetId(n.scope) : undefined;
      try {
        hf.addNamedExpression(n.name, n.expression, scope);
      } catch {
        /* a name HyperFormula cannot hold evaluates to #NAME? where used */
      }
    }
    this.hf = hf;
    this.structural = false;
    this.dirty = [];
    this.dirtyCells = 0;
    this.stats.rebuilds += 1;
  }

  /** Value of a formula cell (flush first). */
  value(sheet: string, row: number, col: number): EngineResult {
    if (this.isStale) this.flush();
    const id = this.hf!.getSheetId(sheet);
    if (id === undefined) return { value: "#REF!", isError: true };
    return mapValue(this.hf!.getCellValue({ sheet: id, row, col }));
  }

  /** Value as last computed, without applying pending changes (calculation suspended), unless never computed. */
  staleValue(sheet: string, row: number, col: number): EngineResult {
    if (!this.hf || this.structural) return this.value(sheet, row, col);
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) return { value: "#REF!", isError: true };
    return mapValue(this.hf.getCellValue({ sheet: id, row, col }));
  }

  /** Evaluates a formula (already translated) as if written in a cell of `sheet`. Ranges give their top-left value. */
  calculate(formula: string, sheet: string): EngineResult | EngineResult[][] {
    if (this.isStale) this.flush();
    const id = this.hf!.getSheetId(sheet) ?? 0;
    let v: unknown;
    try {
      v = this.hf!.calculateFormula(formula, id);
    } catch {
      return { value: "#NAME?", isError: true };
    }
    if (Array.isArray(v)) return (v as HfCellValue[][]).map((row) => row.map(mapValue));
    return mapValue(v as HfCellValue);
  }

  /** Whether HyperFormula can parse the formula (already translated). */
  static isValid(formula: string): boolean {
    registerPlugins();
    if (!validator) validator = HyperFormula.buildEmpty(HF_CONFIG);
    return validator.validateFormula(formula);
  }

  destroy(): void {
    this.hf?.destroy();
    this.hf = null;
  }
}

let validator: HyperFormula | null = null;
