/**
 * Public API of the import: files and cell grids → typed records + validation report.
 * Pure: no Office, no DOM, no Node. exceljs is loaded only when an .xlsx is read.
 */
export type * from "./types";
export { importCsv, importCsvText } from "./csv";
export { importGrid, type CellGrid } from "./grid";
export { importXlsx, listXlsxSheets, isZip } from "./xlsx";
export { importBytes } from "./bytes";
export {
  decodeText,
  detectEncoding,
  hasUtf8Bom,
  looksBinary,
  type TextEncodingName,
} from "./encoding";
export { detectDelimiter, DELIMITERS, type Delimiter } from "./delimiter";
export {
  parseNumber,
  decideDecimalMark,
  currencyFromText,
  type DecimalMark,
  type ParsedNumber,
} from "./numbers";
export {
  parseDate,
  decideDateOrder,
  daysFromCivil,
  civilFromDays,
  dayToIso,
  dayToMonthKey,
  dayFromDate,
  excelSerialToDay,
  dayToExcelSerial,
  isDateNumberFormat,
  type DateOrder,
} from "./dates";
export { normalizeHeader, roleFromHeader, dimensionKindFromHeader } from "./headers";
export { isTotalLabel } from "./rows";
export { ExactAccumulator, roundTo, sumExact, sumExactByKey } from "./exact";
export {
  ROLE_CHOICES,
  DIMENSION_KIND_CHOICES,
  MEASURE_ROLES,
  roleLabel,
  roleLabels,
  dimensionKindLabel,
  rolesByHeader,
  withRoleOverride,
  roleMapOf,
} from "./roles";
