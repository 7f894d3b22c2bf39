/**
 * The import plan: where the header is, what each column is (from its header, its content, or
 * the caller's override), and how each column is read (decimal mark, day/month order) — decided
 * once from a sample, before the rows are read. The reader re-checks the decisions against all
 * values and asks for a second pass when they disagree (see engine.ts).
 */
import { cellText, filledCount, isBlankRow, isEmptyCell, type Cells } from "./cells";
import {
  countOrderEvidence,
  dayToIso,
  excelSerialToDay,
  createDateScan,
  DATE_OK,
  decideDateOrder,
  isDateNumberFormat,
  ORDER_DMY,
  ORDER_MDY,
  scanDate,
  type DateOrder,
  type DateOrderVotes,
} from "./dates";
import {
  looksFrench,
  normalizeHeader,
  roleFromHeader,
  dimensionKindFromHeader,
  isGenericHeader,
} from "./headers";
import { at, msg } from "./messages";
import {
  countEvidence,
  createNumberScan,
  decideDecimalMark,
  EVIDENCE_AMBIGUOUS,
  SCAN_OK,
  scanNumber,
  type DecimalMark,
  type DecimalVotes,
} from "./numbers";
import { roleLabels, SINGLE_ROLES } from "./roles";
import { findTotalLabel, isRepeatedHeader } from "./rows";
import type {
  ColumnInfo,
  ColumnRole,
  DimensionKind,
  ImportIssue,
  ImportOptions,
  Localized,
  MeasureRole,
} from "./types";

/** Rows examined before the first rows are read for good. */
export const SAMPLE_ROWS = 2000;
/** Rows searched for the header line. */
const HEADER_SEARCH_ROWS = 30;

export interface SampleRows {
  rows: Cells[];
  rowNumbers: number[];
  /** Number formats of grid cells (Office.js `numberFormat`, exceljs `numFmt`). */
  formats?: (ArrayLike<string> | undefined)[];
}

/** Decisions taken from all the values of a first pass, imposed on the second. */
export interface PlanDecisions {
  decimal: (DecimalMark | null)[];
  dateOrder: DateOrder | null;
  discountPoints: boolean | null;
  /**
   * Measure columns empty in the sample are left out (false when a later row fills one: they
   * keep their role). Undefined = decide from the sample.
   */
  ignoreEmptyMeasures?: boolean;
}

export interface ImportPlan {
  fatal: Localized | null;
  /** Index in the sample of the header row; -1 when the data has no header row. */
  headerIndex: number;
  /** Index in the sample of the first row after the header. */
  firstDataIndex: number;
  headers: string[];
  normalizedHeaders: string[];
  columns: ColumnInfo[];
  /** Column of the date, -1 when none. */
  date: number;
  dateOrder: DateOrder;
  /** Date column holds Excel serial numbers. */
  dateSerial: boolean;
  measures: Partial<Record<MeasureRole, number>>;
  /** Decimal mark per column (measures). */
  decimal: DecimalMark[];
  dimensions: number[];
  /** Revenue computed from quantity × unit price × (1 − discount). */
  deriveRevenue: boolean;
  /** Discounts written as percentage points without `%` (10 = 10 %). */
  discountPoints: boolean;
  localeHint: "fr" | "en";
  /** Columns whose header names a measure but that hold no value in the sample: left out. */
  emptyMeasureColumns: number[];
  /** Column-level notes (roles, assumptions), added to the report. */
  notes: ImportIssue[];
}

interface ColumnProfile {
  nonEmpty: number;
  numbers: number;
  dates: number;
  typedNumbers: number;
  dateFormatted: number;
  votes: DecimalVotes;
  ambiguousExample: string | null;
  orderVotes: DateOrderVotes;
  /** First dates that can only be day/month, and only month/day (CONFLICT_EXAMPLES each). */
  dmyExamples: DateExample[];
  mdyExamples: DateExample[];
  undecidedDateExample: string | null;
  nonPercentAboveOne: number;
  samples: string[];
}

/** A date of the file and its row. */
export interface DateExample {
  row: number;
  value: string;
}

/** Dates listed, of each order, when a column mixes day/month and month/day. */
export const CONFLICT_EXAMPLES = 3;

/** Keeps the first CONFLICT_EXAMPLES dates of one order. */
export function noteDateExample(list: DateExample[], row: number, value: string): void {
  if (list.length < CONFLICT_EXAMPLES) list.push({ row, value: value.trim() });
}

/**
 * A column holding dates that can only be day/month (13/01) and others that can only be
 * month/day (01/13): each listed date is an error with its row, column and value, saying which
 * date of the other order it conflicts with.
 */
export function dateOrderConflictIssues(
  column: string,
  dmy: readonly DateExample[],
  mdy: readonly DateExample[]
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const [own, other, order] of [
    [dmy, mdy, "dmy"],
    [mdy, dmy, "mdy"],
  ] as const) {
    for (const e of own) {
      const body = msg.dateOrderConflictRow(e.value, order, other[0].row, other[0].value);
      issues.push({
        row: e.row,
        column,
        value: e.value,
        severity: "error",
        code: "date-order-conflict",
        message: at(e.row, column, body),
      });
    }
  }
  return issues.sort((a, b) => a.row! - b.row!);
}

function emptyProfile(): ColumnProfile {
  return {
    nonEmpty: 0,
    numbers: 0,
    dates: 0,
    typedNumbers: 0,
    dateFormatted: 0,
    votes: { dot: 0, comma: 0 },
    ambiguousExample: null,
    orderVotes: { dmy: 0, mdy: 0 },
    dmyExamples: [],
    mdyExamples: [],
    undecidedDateExample: null,
    nonPercentAboveOne: 0,
    samples: [],
  };
}

const numberScan = createNumberScan();
const dateScan = createDateScan();

/** True when a cell reads as a number (either decimal mark) or a date: a data cell. */
function isDataCell(value: unknown): boolean {
  if (typeof value === "number" || value instanceof Date) return true;
  if (typeof value !== "string" || value.trim() === "") return false;
  scanNumber(value, ".", numberScan);
  if (numberScan.status === SCAN_OK) return true;
  scanNumber(value, ",", numberScan);
  if (numberScan.status === SCAN_OK) return true;
  scanDate(value, "dmy", dateScan);
  return dateScan.status === DATE_OK;
}

/** Width of the data: the most frequent position of the last filled cell + 1. */
function modalWidth(rows: Cells[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let width = 0;
  for (const row of rows) {
    let last = -1;
    for (let i = row.length - 1; i >= 0; i--) {
      if (!isEmptyCell(row[i])) {
        last = i;
        break;
      }
    }
    if (last < 0) continue;
    const c = (counts.get(last + 1) ?? 0) + 1;
    counts.set(last + 1, c);
    if (c > best || (c === best && last + 1 > width)) {
      best = c;
      width = last + 1;
    }
  }
  return width;
}

/**
 * Number of columns: the header's, unless most data rows fill cells beyond it (then the data's
 * usual width). A few longer rows are errors of those rows, not new columns.
 */
function dataWidth(headerLength: number, dataRows: Cells[]): number {
  if (headerLength === 0) return modalWidth(dataRows);
  let rows = 0;
  let longer = 0;
  for (const row of dataRows) {
    if (isBlankRow(row)) continue;
    rows++;
    for (let i = row.length - 1; i >= headerLength; i--) {
      if (!isEmptyCell(row[i])) {
        longer++;
        break;
      }
    }
  }
  return longer * 2 > rows ? Math.max(headerLength, modalWidth(dataRows)) : headerLength;
}

/**
 * Finds the header row among the first rows: the first row naming at least two columns (and
 * half of the data's width) with mostly non-numeric cells. A first row made of numbers and dates
 * means the data has no header row. Returns null when neither is found.
 */
export function findHeaderRow(rows: Cells[]): { index: number; hasHeader: boolean } | null {
  const width = modalWidth(rows.slice(0, Math.min(rows.length, 200)));
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = rows[r];
    if (isBlankRow(row)) continue;
    const filled = filledCount(row);
    if (filled < 2 || filled < width * 0.5) continue;
    let data = 0;
    for (let i = 0; i < row.length; i++) if (isDataCell(row[i])) data++;
    if (data * 4 <= filled) return { index: r, hasHeader: true };
    if (data >= 2) return { index: r, hasHeader: false };
  }
  return null;
}

/** A sample as the user knows it: an Excel serial in a date-formatted cell shows as its date. */
function sampleText(value: unknown, format: string | undefined): string {
  if (typeof value === "number" && isDateNumberFormat(format)) {
    const day = excelSerialToDay(value);
    if (!Number.isNaN(day)) return dayToIso(day);
  }
  return cellText(value).trim();
}

/** True when a cell of the row holds a date (text, Date, or serial in a date-formatted cell). */
function hasDateCell(row: Cells, formats: ArrayLike<string> | undefined): boolean {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v instanceof Date) return true;
    if (typeof v === "number" && isDateNumberFormat(formats?.[c])) return true;
    if (typeof v === "string" && v.length <= 40) {
      scanDate(v, "dmy", dateScan);
      if (dateScan.status === DATE_OK) return true;
    }
  }
  return false;
}

/**
 * Rows of the sample that are not records: repeated header lines, and total or subtotal lines
 * ("Sous-total", "TOTAL GÉNÉRAL", "Total" with no date: a customer named "Total" on a dated row
 * is a record). They do not vote on what a column holds, unless that would leave no row.
 */
function nonRecordRows(
  sample: SampleRows,
  start: number,
  normalizedHeaders: readonly string[]
): Set<number> {
  const skip = new Set<number>();
  let records = 0;
  for (let r = start; r < sample.rows.length; r++) {
    const row = sample.rows[r];
    if (isBlankRow(row)) continue;
    if (
      isRepeatedHeader(row, normalizedHeaders) ||
      (findTotalLabel(row) !== null && !hasDateCell(row, sample.formats?.[r]))
    )
      skip.add(r);
    else records++;
  }
  return records > 0 ? skip : new Set();
}

/**
 * What each column holds, over the sample's records (total and repeated header lines left out:
 * two records and three total lines still make a date column).
 */
function profileColumns(
  sample: SampleRows,
  start: number,
  width: number,
  normalizedHeaders: readonly string[]
): ColumnProfile[] {
  const profiles = Array.from({ length: width }, emptyProfile);
  const skip = nonRecordRows(sample, start, normalizedHeaders);
  for (let r = start; r < sample.rows.length; r++) {
    const row = sample.rows[r];
    if (isBlankRow(row) || skip.has(r)) continue;
    const formats = sample.formats?.[r];
    for (let c = 0; c < width; c++) {
      const v = c < row.length ? row[c] : undefined;
      if (isEmptyCell(v)) continue;
      const p = profiles[c];
      p.nonEmpty++;
      if (p.samples.length < 5) {
        const t = sampleText(v, formats?.[c]);
        if (!p.samples.includes(t)) p.samples.push(t);
      }
      if (v instanceof Date) {
        p.dates++;
        continue;
      }
      if (typeof v === "number") {
        p.typedNumbers++;
        const fmt = formats?.[c];
        if (isDateNumberFormat(fmt)) {
          // An Excel serial shown as a date is a date.
          p.dates++;
          p.dateFormatted++;
          continue;
        }
        p.numbers++;
        if (Math.abs(v) > 1 && !(fmt && fmt.includes("%"))) p.nonPercentAboveOne++;
        continue;
      }
      if (typeof v !== "string") continue;
      // Number under either mark? The evidence does not depend on the mark tried first.
      let value = scanNumber(v, ".", numberScan);
      if (numberScan.status !== SCAN_OK) value = scanNumber(v, ",", numberScan);
      if (numberScan.status === SCAN_OK) {
        p.numbers++;
        countEvidence(p.votes, numberScan.evidence);
        if (numberScan.evidence === EVIDENCE_AMBIGUOUS && p.ambiguousExample === null)
          p.ambiguousExample = v.trim();
        if (!numberScan.percent && Math.abs(value) > 1) p.nonPercentAboveOne++;
        continue;
      }
      scanDate(v, "dmy", dateScan);
      if (dateScan.status === DATE_OK) {
        p.dates++;
        countOrderEvidence(p.orderVotes, dateScan.evidence);
        const rowNumber = sample.rowNumbers[r];
        if (dateScan.evidence === ORDER_DMY) noteDateExample(p.dmyExamples, rowNumber, v);
        else if (dateScan.evidence === ORDER_MDY) noteDateExample(p.mdyExamples, rowNumber, v);
        else if (p.undecidedDateExample === null && dateScan.ambiguous)
          p.undecidedDateExample = v.trim();
      }
    }
  }
  return profiles;
}

/** The override given for a header: exact text first, then without case/accents/spaces. */
function overrideFor<T>(map: Record<string, T> | undefined, header: string): T | undefined {
  if (!map) return undefined;
  if (Object.prototype.hasOwnProperty.call(map, header)) return map[header];
  const norm = normalizeHeader(header);
  for (const key of Object.keys(map)) if (normalizeHeader(key) === norm) return map[key];
  return undefined;
}

function note(
  row: number | null,
  column: string | null,
  code: string,
  severity: ImportIssue["severity"],
  body: Localized
): ImportIssue {
  return { row, column, value: null, severity, code, message: at(row, column, body) };
}

/** A column's role while the plan is being made. */
interface RoleDraft {
  role: ColumnRole;
  kind: DimensionKind | undefined;
  by: ColumnInfo["detectedBy"];
  /** A measure column left out because it holds no value. */
  emptyMeasure?: boolean;
}

/** Header of each column: the header row's text, or "Colonne N" where it is empty or absent. */
function columnHeaders(headerRow: Cells, width: number, lang: ImportOptions["lang"]): string[] {
  const generic = lang === "en" ? "Column" : "Colonne";
  return Array.from({ length: width }, (_, c) => {
    const raw = c < headerRow.length ? cellText(headerRow[c]).trim() : "";
    return raw === "" ? `${generic} ${c + 1}` : raw;
  });
}

/** Role of each column from the caller's override, else its header, else its content. */
function initialRoles(
  headers: string[],
  profiles: ColumnProfile[],
  options: ImportOptions,
  hasHeader: boolean,
  notes: ImportIssue[],
  ignoreEmpty: boolean
): RoleDraft[] {
  return headers.map((header, c) => {
    const p = profiles[c];
    const override = overrideFor(options.roles, header);
    const kindOverride = overrideFor(options.dimensionKinds, header);
    if (override !== undefined) {
      const kind =
        override === "dimension" ? (kindOverride ?? dimensionKindFromHeader(header)) : undefined;
      return { role: override, kind, by: "override" };
    }
    const fromHeader = hasHeader && !isGenericHeader(header) ? roleFromHeader(header) : null;
    if (fromHeader && fromHeader.role !== "dimension" && fromHeader.role !== "ignore") {
      // "Vente" holding "oui"/"non", "Jour" holding "lundi": the content wins.
      const mostlyText = p.nonEmpty >= 3 && (p.numbers + p.dates) / p.nonEmpty < 0.5;
      if (mostlyText) {
        const body = msg.headerRoleDemoted(roleLabels(fromHeader.role));
        notes.push(note(null, header, "role-from-content", "info", body));
        return { role: "dimension", kind: kindOverride ?? "other", by: "content" };
      }
    }
    if (fromHeader && fromHeader.role !== "dimension" && fromHeader.role !== "ignore") {
      // A measure column with no value at all ("Sales" left empty beside Qty and Unit price)
      // is absent: the measure can then be derived instead of every row being rejected.
      if (p.nonEmpty === 0 && ignoreEmpty) {
        const body = msg.emptyMeasureColumn(roleLabels(fromHeader.role));
        notes.push(note(null, header, "empty-column", "warning", body));
        return { role: "ignore", kind: undefined, by: "header", emptyMeasure: true };
      }
    }
    if (fromHeader) {
      const kind =
        fromHeader.role === "dimension"
          ? (kindOverride ?? fromHeader.dimensionKind ?? "other")
          : undefined;
      return { role: fromHeader.role, kind, by: "header" };
    }
    if (p.nonEmpty === 0) return { role: "ignore", kind: undefined, by: "none" };
    if (p.dates / p.nonEmpty >= 0.8) return { role: "date", kind: undefined, by: "content" };
    // Numbers: unused unless they are the only candidate for the revenue (settleRevenue).
    if (p.numbers / p.nonEmpty >= 0.8) return { role: "ignore", kind: undefined, by: "none" };
    return { role: "dimension", kind: kindOverride ?? "other", by: "content" };
  });
}

/**
 * One column per single role (date, each measure): the override first, then the header, then
 * the content, and an amount excluding tax (HT) before one including it (TTC). The others are
 * left unused, with a note saying how to use them.
 */
function keepOneColumnPerRole(drafts: RoleDraft[], headers: string[], notes: ImportIssue[]): void {
  const rank = (c: number): number => {
    const by = drafts[c].by === "override" ? 0 : drafts[c].by === "header" ? 1 : 2;
    const ttc = /(^| )ttc( |$)/.test(normalizeHeader(headers[c])) ? 1 : 0;
    return by * 10 + ttc;
  };
  for (const role of SINGLE_ROLES) {
    const holders = drafts.map((d, c) => (d.role === role ? c : -1)).filter((c) => c >= 0);
    if (holders.length <= 1) continue;
    holders.sort((a, b) => rank(a) - rank(b) || a - b);
    for (const c of holders.slice(1)) {
      drafts[c] = {
        role: "ignore",
        kind: undefined,
        by: drafts[c].by === "content" ? "none" : drafts[c].by,
      };
      const body = msg.duplicateRole(roleLabels(role), headers[holders[0]]);
      notes.push(note(null, headers[c], "duplicate-role", "info", body));
    }
  }
}

/**
 * The revenue: a column, else computed from quantity × unit price (returns true), else the only
 * numeric column left unused (reported as a guess to check). Numeric columns left unused are
 * reported too.
 */
function settleRevenue(
  drafts: RoleDraft[],
  profiles: ColumnProfile[],
  headers: string[],
  notes: ImportIssue[]
): boolean {
  const has = (role: ColumnRole): boolean => drafts.some((d) => d.role === role);
  const unusedNumeric = (): number[] =>
    drafts
      .map((d, c) => {
        const p = profiles[c];
        return d.role === "ignore" &&
          d.by === "none" &&
          p.nonEmpty > 0 &&
          p.numbers / p.nonEmpty >= 0.8
          ? c
          : -1;
      })
      .filter((c) => c >= 0);
  if (!has("revenue") && !(has("quantity") && has("unitPrice"))) {
    const candidates = unusedNumeric();
    if (candidates.length === 1) {
      drafts[candidates[0]] = { role: "revenue", kind: undefined, by: "content" };
      notes.push(
        note(
          null,
          headers[candidates[0]],
          "role-from-content",
          "warning",
          msg.contentRole(roleLabels("revenue"))
        )
      );
    }
  }
  for (const c of unusedNumeric()) {
    notes.push(note(null, headers[c], "column-unused", "info", msg.numericColumnUnused()));
  }
  return !has("revenue") && has("quantity") && has("unitPrice");
}

/** Decimal mark of every column: its own evidence, else the whole file's, else the locale's. */
function decimalMarks(
  profiles: ColumnProfile[],
  localeHint: "fr" | "en",
  forced?: PlanDecisions
): DecimalMark[] {
  const fileVotes: DecimalVotes = { dot: 0, comma: 0 };
  for (const p of profiles) {
    fileVotes.dot += p.votes.dot;
    fileVotes.comma += p.votes.comma;
  }
  const fileMark = decideDecimalMark(fileVotes, localeHint === "fr" ? "," : ".");
  return profiles.map((p, c) => forced?.decimal[c] ?? decideDecimalMark(p.votes, fileMark));
}

/** Notes on a measure column's decimal mark: mixed marks, or an assumption on ambiguous values. */
function decimalNotes(
  p: ColumnProfile,
  header: string,
  mark: DecimalMark,
  notes: ImportIssue[]
): void {
  if (p.votes.dot > 0 && p.votes.comma > 0) {
    const body = msg.mixedDecimalMarks(mark, p.votes.dot, p.votes.comma);
    notes.push(note(null, header, "mixed-decimal-marks", "warning", body));
  } else if (p.votes.dot === 0 && p.votes.comma === 0 && p.ambiguousExample !== null) {
    notes.push(
      note(
        null,
        header,
        "decimal-mark-assumed",
        "info",
        msg.decimalMarkAssumed(mark, p.ambiguousExample)
      )
    );
  }
}

/**
 * How the date column is read: Excel serial numbers, or text in a day/month order decided by
 * the caller, by a first pass over all values, or by the sample (a conflict is fatal).
 */
function dateReading(
  p: ColumnProfile,
  header: string,
  options: ImportOptions,
  localeHint: "fr" | "en",
  forced: PlanDecisions | undefined,
  notes: ImportIssue[]
): { serial: boolean; order: DateOrder; fatal: Localized | null } {
  // Serial numbers (date-formatted or not) outnumber dates written as text or Date objects.
  if (p.numbers + p.dateFormatted > p.dates - p.dateFormatted)
    return { serial: true, order: "dmy", fatal: null };
  const decided =
    options.dateOrder ??
    forced?.dateOrder ??
    decideDateOrder(p.orderVotes, localeHint === "fr" ? "dmy" : "mdy");
  if (decided === "conflict") {
    notes.push(...dateOrderConflictIssues(header, p.dmyExamples, p.mdyExamples));
    const a = p.dmyExamples[0];
    const b = p.mdyExamples[0];
    return {
      serial: false,
      order: "dmy",
      fatal: msg.dateOrderConflict(header, a.row, a.value, b.row, b.value),
    };
  }
  const assumed =
    !options.dateOrder &&
    p.orderVotes.dmy === 0 &&
    p.orderVotes.mdy === 0 &&
    p.undecidedDateExample !== null;
  if (assumed)
    notes.push(
      note(
        null,
        header,
        "date-order-assumed",
        "info",
        msg.dateOrderAssumed(decided, p.undecidedDateExample!)
      )
    );
  return { serial: false, order: decided, fatal: null };
}

/** Builds the plan from the first rows of the source. */
export function planImport(
  sample: SampleRows,
  options: ImportOptions,
  delimiter?: string,
  forced?: PlanDecisions
): ImportPlan {
  const notes: ImportIssue[] = [];
  const plan: ImportPlan = {
    fatal: null,
    headerIndex: -1,
    firstDataIndex: 0,
    headers: [],
    normalizedHeaders: [],
    columns: [],
    date: -1,
    dateOrder: "dmy",
    dateSerial: false,
    measures: {},
    decimal: [],
    dimensions: [],
    deriveRevenue: false,
    discountPoints: false,
    localeHint: "fr",
    emptyMeasureColumns: [],
    notes,
  };
  const headerAt = findHeaderRow(sample.rows);
  if (!headerAt) {
    plan.fatal = sample.rows.every(isBlankRow) ? msg.emptyFile() : msg.noHeader();
    return plan;
  }
  plan.headerIndex = headerAt.hasHeader ? headerAt.index : -1;
  plan.firstDataIndex = headerAt.hasHeader ? headerAt.index + 1 : headerAt.index;
  const headerRow = headerAt.hasHeader ? sample.rows[headerAt.index] : [];
  const width = dataWidth(headerRow.length, sample.rows.slice(plan.firstDataIndex));
  plan.headers = columnHeaders(headerRow, width, options.lang);
  plan.normalizedHeaders = plan.headers.map((h, c) =>
    c < headerRow.length && cellText(headerRow[c]).trim() !== "" ? normalizeHeader(h) : ""
  );
  const profiles = profileColumns(sample, plan.firstDataIndex, width, plan.normalizedHeaders);
  // French exports use ";" and French headers: the default for what the values do not say.
  plan.localeHint = delimiter === ";" || looksFrench(plan.headers) ? "fr" : "en";

  const drafts = initialRoles(
    plan.headers,
    profiles,
    options,
    headerAt.hasHeader,
    notes,
    forced?.ignoreEmptyMeasures ?? true
  );
  keepOneColumnPerRole(drafts, plan.headers, notes);
  plan.deriveRevenue = settleRevenue(drafts, profiles, plan.headers, notes);
  plan.decimal = decimalMarks(profiles, plan.localeHint, forced);
  drafts.forEach((d, c) => {
    const info: ColumnInfo = {
      index: c,
      header: plan.headers[c],
      role: d.role,
      detectedBy: d.by,
      samples: profiles[c].samples,
    };
    if (d.role === "dimension") info.dimensionKind = d.kind ?? "other";
    plan.columns.push(info);
    if (d.emptyMeasure) plan.emptyMeasureColumns.push(c);
    if (d.role === "date") plan.date = c;
    else if (d.role === "dimension") plan.dimensions.push(c);
    else if (d.role !== "ignore") {
      plan.measures[d.role] = c;
      info.decimalMark = plan.decimal[c];
      decimalNotes(profiles[c], plan.headers[c], plan.decimal[c], notes);
    }
  });

  if (plan.date < 0) {
    plan.fatal = msg.noDate(plan.headers);
    return plan;
  }
  if (plan.measures.revenue === undefined && !plan.deriveRevenue) {
    plan.fatal = msg.noAmount(plan.headers);
    return plan;
  }
  const reading = dateReading(
    profiles[plan.date],
    plan.headers[plan.date],
    options,
    plan.localeHint,
    forced,
    notes
  );
  if (reading.fatal) {
    plan.fatal = reading.fatal;
    return plan;
  }
  plan.dateSerial = reading.serial;
  plan.dateOrder = reading.order;
  plan.columns[plan.date].dateOrder = reading.serial ? "serial" : reading.order;

  // Discounts written as 10 for 10 %.
  const discountCol = plan.measures.discount;
  plan.discountPoints =
    forced?.discountPoints ??
    (discountCol !== undefined && profiles[discountCol].nonPercentAboveOne > 0);
  return plan;
}
