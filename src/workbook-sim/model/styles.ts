/** Cell styles, interned: each cell stores a small integer; identical styles share one record (as Excel's xf table). */

export interface FontStyle {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  name?: string;
  underline?: string;
  strikethrough?: boolean;
}

export interface BorderStyle {
  style?: string;
  color?: string;
  weight?: string;
}

export interface CellStyle {
  /** Excel number format code in English (invariant) form; undefined means "General". */
  numberFormat?: string;
  font?: FontStyle;
  /** Fill colour as "#RRGGBB"; undefined means no fill. */
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  borders?: Record<string, BorderStyle>;
  /** The cell's text was entered with a leading apostrophe (OOXML `quotePrefix`). */
  quotePrefix?: boolean;
}

export type StylePatch = Partial<Omit<CellStyle, "font" | "borders">> & {
  font?: Partial<FontStyle>;
  borders?: Record<string, Partial<BorderStyle> | null>;
};

function stableKey(o: unknown): string {
  if (o === null || typeof o !== "object") return JSON.stringify(o) ?? "u";
  const keys = Object.keys(o as Record<string, unknown>)
    .filter((k) => (o as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${k}:${stableKey((o as Record<string, unknown>)[k])}`).join(",")}}`;
}

export const DEFAULT_FONT: Required<Pick<FontStyle, "name" | "size" | "color">> = {
  name: "Aptos Narrow",
  size: 11,
  color: "#000000",
};

export class StylePool {
  private styles: CellStyle[] = [{}];
  private keys = new Map<string, number>([["{}", 0]]);
  private derived = new Map<string, number>();

  get(id: number): CellStyle {
    return this.styles[id] ?? this.styles[0];
  }

  intern(style: CellStyle): number {
    const key = stableKey(style);
    let id = this.keys.get(key);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(style);
      this.keys.set(key, id);
    }
    return id;
  }

  /** The id of style `id` with `patch` applied (cached: applying one patch to a million cells costs one merge). */
  derive(id: number, patch: StylePatch, patchKey?: string): number {
    const pk = patchKey ?? stableKey(patch);
    const cacheKey = `${id}|${pk}`;
    const hit = this.derived.get(cacheKey);
    if (hit !== undefined) return hit;
    const base = this.get(id);
    const next: CellStyle = { ...base };
    for (const [k, v] of Object.entries(patch)) {
      if (k === "font") {
        next.font = { ...(base.font ?? {}), ...(v as FontStyle) };
      } else if (k === "borders") {
        const b = { ...(base.borders ?? {}) };
        for (const [side, val] of Object.entries(
          v as Record<string, Partial<BorderStyle> | null>
        )) {
          if (val === null) delete b[side];
          else b[side] = { ...(b[side] ?? {}), ...val };
        }
        next.borders = b;
      } else if (v === undefined) {
        delete (next as Record<string, unknown>)[k];
      } else {
        (next as Record<string, unknown>)[k] = v;
      }
    }
    if (next.numberFormat === "General") delete next.numberFormat;
    const out = this.intern(next);
    this.derived.set(cacheKey, out);
    return out;
  }

  static keyOf(patch: StylePatch): string {
    return stableKey(patch);
  }
}
