/**
 * The row reader: turns rows of cells into the column-wise SalesTable following an ImportPlan,
 * classifies every row (record, rejected, blank, repeated header, total), keeps the validation
 * report and the reconciliation sums, and re-checks the plan's decisions against all values.
 *
 * Hot path (a well-formed row): one date scan, one number scan per measure, one dictionary
 * lookup per dimension (with a last-value cache), typed arrays grown by doubling.
 */
import { cellText, detachString, isBlankRow, isEmptyCell, type Cells } from "./cells";
import {
  createDateScan,
  DATE_EMPTY,
  DATE_INVALID,
  DATE_OK,
  dayFromDate,
  decideDateOrder,
  excelSerialToDay,
  isDateNumberFormat,
  ORDER_DMY,
  ORDER_MDY,
  scanDate,
  type DateOrder,
} from "./dates";
import { DERIVED_NAMES, deriveCostOrMargin, lineRevenue, type MeasureSet } from "./derive";
import { ExactAccumulator, roundTo, sumExact } from "./exact";
import type { QuoteProblem } from "./excel-quotes";
import { at, msg, type TotalCheck } from "./messages";
import {
  createNumberScan,
  currencyFromText,
  decideDecimalMark,
  decimalsOfNumber,
  EVIDENCE_COMMA,
  EVIDENCE_DOT,
  SCAN_EMPTY,
  SCAN_OK,
  scanNumber,
  type DecimalMark,
  type DecimalVotes,
} from "./numbers";
import {
  dateOrderConflictIssues,
  noteDateExample,
  type DateExample,
  type ImportPlan,
  type PlanDecisions,
} from "./plan";
import { MEASURE_ROLES, roleLabels, roleMapOf } from "./roles";
import { findTotalLabel, isRepeatedHeader } from "./rows";
import type {
  DerivedMeasure,
  Dimension,
  DimensionKind,
  ImportIssue,
  ImportOptions,
  ImportResult,
  IssueSeverity,
  Localized,
  MeasureRole,
  Reconciliation,
  SalesTable,
  SourceInfo,
} from "./types";

// Hot functions and codes as module constants: CommonJS builds (tsx, ts-jest) read each use of
// an import through a getter, which shows in the profile of a million rows.
const scanNumberHot = scanNumber;
const scanDateHot = scanDate;
const excelSerialToDayHot = excelSerialToDay;
const dayFromDateHot = dayFromDate;
const detachStringHot = detachString;
const isDateNumberFormatHot = isDateNumberFormat;
const lineRevenueHot = lineRevenue;
const DATE_EMPTY_ = DATE_EMPTY;
const DATE_INVALID_ = DATE_INVALID;
const DATE_OK_ = DATE_OK;
const ORDER_DMY_ = ORDER_DMY;
const ORDER_MDY_ = ORDER_MDY;
const EVIDENCE_COMMA_ = EVIDENCE_COMMA;
const EVIDENCE_DOT_ = EVIDENCE_DOT;
const SCAN_EMPTY_ = SCAN_EMPTY;
const SCAN_OK_ = SCAN_OK;

/** Slots of the per-dimension label cache (a power of two): room for a few thousand customers. */
const LABEL_CACHE_SIZE = 4096;

/**
 * Cache slot of a label from its length and a few of its characters (the last ones differ most:
 * "Client 0064" / "Client 1500", "Store 14" / "Store 15"): cheaper than the Map's hash of the
 * whole string.
 */
function labelSlot(label: string): number {
  const n = label.length;
  if (n === 0) return 0;
  let h = n * 131 + label.charCodeAt(0) * 31 + label.charCodeAt(n >> 1);
  h = h * 31 + label.charCodeAt(n - 1);
  if (n > 1) h = h * 31 + label.charCodeAt(n - 2);
  if (n > 2) h = h * 31 + label.charCodeAt(n - 3);
  return (h ^ (h >>> 12)) & (LABEL_CACHE_SIZE - 1);
}

/**
 * The label without surrounding spaces; the same string when there are none (the usual case).
 * Excel's escape for text kept as is in a CSV, `="00123"`, gives `00123`.
 */
function trimmed(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(n - 1);
  if (a === 61 && n >= 3 && text.charCodeAt(1) === 34 && b === 34) return text.slice(2, -1);
  return a <= 32 || b <= 32 || a === 0xa0 || b === 0xa0 || a === 0x202f || b === 0x202f
    ? text.trim()
    : text;
}

/** First and last serial accepted as a date when no date format says so: 1910 to 2199. */
const PLAUSIBLE_SERIALS = [3654, 109574];

/**
 * Day of an Excel serial number. Without a date format, only serials of 1910–2199 are dates:
 * a year (2024) or an amount in a date column is not silently turned into a 1905 date.
 */
function serialDay(serial: number, dateFormatted: boolean): number {
  if (!dateFormatted && (serial < PLAUSIBLE_SERIALS[0] || serial > PLAUSIBLE_SERIALS[1]))
    return NaN;
  return excelSerialToDayHot(serial);
}

/** Issues kept per code; beyond, one summary line counts the rest. */
export const MAX_ISSUES_PER_CODE = 10_000;

const POW10: number[] = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** Money measures: their currency signs say the table's currency. */
const MONEY_ROLES: readonly MeasureRole[] = ["revenue", "cost", "profit", "unitPrice", "target"];

interface MeasureState {
  role: MeasureRole;
  col: number;
  header: string;
  mark: DecimalMark;
  other: DecimalMark;
  /** A row without a readable value is rejected (revenue, or quantity and price to derive it). */
  required: boolean;
  values: Float64Array;
  decimals: number;
  votes: DecimalVotes;
  currencies: Map<string, number>;
  lastFormat: string | undefined;
  lastFormatCurrency: string | null;
  lastFormatPercent: boolean;
  /** Every value of every data row as read: checks at the end that none was lost. */
  source: ExactAccumulator;
  rejected: ExactAccumulator;
  totals: ExactAccumulator;
  /** Imported rows where the cell is empty or unreadable (optional measures). */
  missing: number;
  /** Discount values above 1 written without % (percentage points). */
  pointsSeen: number;
}

interface DimensionState {
  col: number;
  header: string;
  kind: DimensionKind;
  codes: Int32Array;
  labels: string[];
  map: Map<string, number>;
  /** Direct-mapped cache of recent labels (see labelSlot): most cells skip the Map's hashing. */
  cacheLabels: (string | null)[];
  cacheCodes: Int32Array;
}

/** Result of reading all the rows once. */
export interface PassOutcome {
  /** Decisions from all values that differ from the plan: read the rows again with these. */
  rerun: PlanDecisions | null;
  result: ImportResult | null;
}

/** Empty result shape for a fatal error. */
export function fatalResult(
  source: SourceInfo,
  fatal: Localized,
  issues: ImportIssue[] = [],
  plan?: ImportPlan
): ImportResult {
  const columns = plan?.columns ?? [];
  return {
    ok: false,
    table: null,
    source,
    columns,
    roles: roleMapOf(columns),
    derived: [],
    issues,
    reconciliation: [],
    totals: { revenue: null, cost: null, margin: null, quantity: null },
    fatal,
  };
}

export class TableBuilder {
  private capacity: number;
  private rowCount = 0;
  private dates: Int32Array;
  private sourceRows: Int32Array;
  private readonly measures: MeasureState[] = [];
  private readonly byRole: Partial<Record<MeasureRole, MeasureState>> = {};
  private readonly dims: DimensionState[] = [];
  private readonly issues: ImportIssue[] = [];
  private readonly issueCounts = new Map<
    string,
    { count: number; sample: Localized; severity: IssueSeverity }
  >();
  private readonly numberScan = createNumberScan();
  private readonly otherScan = createNumberScan();
  private readonly dateScan = createDateScan();
  private readonly width: number;
  private readonly dateCol: number;
  private readonly dateOrder: DateOrder;
  private readonly revenue: MeasureState | null;
  /** Revenue computed as quantity × price × (1 − discount) while reading. */
  private derivedRevenueValues: Float64Array;
  private readonly nonDataColumns: number[];
  private rowsRead = 0;
  private rowsRejected = 0;
  private rowsSkipped = 0;
  private dateVotes = { dmy: 0, mdy: 0 };
  private readonly dmyExamples: DateExample[] = [];
  private lastDateText: string | null = null;
  private lastDay = 0;
  private readonly mdyExamples: DateExample[] = [];
  /** Revenue of the records since the start and since the last total line, to spot total lines. */
  // Plain sums suffice here: compared at the cent, their rounding error is far below it.
  private grand = 0;
  private sinceTotal = 0;
  private records = 0;
  /** What a total line's message needs to say exactly which lines its amount sums. */
  private readonly totalScope = {
    seenTotal: false,
    recordsSince: 0,
    rejected: 0,
    rejectedSince: 0,
    rejectedRevenue: 0,
    rejectedRevenueSince: 0,
  };
  /** A row fills a measure column the plan left out as empty (see ImportPlan). */
  private emptyColumnFilled = false;
  private negativeLines = 0;
  private readonly negativeSum = new ExactAccumulator();

  constructor(
    private readonly plan: ImportPlan,
    private readonly options: ImportOptions,
    private readonly forced: boolean,
    expectedRows = 0
  ) {
    // Sized from the source's estimate: no copy while growing a million-row table.
    this.capacity = Math.max(1024, Math.ceil(expectedRows * 1.05) + 16);
    this.dates = new Int32Array(this.capacity);
    this.sourceRows = new Int32Array(this.capacity);
    this.width = plan.headers.length;
    this.dateCol = plan.date;
    this.dateOrder = plan.dateOrder;
    for (const role of MEASURE_ROLES) {
      const col = plan.measures[role];
      if (col === undefined) continue;
      const mark = plan.decimal[col];
      const state: MeasureState = {
        role,
        col,
        header: plan.headers[col],
        mark,
        other: mark === "," ? "." : ",",
        required:
          role === "revenue" ||
          (plan.deriveRevenue && (role === "quantity" || role === "unitPrice")),
        values: new Float64Array(this.capacity),
        decimals: 0,
        votes: { dot: 0, comma: 0 },
        currencies: new Map(),
        lastFormat: undefined,
        lastFormatCurrency: null,
        lastFormatPercent: false,
        source: new ExactAccumulator(),
        rejected: new ExactAccumulator(),
        totals: new ExactAccumulator(),
        missing: 0,
        pointsSeen: 0,
      };
      this.measures.push(state);
      this.byRole[role] = state;
    }
    this.revenue = this.byRole.revenue ?? null;
    this.derivedRevenueValues = new Float64Array(plan.deriveRevenue ? this.capacity : 0);
    for (const col of plan.dimensions) {
      const info = plan.columns[col];
      this.dims.push({
        col,
        header: info.header,
        kind: info.dimensionKind ?? "other",
        codes: new Int32Array(this.capacity),
        labels: [],
        map: new Map(),
        cacheLabels: new Array<string | null>(LABEL_CACHE_SIZE).fill(null),
        cacheCodes: new Int32Array(LABEL_CACHE_SIZE),
      });
    }
    const measureCols = new Set(this.measures.map((m) => m.col));
    this.nonDataColumns = plan.headers.map((_, c) => c).filter((c) => !measureCols.has(c));
  }

  /** Reads one source row. `formats` are the grid's number formats of the row, when known. */
  add(
    cells: Cells,
    rowNumber: number,
    formats?: ArrayLike<string>,
    quoteProblem?: QuoteProblem
  ): void {
    this.rowsRead++;
    if (this.rowCount === this.capacity) this.grow();
    if (quoteProblem) this.quoteIssue(rowNumber, quoteProblem);
    if (cells.length > this.width && !this.extraCellsEmpty(cells)) {
      if (isBlankRow(cells)) return this.skipBlank(rowNumber);
      this.rowsRejected++;
      this.issue(
        rowNumber,
        null,
        null,
        "too-many-fields",
        "error",
        msg.tooManyFields(cells.length, this.width)
      );
      return;
    }

    // Date.
    const dv = this.dateCol < cells.length ? cells[this.dateCol] : undefined;
    let day: number;
    let dateStatus: number;
    if (typeof dv === "string" && dv === this.lastDateText) {
      // Exports are sorted by date: the same date text comes many times in a row.
      day = this.lastDay;
      dateStatus = DATE_OK_;
    } else if (typeof dv === "string") {
      day = scanDateHot(dv, this.dateOrder, this.dateScan);
      dateStatus = this.dateScan.status;
      if (dateStatus === DATE_OK_) {
        this.lastDateText = dv;
        this.lastDay = day;
      }
      if (dateStatus === DATE_OK_ && this.dateScan.evidence !== 0)
        this.countDateEvidence(rowNumber, dv);
      if (dateStatus === DATE_INVALID_ && this.plan.dateSerial) {
        // Excel serial numbers written as text (a CSV saved from a sheet with unformatted dates).
        const serial = scanNumberHot(dv, ".", this.numberScan);
        day = this.numberScan.status === SCAN_OK_ ? serialDay(serial, false) : NaN;
        dateStatus = day === day ? DATE_OK_ : DATE_INVALID_;
      }
    } else if (typeof dv === "number") {
      const fmt = formats ? formats[this.dateCol] : undefined;
      day = serialDay(dv, typeof fmt === "string" && isDateNumberFormatHot(fmt));
      dateStatus = day === day ? DATE_OK_ : DATE_INVALID_;
    } else if (dv instanceof Date) {
      day = dayFromDateHot(dv);
      dateStatus = day === day ? DATE_OK_ : DATE_INVALID_;
    } else {
      day = NaN;
      dateStatus = dv === null || dv === undefined ? DATE_EMPTY_ : DATE_INVALID_;
    }
    if (dateStatus !== DATE_OK_) return this.unusualRow(cells, rowNumber, formats, dateStatus);
    // A measure column left out as empty in the sample that holds a value after all.
    const empties = this.plan.emptyMeasureColumns;
    for (let k = 0; k < empties.length; k++)
      if (empties[k] < cells.length && !isEmptyCell(cells[empties[k]]))
        this.emptyColumnFilled = true;

    // Measures.
    const i = this.rowCount;
    let reject: { col: string; value: string; body: Localized; code: string } | null = null;
    for (let k = 0; k < this.measures.length; k++) {
      const m = this.measures[k];
      const v = m.col < cells.length ? cells[m.col] : undefined;
      const value = this.readMeasure(m, v, formats);
      m.values[i] = value;
      if (value === value) continue;
      if (m.required) {
        if (reject === null) {
          const raw = cellText(v);
          const status = this.numberScan.status;
          reject = {
            col: m.header,
            value: raw,
            code: status === SCAN_EMPTY_ ? "missing-amount" : "bad-number",
            body:
              status === SCAN_EMPTY_
                ? msg.missingNumberRejected()
                : this.numberScan.percent && m.role !== "discount"
                  ? msg.percentInAmount(raw)
                  : msg.badNumberRejected(raw),
          };
        }
      } else if (this.numberScan.status === SCAN_EMPTY_) {
        m.missing++;
      } else {
        m.missing++;
        const raw = cellText(v);
        this.issue(
          rowNumber,
          m.header,
          raw,
          "bad-number",
          "warning",
          this.numberScan.percent ? msg.percentIgnored(raw) : msg.badNumberIgnored(raw)
        );
      }
    }
    // Discounts are rates between 0 and 1 once read.
    const disc = this.byRole.discount;
    if (reject === null && disc && (disc.values[i] < 0 || disc.values[i] > 1)) {
      const raw = cellText(cells[disc.col]);
      reject = { col: disc.header, value: raw, code: "bad-discount", body: msg.badDiscount(raw) };
    }
    let revenue: number;
    if (this.plan.deriveRevenue && reject === null) {
      const q = this.byRole.quantity!.values[i];
      const p = this.byRole.unitPrice!.values[i];
      const d = disc ? disc.values[i] : 0;
      revenue = lineRevenueHot(q, p, d);
      this.derivedRevenueValues[i] = revenue;
    } else {
      revenue = this.revenue ? this.revenue.values[i] : NaN;
    }
    if (reject !== null) {
      this.rowsRejected++;
      this.noteRejected(revenue);
      for (const m of this.measures) {
        m.source.add(m.values[i]);
        m.rejected.add(m.values[i]);
      }
      this.issue(rowNumber, reject.col, reject.value, reject.code, "error", reject.body);
      return;
    }
    for (let k = 0; k < this.measures.length; k++)
      this.measures[k].source.add(this.measures[k].values[i]);
    if (revenue < 0) {
      this.negativeLines++;
      this.negativeSum.add(revenue);
    }
    this.grand += revenue;
    this.sinceTotal += revenue;
    this.records++;
    this.totalScope.recordsSince++;

    // Dimensions: dictionary codes; a small cache answers most cells before the Map.
    for (let k = 0; k < this.dims.length; k++) {
      const d = this.dims[k];
      const v = d.col < cells.length ? cells[d.col] : undefined;
      const label = typeof v === "string" ? trimmed(v) : cellText(v).trim();
      const slot = labelSlot(label);
      if (d.cacheLabels[slot] === label) {
        d.codes[i] = d.cacheCodes[slot];
        continue;
      }
      let code = d.map.get(label);
      if (code === undefined) {
        code = d.labels.length;
        const kept = detachStringHot(label);
        d.labels.push(kept);
        d.map.set(kept, code);
      }
      d.codes[i] = code;
      d.cacheLabels[slot] = label;
      d.cacheCodes[slot] = code;
    }
    this.dates[i] = day;
    this.sourceRows[i] = rowNumber;
    this.rowCount = i + 1;
  }

  /** Reports a line above the header (a title) that is not blank. */
  titleLine(cells: Cells, rowNumber: number): void {
    if (isBlankRow(cells)) return;
    const text = Array.from({ length: cells.length }, (_, k) => cellText(cells[k]).trim())
      .filter((t) => t !== "")
      .join(" ");
    this.issue(rowNumber, null, text, "title-line", "warning", msg.titleLine(text));
  }

  private extraCellsEmpty(cells: Cells): boolean {
    for (let c = this.width; c < cells.length; c++) if (!isEmptyCell(cells[c])) return false;
    return true;
  }

  private grow(): void {
    const cap = this.capacity * 2;
    const growF = (a: Float64Array): Float64Array => {
      const b = new Float64Array(cap);
      b.set(a);
      return b;
    };
    const growI = (a: Int32Array): Int32Array => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.dates = growI(this.dates);
    this.sourceRows = growI(this.sourceRows);
    for (const m of this.measures) m.values = growF(m.values);
    for (const d of this.dims) d.codes = growI(d.codes);
    if (this.plan.deriveRevenue) this.derivedRevenueValues = growF(this.derivedRevenueValues);
    this.capacity = cap;
  }

  private countDateEvidence(rowNumber: number, value: string): void {
    if (this.dateScan.evidence === ORDER_DMY_) {
      this.dateVotes.dmy++;
      noteDateExample(this.dmyExamples, rowNumber, value);
    } else if (this.dateScan.evidence === ORDER_MDY_) {
      this.dateVotes.mdy++;
      noteDateExample(this.mdyExamples, rowNumber, value);
    }
  }

  /** Reads a measure cell; NaN when empty or unreadable (numberScan.status says which). */
  private readMeasure(m: MeasureState, v: unknown, formats: ArrayLike<string> | undefined): number {
    const scan = this.numberScan;
    if (typeof v === "string") {
      let value = scanNumberHot(v, m.mark, scan);
      if (scan.status === SCAN_OK_) {
        if (scan.decimals > m.decimals) m.decimals = scan.decimals;
        const ev = scan.evidence;
        if (ev === EVIDENCE_DOT_) m.votes.dot++;
        else if (ev === EVIDENCE_COMMA_) m.votes.comma++;
        if (scan.currency !== null)
          m.currencies.set(scan.currency, (m.currencies.get(scan.currency) ?? 0) + 1);
        if (scan.percent) {
          if (m.role !== "discount") {
            scan.status = 2;
            return NaN;
          }
        } else if (m.role === "discount" && Math.abs(value) > 1) {
          m.pointsSeen++;
        }
        if (m.role === "discount" && !scan.percent && this.plan.discountPoints) value = value / 100;
        return value;
      }
      if (scan.status !== SCAN_EMPTY_) {
        // Unreadable with the column's mark: does the other mark read it? (re-check of the decision)
        scanNumberHot(v, m.other, this.otherScan);
        if (this.otherScan.status === SCAN_OK_) {
          if (this.otherScan.evidence === EVIDENCE_DOT_) m.votes.dot++;
          else if (this.otherScan.evidence === EVIDENCE_COMMA_) m.votes.comma++;
        }
      }
      return NaN;
    }
    scan.percent = false;
    if (typeof v === "number" && Number.isFinite(v)) {
      scan.status = SCAN_OK_;
      if (m.decimals < 10) {
        const scaled = v * POW10[m.decimals];
        if (scaled !== Math.round(scaled)) m.decimals = Math.max(m.decimals, decimalsOfNumber(v));
      }
      const fmt = formats ? formats[m.col] : undefined;
      if (fmt !== m.lastFormat) {
        m.lastFormat = fmt;
        m.lastFormatCurrency = fmt ? currencyFromNumberFormat(fmt) : null;
        m.lastFormatPercent = fmt ? fmt.includes("%") : false;
      }
      if (m.lastFormatCurrency !== null)
        m.currencies.set(m.lastFormatCurrency, (m.currencies.get(m.lastFormatCurrency) ?? 0) + 1);
      if (m.role === "discount" && !m.lastFormatPercent && Math.abs(v) > 1) {
        m.pointsSeen++;
        if (this.plan.discountPoints) return v / 100;
      }
      return v;
    }
    if (v === null || v === undefined) {
      scan.status = SCAN_EMPTY_;
      return NaN;
    }
    scan.status = 2;
    return NaN;
  }

  /** A field read the way Excel reads malformed quotes: said with its line and column. */
  quoteIssue(rowNumber: number, q: QuoteProblem): void {
    const column = q.field < this.width ? this.plan.headers[q.field] || null : null;
    if (q.kind === "trailing")
      this.issue(
        rowNumber,
        column,
        q.value,
        "malformed-quote",
        "warning",
        msg.malformedQuote(q.value)
      );
    else
      this.issue(
        rowNumber,
        column,
        q.value,
        "unterminated-quote",
        "warning",
        msg.unterminatedQuote(q.value)
      );
  }

  private skipBlank(rowNumber: number): void {
    this.rowsSkipped++;
    this.issue(rowNumber, null, null, "blank-line", "warning", msg.blankLine());
  }

  /** A row without a readable date: blank, repeated header, total line, or rejected. */
  private unusualRow(
    cells: Cells,
    rowNumber: number,
    formats: ArrayLike<string> | undefined,
    dateStatus: number
  ): void {
    if (isBlankRow(cells)) return this.skipBlank(rowNumber);
    if (isRepeatedHeader(cells, this.plan.normalizedHeaders)) {
      this.rowsSkipped++;
      this.issue(rowNumber, null, null, "repeated-header", "warning", msg.repeatedHeader());
      return;
    }
    // Amounts of the line, read without storing them.
    const i = this.rowCount; // scratch slot, not counted
    for (const m of this.measures)
      m.values[i] = this.readMeasure(m, m.col < cells.length ? cells[m.col] : undefined, formats);
    let revenue = this.revenue ? this.revenue.values[i] : NaN;
    if (this.plan.deriveRevenue) {
      const d = this.byRole.discount ? this.byRole.discount.values[i] : 0;
      revenue = lineRevenue(this.byRole.quantity!.values[i], this.byRole.unitPrice!.values[i], d);
    }
    const label = findTotalLabel(cells, this.nonDataColumns);
    const decimals = Math.max(2, this.revenue?.decimals ?? 2);
    const matchesAbove =
      revenue === revenue &&
      this.records > 0 &&
      (roundTo(revenue - this.sinceTotal, decimals) === 0 ||
        roundTo(revenue - this.grand, decimals) === 0);
    if (label !== null || (dateStatus === DATE_EMPTY_ && matchesAbove && revenue !== 0)) {
      this.rowsSkipped++;
      for (const m of this.measures) m.totals.add(m.values[i]);
      const amount = revenue === revenue ? revenue : null;
      this.issue(
        rowNumber,
        label !== null ? null : (this.revenue?.header ?? null),
        label,
        "total-line",
        "warning",
        msg.totalLine(label, amount, amount === null ? null : this.totalCheck(amount, decimals))
      );
      this.sinceTotal = 0;
      this.totalScope.seenTotal = true;
      this.totalScope.recordsSince = 0;
      this.totalScope.rejectedSince = 0;
      this.totalScope.rejectedRevenueSince = 0;
      return;
    }
    this.rowsRejected++;
    this.noteRejected(revenue);
    for (const m of this.measures) {
      m.source.add(m.values[i]);
      m.rejected.add(m.values[i]);
    }
    const header = this.plan.headers[this.dateCol];
    if (dateStatus === DATE_EMPTY_ || isEmptyCell(cells[this.dateCol])) {
      this.issue(rowNumber, header, "", "missing-date", "error", msg.missingDate());
    } else {
      const raw = cellText(cells[this.dateCol]);
      this.issue(rowNumber, header, raw, "bad-date", "error", msg.badDate(raw));
    }
  }

  /** A rejected row: counted (with its revenue when readable) for the next total line's message. */
  private noteRejected(revenue: number): void {
    const t = this.totalScope;
    t.rejected++;
    t.rejectedSince++;
    if (revenue === revenue) {
      t.rejectedRevenue += revenue;
      t.rejectedRevenueSince += revenue;
    }
  }

  /**
   * Which lines above a total line its amount is the sum of: the imported lines (since the start,
   * or since the previous total line), those and the rejected lines, or none of these, so its
   * message says exactly what was checked.
   */
  private totalCheck(amount: number, decimals: number): TotalCheck {
    const t = this.totalScope;
    const same = (sum: number) => roundTo(amount - sum, decimals) === 0;
    const all = {
      scope: "all" as const,
      imported: this.records,
      rejected: t.rejected,
      importedSum: this.grand,
      rejectedSum: t.rejectedRevenue,
    };
    const since = {
      scope: "sincePrevious" as const,
      imported: t.recordsSince,
      rejected: t.rejectedSince,
      importedSum: this.sinceTotal,
      rejectedSum: t.rejectedRevenueSince,
    };
    // Before any total line, "since the previous one" is "all": said as "above".
    const scopes = t.seenTotal ? [since, all] : [all];
    for (const sc of scopes)
      if (sc.imported > 0 && same(sc.importedSum)) return { ...sc, equals: "imported" };
    for (const sc of scopes)
      if (sc.rejected > 0 && same(sc.importedSum + sc.rejectedSum))
        return { ...sc, equals: "importedAndRejected" };
    return { ...scopes[0], equals: null };
  }

  private issue(
    row: number | null,
    column: string | null,
    value: string | null,
    code: string,
    severity: IssueSeverity,
    body: Localized
  ): void {
    const counted = this.issueCounts.get(code);
    const message = at(row, column, body);
    if (counted === undefined) this.issueCounts.set(code, { count: 1, sample: message, severity });
    else counted.count++;
    if ((counted?.count ?? 1) <= MAX_ISSUES_PER_CODE)
      this.issues.push({ row, column, value, severity, code, message });
  }

  /**
   * Ends the pass. When all the values contradict a decision taken on the sample (decimal
   * mark, day/month order, discount scale), asks for a second pass with the decisions they
   * support (once: a forced pass is final).
   */
  finish(source: SourceInfo): PassOutcome {
    const plan = this.plan;
    // Day/month order from all the dates.
    if (!plan.dateSerial && !this.options.dateOrder) {
      const decided = decideDateOrder(this.dateVotes, plan.dateOrder);
      if (decided === "conflict") {
        const header = plan.headers[plan.date];
        const a = this.dmyExamples[0];
        const b = this.mdyExamples[0];
        const issues = [
          ...plan.notes,
          ...dateOrderConflictIssues(header, this.dmyExamples, this.mdyExamples),
        ];
        return {
          rerun: null,
          result: fatalResult(
            { ...source, rowsRead: this.rowsRead },
            msg.dateOrderConflict(header, a.row, a.value, b.row, b.value),
            issues,
            plan
          ),
        };
      }
    }
    const decisions = this.decisionsFromAllValues();
    if (!this.forced && this.differsFromPlan(decisions)) return { rerun: decisions, result: null };
    return { rerun: null, result: this.build(source) };
  }

  /** Decimal marks, day/month order and discount scale as all the values read support them. */
  private decisionsFromAllValues(): PlanDecisions {
    const plan = this.plan;
    const decimal: (DecimalMark | null)[] = plan.headers.map(() => null);
    for (const m of this.measures) decimal[m.col] = decideDecimalMark(m.votes, m.mark);
    const order = plan.dateSerial ? null : decideDateOrder(this.dateVotes, plan.dateOrder);
    return {
      decimal,
      dateOrder: order === "conflict" ? plan.dateOrder : order,
      discountPoints: (this.byRole.discount?.pointsSeen ?? 0) > 0,
      ignoreEmptyMeasures: !this.emptyColumnFilled,
    };
  }

  private differsFromPlan(d: PlanDecisions): boolean {
    const plan = this.plan;
    if (this.measures.some((m) => d.decimal[m.col] !== m.mark)) return true;
    if (!plan.dateSerial && !this.options.dateOrder && d.dateOrder !== plan.dateOrder) return true;
    if (d.ignoreEmptyMeasures === false) return true;
    return d.discountPoints !== plan.discountPoints;
  }

  private build(sourceBase: SourceInfo): ImportResult {
    const plan = this.plan;
    const n = this.rowCount;
    const lang = this.options.lang ?? "fr";
    const source: SourceInfo = {
      ...sourceBase,
      rowsRead: this.rowsRead,
      rowsImported: n,
      rowsRejected: this.rowsRejected,
      rowsSkipped: this.rowsSkipped,
    };
    const issues: ImportIssue[] = [...plan.notes, ...this.issues];
    for (const [code, c] of this.issueCounts) {
      if (c.count > MAX_ISSUES_PER_CODE) {
        const body = msg.moreIssues(c.count - MAX_ISSUES_PER_CODE, c.sample);
        issues.push(summaryIssue("more-" + code, c.severity, null, body));
      }
    }
    if (n === 0) {
      const fatal =
        this.rowsRead === 0 || this.rowsRejected === 0
          ? msg.noData()
          : msg.noRowImported(this.rowsRejected);
      return fatalResult(source, fatal, issues, plan);
    }

    const measures: Partial<Record<MeasureRole, Float64Array>> = {};
    const measureHeaders: Partial<Record<MeasureRole, string>> = {};
    const decimals: Partial<Record<MeasureRole, number>> = {};
    for (const m of this.measures) {
      measures[m.role] = m.values.slice(0, n);
      measureHeaders[m.role] = m.header;
      decimals[m.role] =
        m.role === "discount" && this.plan.discountPoints ? m.decimals + 2 : m.decimals;
    }
    const derived: DerivedMeasure[] = [];
    if (plan.deriveRevenue) {
      measures.revenue = this.derivedRevenueValues.slice(0, n);
      measureHeaders.revenue = DERIVED_NAMES[lang].revenue;
      decimals.revenue = 2;
      derived.push("revenue");
    }
    const set = { measures: measures as MeasureSet["measures"], headers: measureHeaders, decimals };
    derived.push(...deriveCostOrMargin(set, lang));
    for (const what of derived) {
      issues.push(summaryIssue("derived-" + what, "info", null, msg.derived(what)));
    }

    // Summaries: optional values missing, credit notes kept.
    for (const m of this.measures) {
      if (
        !m.required &&
        m.missing > 0 &&
        (m.role === "cost" || m.role === "profit" || m.role === "quantity")
      ) {
        const body = msg.missingValues(m.missing, roleLabels(m.role));
        issues.push(summaryIssue("missing-values", "warning", m.header, body));
      }
    }
    // Order stated by the caller: dates that can only be read the other way are read that way,
    // and the first ones are said (13/01 cannot be month/day).
    const stated = this.options.dateOrder;
    if (stated && !plan.dateSerial) {
      const against = stated === "dmy" ? this.mdyExamples : this.dmyExamples;
      for (const e of against) {
        const body = msg.dateAgainstStatedOrder(e.value, stated);
        issues.push({
          row: e.row,
          column: plan.headers[plan.date],
          value: e.value,
          severity: "warning",
          code: "date-against-order",
          message: at(e.row, plan.headers[plan.date], body),
        });
      }
    }
    if (this.negativeLines > 0) {
      const d = decimals.revenue ?? 2;
      const body = msg.negativeLines(this.negativeLines, this.negativeSum.total(d));
      issues.push(summaryIssue("negative-lines", "info", null, body));
    }

    // Reconciliation: source = imported + rejected, total lines apart.
    const reconciliation: Reconciliation[] = [];
    for (const m of this.measures) {
      const d = decimals[m.role] ?? m.decimals;
      const imported = sumExact(measures[m.role]!, d);
      const rec: Reconciliation = {
        measure: m.role,
        header: m.header,
        source: m.source.total(d),
        imported,
        rejected: m.rejected.total(d),
        skippedTotals: m.totals.total(d),
      };
      if (m.role === "discount") continue;
      reconciliation.push(rec);
      const gap = roundTo(rec.source - rec.imported - rec.rejected, d);
      if (gap !== 0) {
        issues.push(
          summaryIssue("reconciliation-gap", "warning", null, msg.reconciliationGap(m.header, gap))
        );
      }
    }

    const dimensions: Dimension[] = this.dims.map((d) => ({
      header: d.header,
      kind: d.kind,
      codes: d.codes.slice(0, n),
      labels: d.labels,
    }));
    const table: SalesTable = {
      rowCount: n,
      date: this.dates.slice(0, n),
      sourceRow: this.sourceRows.slice(0, n),
      measures: measures as SalesTable["measures"],
      measureHeaders,
      dimensions,
      currency: this.options.currency?.trim().toUpperCase() || this.currency(),
      decimals,
    };
    const sum = (role: MeasureRole): number | null =>
      measures[role] ? sumExact(measures[role]!, decimals[role] ?? 2) : null;
    return {
      ok: true,
      table,
      source,
      columns: plan.columns,
      roles: roleMapOf(plan.columns),
      derived,
      issues,
      reconciliation,
      totals: {
        revenue: sum("revenue"),
        cost: sum("cost"),
        margin: sum("profit"),
        quantity: sum("quantity"),
      },
      fatal: null,
    };
  }

  /** The currency written in the money columns' cells, else named by their headers, else null. */
  private currency(): string | null {
    const counts = new Map<string, number>();
    for (const m of this.measures) {
      if (!MONEY_ROLES.includes(m.role)) continue;
      for (const [code, c] of m.currencies) counts.set(code, (counts.get(code) ?? 0) + c);
    }
    let best: string | null = null;
    let bestCount = 0;
    for (const [code, c] of counts) {
      if (c > bestCount) {
        best = code;
        bestCount = c;
      }
    }
    if (best !== null) return best;
    for (const m of this.measures) {
      if (!MONEY_ROLES.includes(m.role)) continue;
      const fromHeader = currencyFromText(m.header);
      if (fromHeader !== null) return fromHeader;
    }
    return null;
  }
}

/** An issue about the whole file (no row), about a column when given. */
function summaryIssue(
  code: string,
  severity: IssueSeverity,
  column: string | null,
  body: Localized
): ImportIssue {
  return { row: null, column, value: null, severity, code, message: at(null, column, body) };
}

/**
 * Currency of an Excel number format: `#,##0.00 "€"`, `[$€-40C] #,##0.00`, `[$USD] 0.00`,
 * `$#,##0.00`. Locale tags such as `[$-40C]` name no currency.
 */
export function currencyFromNumberFormat(format: string): string | null {
  const tag = /\[\$([^\]-]*)(?:-[^\]]*)?\]/.exec(format);
  if (tag && tag[1] !== "") return currencyFromText(tag[1]);
  return currencyFromText(format.replace(/\[[^\]]*\]/g, ""));
}
