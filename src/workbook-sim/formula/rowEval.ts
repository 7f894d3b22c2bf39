/**
 * A fast path for the formulas of calculated columns that only use their own row (`=[@[CA HT]]-[@Coût]`,
 * `=YEAR([@Date])`, `=DATE(YEAR([@Date]),MONTH([@Date]),1)`, `=IFERROR([@Marge]/[@[CA HT]],"")`):
 * compiled once to a small JavaScript function and evaluated row by row, so that reading such a column
 * (a PivotTable cache on a million rows) does not need the whole workbook loaded into HyperFormula.
 * Anything outside this small grammar (A1 references, ranges, other functions) returns null and the
 * formula goes to HyperFormula. Results are checked against HyperFormula in test/workbook-sim.
 */
import { parseStructuredRef } from "./structured";
import { Token, tokenize } from "./tokens";

export type RowValue = number | string | boolean | null;
export interface RowError {
  error: string;
}
type V = RowValue | RowError;
export type RowFn = ((col: (name: string) => V) => V) & { refs?: string[] };

const isErr = (v: V): v is RowError => typeof v === "object" && v !== null;

function num(v: V): number | RowError {
  if (isErr(v)) return v;
  if (v === null || v === "") return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  const n = Number(v.trim());
  return v.trim() !== "" && Number.isFinite(n) ? n : { error: "#VALUE!" };
}

function str(v: V): string | RowError {
  if (isErr(v)) return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function truthy(v: V): boolean | RowError {
  if (isErr(v)) return v;
  if (typeof v === "string") return v === "" ? false : { error: "#VALUE!" };
  return !!v;
}

const EPOCH = Date.UTC(1899, 11, 30);
function toDate(serial: number): Date {
  return new Date(EPOCH + Math.floor(serial) * 86400000);
}
function toSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH) / 86400000);
}

type Node = (col: (name: string) => V) => V;

const FUNCS: Record<string, (args: Node[]) => Node | null> = {
  YEAR: (a) => (a.length === 1 ? (c) => dateOp(a[0](c), (d) => d.getUTCFullYear()) : null),
  MONTH: (a) => (a.length === 1 ? (c) => dateOp(a[0](c), (d) => d.getUTCMonth() + 1) : null),
  DAY: (a) => (a.length === 1 ? (c) => dateOp(a[0](c), (d) => d.getUTCDate()) : null),
  DATE: (a) =>
    a.length === 3
      ? (c) => {
          const [y, m, d] = a.map((f) => num(f(c)));
          if (isErr(y)) return y;
          if (isErr(m)) return m;
          if (isErr(d)) return d;
          const s = toSerial(Math.trunc(y), Math.trunc(m), Math.trunc(d));
          return s < 61 ? { error: "#NUM!" } : s;
        }
      : null,
  ABS: (a) => (a.length === 1 ? (c) => numOp(a[0](c), Math.abs) : null),
  ROUND: (a) =>
    a.length === 2
      ? (c) => {
          const x = num(a[0](c));
          const d = num(a[1](c));
          if (isErr(x)) return x;
          if (isErr(d)) return d;
          const f = 10 ** Math.trunc(d);
          // Excel rounds the 15-significant-digit value half away from zero (ROUND(2.675,2) = 2.68)
          const scaled = Number((Math.abs(x) * f).toPrecision(15));
          return (Math.sign(x) * Math.round(scaled)) / f;
        }
      : null,
  IF: (a) =>
    a.length >= 2 && a.length <= 3
      ? (c) => {
          const t = truthy(a[0](c));
          if (isErr(t)) return t;
          return t ? a[1](c) : a.length === 3 ? a[2](c) : false;
        }
      : null,
  IFERROR: (a) =>
    a.length === 2
      ? (c) => {
          const v = a[0](c);
          return isErr(v) ? a[1](c) : v;
        }
      : null,
  AND: (a) =>
    a.length >= 1
      ? (c) => {
          let out = true;
          for (const f of a) {
            const t = truthy(f(c));
            if (isErr(t)) return t;
            out = out && t;
          }
          return out;
        }
      : null,
  OR: (a) =>
    a.length >= 1
      ? (c) => {
          let out = false;
          for (const f of a) {
            const t = truthy(f(c));
            if (isErr(t)) return t;
            out = out || t;
          }
          return out;
        }
      : null,
};

function dateOp(v: V, fn: (d: Date) => number): V {
  const n = num(v);
  if (isErr(n)) return n;
  if (n < 0) return { error: "#NUM!" };
  // serials before 1900-03-01 count from 1900-01-01 = 1 (Excel's calendar has a 1900-02-29)
  return fn(n < 61 ? new Date(Date.UTC(1899, 11, 31) + Math.floor(n) * 86400000) : toDate(n));
}

function numOp(v: V, fn: (x: number) => number): V {
  const n = num(v);
  return isErr(n) ? n : fn(n);
}

/** Compiles a formula (with "=") to a row function, or null when it is outside the fast path's grammar. */
export function compileRowFormula(formula: string): RowFn | null {
  let tokens: Token[];
  try {
    tokens = tokenize(formula.slice(1)).filter((t) => t.type !== "space");
  } catch {
    return null;
  }
  let i = 0;
  const refs: string[] = [];
  const peek = () => tokens[i];
  const fail = (): never => {
    throw new Error("unsupported");
  };
  const expect = (text: string) => {
    if (peek()?.text !== text) fail();
    i++;
  };
  // precedence: comparison < & < +- < */ < unary < ^ (not supported)
  const primary = (): Node => {
    const t = peek() ?? fail();
    i++;
    if (t.type === "number") {
      const n = Number(t.text);
      return () => n;
    }
    if (t.type === "string") {
      const s = t.text.slice(1, -1).replace(/""/g, '"');
      return () => s;
    }
    if (t.type === "struct") {
      const ref = parseStructuredRef(t.text);
      if (!ref.thisRow || ref.specials.length || !ref.columns || ref.columns[0] !== ref.columns[1])
        fail();
      const name = ref.columns![0];
      refs.push(name);
      return (c) => c(name);
    }
    if (t.type === "op" && t.text === "(") {
      const e = comparison();
      expect(")");
      return e;
    }
    if (t.type === "op" && (t.text === "-" || t.text === "+")) {
      const inner = primary();
      return t.text === "-" ? (c) => numOp(inner(c), (x) => -x) : (c) => numOp(inner(c), (x) => x);
    }
    if (t.type === "ident") {
      const up = t.text.toUpperCase();
      if ((up === "TRUE" || up === "FALSE") && peek()?.text !== "(") return () => up === "TRUE";
      if (peek()?.text !== "(") fail();
      i++;
      const args: Node[] = [];
      if (peek()?.text !== ")") {
        args.push(comparison());
        while (peek()?.text === ",") {
          i++;
          args.push(comparison());
        }
      }
      expect(")");
      if (up === "TRUE" || up === "FALSE") return () => up === "TRUE";
      const make = FUNCS[up];
      const node = make ? make(args) : null;
      return node ?? fail();
    }
    return fail();
  };
  const term = (): Node => {
    let left = primary();
    while (peek()?.type === "op" && (peek().text === "*" || peek().text === "/")) {
      const op = peek().text;
      i++;
      const l = left;
      const r = primary();
      left = (c) => {
        const a = num(l(c));
        const b = num(r(c));
        if (isErr(a)) return a;
        if (isErr(b)) return b;
        if (op === "/") return b === 0 ? { error: "#DIV/0!" } : a / b;
        return a * b;
      };
    }
    return left;
  };
  const additive = (): Node => {
    let left = term();
    while (peek()?.type === "op" && (peek().text === "+" || peek().text === "-")) {
      const op = peek().text;
      i++;
      const l = left;
      const r = term();
      left = (c) => {
        const a = num(l(c));
        const b = num(r(c));
        if (isErr(a)) return a;
        if (isErr(b)) return b;
        return op === "+" ? a + b : a - b;
      };
    }
    return left;
  };
  const concat = (): Node => {
    let left = additive();
    while (peek()?.text === "&") {
      i++;
      const l = left;
      const r = additive();
      left = (c) => {
        const a = str(l(c));
        const b = str(r(c));
        if (isErr(a)) return a;
        if (isErr(b)) return b;
        return a + b;
      };
    }
    return left;
  };
  const comparison = (): Node => {
    const left = concat();
    const op = peek();
    if (op?.type === "op" && ["=", "<>", "<", ">", "<=", ">="].includes(op.text)) {
      i++;
      const right = concat();
      return (c) => {
        const a = left(c);
        const b = right(c);
        if (isErr(a)) return a;
        if (isErr(b)) return b;
        const cmp = compare(a, b);
        switch (op.text) {
          case "=":
            return cmp === 0;
          case "<>":
            return cmp !== 0;
          case "<":
            return cmp < 0;
          case ">":
            return cmp > 0;
          case "<=":
            return cmp <= 0;
          default:
            return cmp >= 0;
        }
      };
    }
    return left;
  };
  try {
    const root = comparison();
    if (i !== tokens.length) return null;
    const fn: RowFn = (col) => {
      const v = root(col);
      return v === null ? 0 : v;
    };
    fn.refs = refs;
    return fn;
  } catch {
    return null;
  }
}

/** Excel's comparison: numbers < text < booleans; text case-insensitive; blank equals 0 or "". */
function compare(a: RowValue, b: RowValue): number {
  const rank = (v: RowValue) =>
    typeof v === "number" || v === null ? 0 : typeof v === "string" ? 1 : 2;
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === "number" && typeof b === "number") return a === b ? 0 : a < b ? -1 : 1;
  if (typeof a === "string" && typeof b === "string")
    return a.localeCompare(b, undefined, { sensitivity: "accent" });
  return Number(a) - Number(b);
}

export function isRowError(v: unknown): v is RowError {
  return isErr(v as V);
}
