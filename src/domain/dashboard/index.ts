/** The dashboard plan: what the add-in puts in the workbook, as data. */
export * from "./types";
export { buildPlan, PlanError, TRACKING_HEADER_ROW, type BuildPlanInput } from "./plan";
export { defaultNames, resolveNames, isValidSheetName, isValidTableName } from "./names";
export { safeText, typedText, cleanHeader } from "./safe-text";
export { MAX_DATA_ROWS } from "./sales-table";
export { columnLetters, cellAddress, rangeAddress, parseCell, sheetRef } from "./a1";
export { excelSerial, monthSerial } from "./tracking";
export { TRACKING_HEADERS, type TrackingKey } from "./labels";
