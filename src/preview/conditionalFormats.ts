/**
 * What conditional formats change on each cell of a sheet, from the simulator's evaluation
 * (`sim.workbook.conditionalFormats(sheet)`): font colour, fill, colour scales and icon sets.
 */
import type { SimulatedExcel } from "../workbook-sim";

export interface CellOverlay {
  fill?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  icon?: { symbol: string; color: string; label: string };
  /** Data bar length, -1..1. */
  bar?: number;
}

interface SimEffect {
  address: string;
  fontColor?: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  icon?: { style: string; index: number };
  scaleColor?: string;
  bar?: number;
}

interface SimFormat {
  priority: number;
  stopIfTrue?: boolean;
  effects: SimEffect[];
}

/** Icons of Excel's three-icon sets, lowest first (dark enough to read on white). */
const ICONS: Record<string, { symbol: string; color: string }[]> = {
  arrows: [
    { symbol: "↓", color: "#C00000" },
    { symbol: "→", color: "#8A6100" },
    { symbol: "↑", color: "#00703C" },
  ],
  triangles: [
    { symbol: "▼", color: "#C00000" },
    { symbol: "▬", color: "#8A6100" },
    { symbol: "▲", color: "#00703C" },
  ],
  lights: [
    { symbol: "●", color: "#C00000" },
    { symbol: "●", color: "#8A6100" },
    { symbol: "●", color: "#00703C" },
  ],
};

export function iconFor(style: string, index: number): { symbol: string; color: string } {
  const set = /Triangle/i.test(style)
    ? ICONS.triangles
    : /Arrow/i.test(style)
      ? ICONS.arrows
      : ICONS.lights;
  return set[Math.max(0, Math.min(set.length - 1, index))];
}

function position(address: string): string | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return `${Number(m[2]) - 1},${col - 1}`;
}

/** Overlays by "row,col" (0-based); the format of highest priority wins where two set the same thing. */
export function cellOverlays(sim: SimulatedExcel, sheet: string): Map<string, CellOverlay> {
  const formats = (sim.workbook.conditionalFormats(sheet) as unknown as SimFormat[])
    .slice()
    .sort((a, b) => b.priority - a.priority);
  const out = new Map<string, CellOverlay>();
  for (const f of formats) {
    for (const e of f.effects) {
      const key = position(e.address);
      if (!key) continue;
      const o = out.get(key) ?? {};
      if (e.fill) o.fill = e.fill;
      if (e.scaleColor) o.fill = e.scaleColor;
      if (e.fontColor) o.color = e.fontColor;
      if (e.bold) o.bold = true;
      if (e.italic) o.italic = true;
      if (e.icon)
        o.icon = {
          ...iconFor(e.icon.style, e.icon.index),
          label: `${e.icon.style} ${e.icon.index}`,
        };
      if (e.bar !== undefined) o.bar = e.bar;
      out.set(key, o);
    }
  }
  return out;
}
