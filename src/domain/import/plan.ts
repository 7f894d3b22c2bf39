/**
 * The import plan: where the header is, what each column is (from its header, its content, or
 * the caller's override), and how each column is read (decimal mark, day/month order) — decided
 * once from a sample, before the rows are read. The reader re-checks the decisions against all
 * values and asks for a second pass when they disagree (see engine.ts).
 */
import { cellText, filledCount, isBlankRow, isEmptyCell, type Cells } from "./cells";
import {
  countOrderEvidence,
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
  /** True when no value told the day/month order. */
  dateOrderAssumed: boolean;
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
  dmyExample: { row: number; value: string } | null;
  mdyExample: { row: number; value: string } | null;
  undecidedDateExample: string | null;
  nonPercentAboveOne: number;
  samples: string[];
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
    dmyExample: null,
    mdyExample: null,
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

function profileColumns(sample: SampleRows, start: number, width: number): ColumnProfile[] {
  const profiles = Array.from({ length: width }, emptyProfile);
  for (let r = start; r < sample.rows.length; r++) {
    const row = sample.rows[r];
    if (isBlankRow(row)) continue;
    const formats = sample.formats?.[r];
    for (let c = 0; c < width; c++) {
      const v = c < row.length ? row[c] : undefined;
      if (isEmptyCell(v)) continue;
      const p = profiles[c];
      p.nonEmpty++;
      if (p.samples.length < 5) {
        const t = cellText(v).trim();
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
        if (dateScan.evidence === ORDER_DMY && p.dmyExample === null)
          p.dmyExample = { row: rowNumber, value: v.trim() };
        else if (dateScan.evidence === ORDER_MDY && p.mdyExample === null)
          p.mdyExample = { row: rowNumber, value: v.trim() };
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

/** Builds the plan from the first rows of the source. */
export function planImport(
  sample: SampleRows,
  options: ImportOptions,
  delimiter?: string,
  forced?: PlanDecisions
): ImportPlan {
  const notes: ImportIssue[] = [];
  const headerAt = findHeaderRow(sample.rows);
  const plan: ImportPlan = {
    fatal: null,
    headerIndex: -1,
    firstDataIndex: 0,
    headers: [],
    normalizedHeaders: [],
    columns: [],
    date: -1,
    dateOrder: "dmy",
    dateOrderAssumed: false,
    dateSerial: false,
    measures: {},
    decimal: [],
    dimensions: [],
    deriveRevenue: false,
    discountPoints: false,
    localeHint: "fr",
    notes,
  };
  if (!headerAt) {
    plan.fatal = sample.rows.every(isBlankRow) ? msg.emptyFile() : msg.noHeader();
    return plan;
  }
  plan.headerIndex = headerAt.hasHeader ? headerAt.index : -1;
  plan.firstDataIndex = headerAt.hasHeader ? headerAt.index + 1 : headerAt.index;
  const headerRow = headerAt.hasHeader ? sample.rows[headerAt.index] : [];
  const dataRows = sample.rows.slice(plan.firstDataIndex);
  const width = dataWidth(headerRow.length, dataRows);
  const generic = options.lang === "en" ? "Column" : "Colonne";
  for (let c = 0; c < width; c++) {
    const raw = c < headerRow.length ? cellText(headerRow[c]).trim() : "";
    plan.headers.push(raw === "" ? `${generic} ${c + 1}` : raw);
    plan.normalizedHeaders.push(raw === "" ? "" : normalizeHeader(raw));
  }
  const profiles = profileColumns(sample, plan.firstDataIndex, width);

  // Language of the source: French exports use ";" and French headers.
  const frenchHeaders = plan.headers.some((h) =>
    /[éèêàùçô]|\b(ht|qte|qté|cout|coût|montant|quantite|quantité|client|magasin|famille|remise)\b/i.test(
      h
    )
  );
  plan.localeHint = delimiter === ";" || frenchHeaders ? "fr" : "en";

  // 1. Roles from overrides, headers, content.
  const roles: ColumnRole[] = [];
  const kinds: (DimensionKind | undefined)[] = [];
  const detectedBy: ColumnInfo["detectedBy"][] = [];
  for (let c = 0; c < width; c++) {
    const header = plan.headers[c];
    const p = profiles[c];
    const override = overrideFor(options.roles, header);
    const kindOverride = overrideFor(options.dimensionKinds, header);
    if (override !== undefined) {
      roles.push(override);
      kinds.push(
        override === "dimension" ? (kindOverride ?? dimensionKindFromHeader(header)) : undefined
      );
      detectedBy.push("override");
      continue;
    }
    const fromHeader =
      headerAt.hasHeader && !isGenericHeader(header) ? roleFromHeader(header) : null;
    const mostlyText = p.nonEmpty >= 3 && (p.numbers + p.dates) / p.nonEmpty < 0.5;
    if (
      fromHeader &&
      fromHeader.role !== "dimension" &&
      fromHeader.role !== "ignore" &&
      mostlyText
    ) {
      // "Vente" holding "oui"/"non", "Jour" holding "lundi": the content wins.
      notes.push(
        note(
          null,
          header,
          "role-from-content",
          "info",
          msg.headerRoleDemoted(roleLabels(fromHeader.role))
        )
      );
      roles.push("dimension");
      kinds.push("other");
      detectedBy.push("content");
      continue;
    }
    if (fromHeader) {
      roles.push(fromHeader.role);
      kinds.push(
        fromHeader.role === "dimension"
          ? (kindOverride ?? fromHeader.dimensionKind ?? "other")
          : undefined
      );
      detectedBy.push("header");
      continue;
    }
    if (p.nonEmpty === 0) {
      roles.push("ignore");
      kinds.push(undefined);
      detectedBy.push("none");
    } else if (p.dates / p.nonEmpty >= 0.8) {
      roles.push("date");
      kinds.push(undefined);
      detectedBy.push("content");
    } else if (p.numbers / p.nonEmpty >= 0.8) {
      roles.push("ignore"); // numeric, role decided below
      kinds.push(undefined);
      detectedBy.push("none");
    } else {
      roles.push("dimension");
      kinds.push(kindOverride ?? "other");
      detectedBy.push("content");
    }
  }

  // 2. One column per single role: override first, then header, then content; HT before TTC.
  const rank = (c: number): number => {
    const by = detectedBy[c] === "override" ? 0 : detectedBy[c] === "header" ? 1 : 2;
    const ttc = / ttc\b|^ttc\b/.test(plan.normalizedHeaders[c]) ? 1 : 0;
    return by * 10 + ttc;
  };
  for (const role of SINGLE_ROLES) {
    const holders = roles.map((r, c) => (r === role ? c : -1)).filter((c) => c >= 0);
    if (holders.length <= 1) continue;
    holders.sort((a, b) => rank(a) - rank(b) || a - b);
    for (const c of holders.slice(1)) {
      roles[c] = "ignore";
      if (detectedBy[c] === "content") detectedBy[c] = "none";
      notes.push(
        note(
          null,
          plan.headers[c],
          "duplicate-role",
          "info",
          msg.duplicateRole(roleLabels(role), plan.headers[holders[0]])
        )
      );
    }
  }

  // 3. Revenue: given, derived from quantity × unit price, or the only numeric column left.
  const has = (role: ColumnRole): boolean => roles.includes(role);
  const unassignedNumeric = (): number[] =>
    roles
      .map((r, c) =>
        r === "ignore" &&
        detectedBy[c] === "none" &&
        profiles[c].nonEmpty > 0 &&
        profiles[c].numbers / profiles[c].nonEmpty >= 0.8
          ? c
          : -1
      )
      .filter((c) => c >= 0);
  if (!has("revenue") && !(has("quantity") && has("unitPrice"))) {
    const candidates = unassignedNumeric();
    if (candidates.length === 1) {
      roles[candidates[0]] = "revenue";
      detectedBy[candidates[0]] = "content";
      notes.push(
        note(
          null,
          plan.headers[candidates[0]],
          "role-from-content",
          "warning",
          msg.contentRole(roleLabels("revenue"))
        )
      );
    }
  }
  for (const c of unassignedNumeric()) {
    notes.push(note(null, plan.headers[c], "column-unused", "info", msg.numericColumnUnused()));
  }
  plan.deriveRevenue = !has("revenue") && has("quantity") && has("unitPrice");

  for (let c = 0; c < width; c++) {
    const role = roles[c];
    const info: ColumnInfo = {
      index: c,
      header: plan.headers[c],
      role,
      detectedBy: detectedBy[c],
      samples: profiles[c].samples,
    };
    if (role === "dimension") info.dimensionKind = kinds[c] ?? "other";
    plan.columns.push(info);
    if (role === "date") plan.date = c;
    else if (role === "dimension") plan.dimensions.push(c);
    else if (role !== "ignore") plan.measures[role] = c;
  }

  if (plan.date < 0) {
    plan.fatal = msg.noDate(plan.headers);
    return plan;
  }
  if (plan.measures.revenue === undefined && !plan.deriveRevenue) {
    plan.fatal = msg.noAmount(plan.headers);
    return plan;
  }

  // 4. Decimal mark per measure column: its own evidence, else the file's, else the locale's.
  const fileVotes: DecimalVotes = { dot: 0, comma: 0 };
  for (const p of profiles) {
    fileVotes.dot += p.votes.dot;
    fileVotes.comma += p.votes.comma;
  }
  const fileMark = decideDecimalMark(fileVotes, plan.localeHint === "fr" ? "," : ".");
  for (let c = 0; c < width; c++) {
    const p = profiles[c];
    const forcedMark = forced?.decimal[c] ?? null;
    const mark = forcedMark ?? decideDecimalMark(p.votes, fileMark);
    plan.decimal.push(mark);
    const role = roles[c];
    if (role === "date" || role === "dimension" || role === "ignore") continue;
    plan.columns[c].decimalMark = mark;
    if (p.votes.dot > 0 && p.votes.comma > 0) {
      notes.push(
        note(
          null,
          plan.headers[c],
          "mixed-decimal-marks",
          "warning",
          msg.mixedDecimalMarks(mark, p.votes.dot, p.votes.comma)
        )
      );
    } else if (p.votes.dot === 0 && p.votes.comma === 0 && p.ambiguousExample !== null) {
      notes.push(
        note(
          null,
          plan.headers[c],
          "decimal-mark-assumed",
          "info",
          msg.decimalMarkAssumed(mark, p.ambiguousExample)
        )
      );
    }
  }

  // 5. Day/month order of the date column.
  const dp = profiles[plan.date];
  // Serial numbers (date-formatted or not) outnumber dates written as text or Date objects.
  plan.dateSerial = dp.numbers + dp.dateFormatted > dp.dates - dp.dateFormatted;
  if (plan.dateSerial) {
    plan.columns[plan.date].dateOrder = "serial";
  } else {
    const decided =
      options.dateOrder ??
      forced?.dateOrder ??
      decideDateOrder(dp.orderVotes, plan.localeHint === "fr" ? "dmy" : "mdy");
    if (decided === "conflict") {
      const a = dp.dmyExample!;
      const b = dp.mdyExample!;
      plan.fatal = msg.dateOrderConflict(plan.headers[plan.date], a.row, a.value, b.row, b.value);
      return plan;
    }
    plan.dateOrder = decided;
    plan.dateOrderAssumed =
      !options.dateOrder &&
      dp.orderVotes.dmy === 0 &&
      dp.orderVotes.mdy === 0 &&
      dp.undecidedDateExample !== null;
    plan.columns[plan.date].dateOrder = decided;
    if (plan.dateOrderAssumed) {
      notes.push(
        note(
          null,
          plan.headers[plan.date],
          "date-order-assumed",
          "info",
          msg.dateOrderAssumed(decided, dp.undecidedDateExample!)
        )
      );
    }
  }

  // 6. Discounts written as 10 for 10 %.
  const discountCol = plan.measures.discount;
  plan.discountPoints =
    forced?.discountPoints ??
    (discountCol !== undefined && profiles[discountCol].nonPercentAboveOne > 0);
  return plan;
}
