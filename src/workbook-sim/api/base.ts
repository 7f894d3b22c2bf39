/**
 * The proxy-object machinery of office.js, reproduced: a request context with a queue of actions,
 * proxy objects whose property writes and method calls are queued until `context.sync()`, `load()`
 * of named properties whose values are only readable after the sync (else `PropertyNotLoaded`),
 * `*OrNullObject` objects with `isNullObject`, `ClientResult.value`, `untrack()`, `toJSON()`, `set()`.
 */
import { propertyNotLoaded, simError, SimOfficeError } from "../errors";
import type { SimCore } from "../core";

export interface Action {
  label: string;
  /** Minimum ExcelApi version of the member ("1.1" when unknown). */
  api: string;
  /** Approximate bytes this action adds to the request (JSON of its arguments + object path). */
  bytes: number;
  /** Cells written by this action (counters). */
  cells: number;
  run: () => void;
}

export const ACTION_OVERHEAD_BYTES = 60;

export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code > 0x7f) n += code > 0x7ff ? (code >= 0xd800 && code <= 0xdfff ? 1 : 2) : 1;
  }
  return n;
}

export function jsonBytes(v: unknown): number {
  try {
    return utf8Length(JSON.stringify(v) ?? "null");
  } catch {
    return 0;
  }
}

export interface PropSpec {
  /** Computes the property's value from the target when loaded. */
  get?: (target: never, obj: never) => unknown;
  /** Applies a written value to the target at sync. */
  set?: (target: never, value: never, obj: never) => void;
  api?: string;
  /** Excluded from a parameter-less load() (navigation-like or expensive). */
  explicitOnly?: boolean;
  /** Cells written by a write of this property (counters). */
  cells?: (value: unknown, obj: never) => number;
}

type LoadTree = Map<string, LoadTree | true>;

function addPath(tree: LoadTree, path: string): void {
  const parts = path
    .split("/")
    .map((p) => p.trim())
    .filter(Boolean);
  let node = tree;
  parts.forEach((p, i) => {
    if (i === parts.length - 1) {
      if (!node.has(p)) node.set(p, true);
      return;
    }
    let child = node.get(p);
    if (child === true || child === undefined) {
      child = new Map();
      node.set(p, child);
    }
    node = child;
  });
}

/** Normalises every form `load()` accepts into a tree of property names. */
export function parseLoadOption(option: unknown): {
  tree: LoadTree | null;
  top?: number;
  skip?: number;
} {
  if (option === undefined || option === null) return { tree: null };
  const tree: LoadTree = new Map();
  if (typeof option === "string") {
    option.split(",").forEach((p) => addPath(tree, p));
    return { tree };
  }
  if (Array.isArray(option)) {
    option.forEach((p) => addPath(tree, String(p)));
    return { tree };
  }
  if (typeof option === "object") {
    const o = option as Record<string, unknown>;
    if ("select" in o || "expand" in o || "$top" in o || "$skip" in o) {
      const list = (v: unknown) =>
        Array.isArray(v) ? v.map(String) : typeof v === "string" ? v.split(",") : [];
      list(o.select).forEach((p) => addPath(tree, p));
      list(o.expand).forEach((p) => addPath(tree, p));
      return {
        tree: tree.size ? tree : null,
        top: typeof o.$top === "number" ? o.$top : undefined,
        skip: typeof o.$skip === "number" ? o.$skip : undefined,
      };
    }
    const walk = (obj: Record<string, unknown>, prefix: string) => {
      for (const [k, v] of Object.entries(obj)) {
        if (k === "$all" && v) {
          addPath(tree, prefix ? prefix.slice(0, -1) : "");
          continue;
        }
        if (v && typeof v === "object") walk(v as Record<string, unknown>, `${prefix}${k}/`);
        else if (v) addPath(tree, `${prefix}${k}`);
      }
    };
    walk(o, "");
    return { tree };
  }
  throw simError("InvalidArgument", "load");
}

/** Values captured by load actions, applied to proxies only when the whole sync succeeds. */
export interface PendingLoads {
  apply: (() => void)[];
  responseBytes: number;
  cellsRead: number;
}

export interface SimContextLike {
  readonly core: SimCore;
  readonly _valid: boolean;
  _enqueue(action: Action): void;
  _pending(): PendingLoads;
}

type Binder = () => unknown;

/** Base of every proxy: Range, Worksheet, Table, collections, formats... */
export abstract class SimObject {
  /** Entity name used in error locations (e.g. "Range"). */
  static entity = "Object";
  static props: Record<string, PropSpec> = {};

  readonly context: SimContextLike;
  /** office.js local field values: loaded snapshots and locally set values. */
  protected _snap: Record<string, unknown> = {};
  private _boundTarget: unknown = undefined;
  private _bound = false;
  private _binder: Binder;
  private _eager: boolean;
  _isNull: boolean | undefined = undefined;
  private _navCache = new Map<string, SimObject>();

  /**
   * @param binder computes the model object this proxy stands for, at execution time
   * @param eager  bind once, in queue order, when created (getItem, getRange, add); else re-evaluated on each use (navigation)
   */
  constructor(
    context: SimContextLike,
    binder: Binder,
    eager: boolean,
    api = "1.1",
    label?: string
  ) {
    this.context = context;
    this._binder = binder;
    this._eager = eager;
    if (eager) {
      context._enqueue({
        label: label ?? `${this.entityName}.get`,
        api,
        bytes: ACTION_OVERHEAD_BYTES,
        cells: 0,
        run: () => this._bindNow(),
      });
    }
  }

  /** A proxy already bound to an existing model object (collection items after load). */
  static boundTo<T extends SimObject>(
    this: new (ctx: SimContextLike, binder: Binder, eager: boolean) => T,
    ctx: SimContextLike,
    target: unknown
  ): T {
    const o = new this(ctx, () => target, false);
    o._boundTarget = target;
    o._bound = true;
    o._eager = true;
    o._isNull = false;
    return o;
  }

  get entityName(): string {
    return (this.constructor as typeof SimObject).entity;
  }

  private _bindNow(): void {
    let t: unknown;
    try {
      t = this._binder();
    } finally {
      this._bound = true;
    }
    this._boundTarget = t;
    const isNull = t === null || t === undefined;
    this.context._pending().apply.push(() => {
      this._isNull = isNull;
    });
  }

  /** The model object, or null for a null object. Throws when the proxy was never bound. */
  _t<T>(): T | null {
    if (this._eager) {
      if (!this._bound) throw simError("InvalidObjectPath", this.entityName);
      return (this._boundTarget ?? null) as T | null;
    }
    const t = this._binder();
    return (t ?? null) as T | null;
  }

  /** The model object; a null object makes the caller's action a no-op (returns null). */
  _tOrSkip<T>(): T | null {
    return this._t<T>();
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) {
      if (!this._eager) return false;
      throw propertyNotLoaded(this.entityName, "isNullObject");
    }
    return this._isNull;
  }

  /** Reads a property as office.js does: loaded (or locally set) values only. */
  protected _read(name: string): unknown {
    if (this._isNull) return undefined;
    if (!(name in this._snap)) throw propertyNotLoaded(this.entityName, name);
    return this._snap[name];
  }

  /** Queues a property write, keeping the value locally as office.js does. */
  protected _write(name: string, value: unknown, spec: PropSpec, bytes?: number): void {
    if (!spec.set) {
      throw simError(
        "InvalidArgument",
        `${this.entityName}.${name}`,
        `The property '${name}' is read-only and it cannot be updated.`
      );
    }
    this._snap[name] = value;
    const setter = spec.set as (t: unknown, v: unknown, o: unknown) => void;
    const counter = spec.cells as ((v: unknown, o: unknown) => number) | undefined;
    const action: Action = {
      label: `${this.entityName}.${name}`,
      api: spec.api ?? "1.1",
      bytes: ACTION_OVERHEAD_BYTES + (bytes ?? jsonBytes(value)),
      cells: 0,
      run: () => {
        const t = this._t();
        if (t === null) return;
        setter(t, value, this);
        // counted once bound: a single value written to a range counts every cell
        if (counter) action.cells = counter(value, this);
      },
    };
    this.context._enqueue(action);
  }

  /** Queues a method call. `fn` runs at sync against the target (skipped for null objects). */
  protected _call(
    method: string,
    api: string,
    args: unknown[],
    fn: (target: never) => void,
    cells = 0
  ): void {
    this.context._enqueue({
      label: `${this.entityName}.${method}`,
      api,
      bytes: ACTION_OVERHEAD_BYTES + jsonBytes(args),
      cells,
      run: () => {
        const t = this._t();
        if (t === null) return;
        (fn as (t: unknown) => void)(t);
      },
    });
  }

  /** Queues a method call that returns a value (ClientResult). */
  protected _callResult<T>(
    method: string,
    api: string,
    args: unknown[],
    fn: (target: never) => T
  ): SimClientResult<T> {
    const result = new SimClientResult<T>();
    this.context._enqueue({
      label: `${this.entityName}.${method}`,
      api,
      bytes: ACTION_OVERHEAD_BYTES + jsonBytes(args),
      cells: 0,
      run: () => {
        const t = this._t();
        const v = t === null ? (null as T) : (fn as (t: unknown) => T)(t);
        const pending = this.context._pending();
        pending.responseBytes += jsonBytes(v);
        pending.apply.push(() => result._set(v));
      },
    });
    return result;
  }

  /** Navigation child, memoised (range.format is always the same proxy). */
  protected _nav<T extends SimObject>(name: string, make: () => T): T {
    let c = this._navCache.get(name) as T | undefined;
    if (!c) {
      c = make();
      this._navCache.set(name, c);
    }
    return c;
  }

  private static allProps(cls: typeof SimObject): Record<string, PropSpec> {
    const out: Record<string, PropSpec> = {};
    const chain: (typeof SimObject)[] = [];
    for (let k: typeof SimObject | null = cls; k && k !== SimObject; k = Object.getPrototypeOf(k))
      chain.unshift(k);
    for (const k of chain)
      if (Object.prototype.hasOwnProperty.call(k, "props")) Object.assign(out, k.props);
    return out;
  }

  /** A navigation property (format, font, columns...): a getter returning a child proxy. */
  _navChild(name: string): SimObject | null {
    let proto: object | null = Object.getPrototypeOf(this);
    while (proto && proto !== SimObject.prototype) {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (d?.get) {
        const v = (this as unknown as Record<string, unknown>)[name];
        return v instanceof SimObject ? v : null;
      }
      proto = Object.getPrototypeOf(proto);
    }
    return null;
  }

  _hasProp(name: string): boolean {
    return !!SimObject.allProps(this.constructor as typeof SimObject)[name]?.get;
  }

  /** Scalar property names loaded by a parameter-less load(). */
  _scalarNames(): string[] {
    const props = SimObject.allProps(this.constructor as typeof SimObject);
    return Object.keys(props).filter((k) => !props[k].explicitOnly && props[k].get);
  }

  /** Queues the capture of the requested properties (and of navigation children's). */
  load(option?: unknown): this {
    const { tree } = parseLoadOption(option);
    this._queueLoad(tree);
    return this;
  }

  _queueLoad(tree: LoadTree | null): void {
    const cls = this.constructor as typeof SimObject;
    const props = SimObject.allProps(cls);
    const scalars: string[] = [];
    if (tree === null) scalars.push(...this._scalarNames());
    else {
      for (const [name, sub] of tree) {
        const child = props[name] ? null : this._navChild(name);
        if (child) {
          child._queueLoad(sub === true ? null : sub);
        } else if (props[name]?.get) scalars.push(name);
        else if (name === "isNullObject") {
          /* always loaded */
        } else {
          throw simError(
            "InvalidArgument",
            `${cls.entity}.load`,
            `The property '${name}' does not exist on ${cls.entity}.`
          );
        }
      }
    }
    const minApi =
      scalars
        .map((s) => props[s].api ?? "1.1")
        .sort(compareVersions)
        .pop() ?? "1.1";
    this.context._enqueue({
      label: `${cls.entity}.load(${scalars.join(",")})`,
      api: minApi,
      bytes: ACTION_OVERHEAD_BYTES + scalars.join(",").length,
      cells: 0,
      run: () => this._captureNow(scalars),
    });
  }

  /** Runs at sync: computes the values now (in queue order) and stages them. */
  _captureNow(scalars: string[]): void {
    this.context.core.model.settle();
    const t = this._t();
    const pending = this.context._pending();
    if (t === null) {
      pending.apply.push(() => {
        this._isNull = true;
      });
      return;
    }
    const props = SimObject.allProps(this.constructor as typeof SimObject);
    const values: Record<string, unknown> = {};
    for (const s of scalars) {
      const v = (props[s].get as (t: unknown, o: unknown) => unknown)(t, this);
      values[s] = v;
      pending.responseBytes += jsonBytes(v) + s.length + 4;
    }
    pending.apply.push(() => {
      Object.assign(this._snap, values);
      this._isNull = false;
    });
  }

  /** Sets several properties at once (`range.set({ format: { font: { bold: true } } })`). */
  set(properties: Record<string, unknown>): void {
    const props = SimObject.allProps(this.constructor as typeof SimObject);
    for (const [k, v] of Object.entries(properties)) {
      const child = props[k] ? null : this._navChild(k);
      if (child && v && typeof v === "object" && !Array.isArray(v)) {
        child.set(v as Record<string, unknown>);
      } else {
        (this as unknown as Record<string, unknown>)[k] = v;
      }
    }
  }

  toJSON(): Record<string, unknown> {
    return { ...this._snap };
  }

  /** Accepted as in office.js (releases nothing here: the simulator holds no host memory). */
  untrack(): this {
    return this;
  }

  track(): this {
    return this;
  }
}

/** Adds office.js-style accessors for the declared props of a proxy class. */
export function defineProps(cls: typeof SimObject, props: Record<string, PropSpec>): void {
  cls.props = props;
  for (const [name, spec] of Object.entries(props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: SimObject) {
        return (this as unknown as { _read(n: string): unknown })._read(name);
      },
      set(this: SimObject, v: unknown) {
        (this as unknown as { _write(n: string, v: unknown, s: PropSpec): void })._write(
          name,
          v,
          spec
        );
      },
    });
  }
}

export class SimClientResult<T> {
  private _value: T | undefined;
  private _loaded = false;

  _set(v: T): void {
    this._value = v;
    this._loaded = true;
  }

  get value(): T {
    if (!this._loaded) {
      throw new SimOfficeError(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
        "ClientResult.value"
      );
    }
    return this._value as T;
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
