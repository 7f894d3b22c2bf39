/** Collections (worksheets, tables, columns, names, charts...): `items` after load, getCount, getItem(OrNullObject), getItemAt. */
import { simError } from "../errors";
import {
  ACTION_OVERHEAD_BYTES,
  parseLoadOption,
  SimClientResult,
  SimContextLike,
  SimObject,
} from "./base";

type ItemClass<I extends SimObject> = {
  boundTo(ctx: SimContextLike, target: unknown): I;
  prototype: I;
};

type LoadTree = Map<string, LoadTree | true>;

export abstract class SimCollection<I extends SimObject, M> extends SimObject {
  static override entity = "Collection";
  private _items: I[] | undefined;

  /** Model objects of the collection, in order, at execution time. */
  protected abstract _entities(): M[];
  protected abstract _itemClass(): ItemClass<I>;
  /** Finds an item by key (name or id), case-insensitive as Excel. */
  protected abstract _find(key: string): M | undefined;
  protected _api(): string {
    return "1.1";
  }

  get items(): I[] {
    if (this._items === undefined)
      throw simError(
        "PropertyNotLoaded",
        `${this.entityName}.items`,
        `The property 'items' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    return this._items;
  }

  override load(option?: unknown): this {
    const { tree, top, skip } = parseLoadOption(option);
    let itemTree: LoadTree | null = null;
    if (tree) {
      itemTree = new Map();
      for (const [k, v] of tree) {
        if (k === "items") {
          if (v !== true) for (const [kk, vv] of v) itemTree.set(kk, vv);
        } else itemTree.set(k, v);
      }
      if (itemTree.size === 0) itemTree = null;
    }
    const cls = this._itemClass();
    this.context._enqueue({
      label: `${this.entityName}.load`,
      api: this._api(),
      bytes: ACTION_OVERHEAD_BYTES,
      cells: 0,
      run: () => {
        const me = this._t<unknown>();
        const pending = this.context._pending();
        if (me === null) {
          pending.apply.push(() => {
            this._isNull = true;
          });
          return;
        }
        let ents = this._entities();
        if (skip) ents = ents.slice(skip);
        if (top !== undefined) ents = ents.slice(0, top);
        const items = ents.map((e) => cls.boundTo(this.context, e));
        for (const it of items) {
          if (itemTree === null) {
            it._captureNow(it._scalarNames());
            continue;
          }
          const scalars: string[] = [];
          for (const [name, sub] of itemTree) {
            if (sub === true && it._hasProp(name)) scalars.push(name);
            else if (sub === true && name === "isNullObject") continue;
            else {
              const child = (it as unknown as Record<string, unknown>)[name];
              if (!(child instanceof SimObject))
                throw simError(
                  "InvalidArgument",
                  `${it.entityName}.load`,
                  `The property '${name}' does not exist on ${it.entityName}.`
                );
              child._captureNow(sub === true ? child._scalarNames() : [...sub.keys()]);
            }
          }
          it._captureNow(scalars);
        }
        pending.apply.push(() => {
          this._items = items;
          this._isNull = false;
        });
      },
    });
    return this;
  }

  getCount(): SimClientResult<number> {
    return this._callResult("getCount", this._api(), [], () => this._entities().length);
  }

  /** Excel's getItem: ItemNotFound at sync when missing. */
  protected _getItem(key: string, nullable: boolean, api?: string): I {
    const Cls = this._itemClass() as unknown as new (
      ctx: SimContextLike,
      binder: () => unknown,
      eager: boolean,
      api?: string,
      label?: string
    ) => I;
    return new Cls(
      this.context,
      () => {
        this._t();
        const found = this._find(String(key));
        if (!found && !nullable) throw simError("ItemNotFound", `${this.entityName}.getItem`);
        return found ?? null;
      },
      true,
      api ?? this._api(),
      `${this.entityName}.getItem${nullable ? "OrNullObject" : ""}`
    );
  }

  getItemAt(index: number): I {
    const Cls = this._itemClass() as unknown as new (
      ctx: SimContextLike,
      binder: () => unknown,
      eager: boolean,
      api?: string,
      label?: string
    ) => I;
    return new Cls(
      this.context,
      () => {
        const ents = this._entities();
        if (index < 0 || index >= ents.length)
          throw simError("InvalidArgument", `${this.entityName}.getItemAt`);
        return ents[index];
      },
      true,
      this._api(),
      `${this.entityName}.getItemAt`
    );
  }

  /** A proxy created by an `add` method: bound when its action runs. */
  protected _added(label: string, api: string, make: () => M, cells = 0): I {
    const Cls = this._itemClass() as unknown as new (
      ctx: SimContextLike,
      binder: () => unknown,
      eager: boolean,
      api?: string,
      label?: string
    ) => I;
    void cells;
    return new Cls(
      this.context,
      () => {
        const me = this._t<unknown>();
        if (me === null) return null;
        return make();
      },
      true,
      api,
      label
    );
  }
}
