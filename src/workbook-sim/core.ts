/**
 * Execution of requests: one `context.sync()` sends the queued actions as one request, which is
 * checked (payload size, injected faults), then run in order against the workbook model; loaded
 * values reach the proxies only when the whole request succeeded.
 */
import { Action, compareVersions, PendingLoads } from "./api/base";
import { SimOfficeError, simError } from "./errors";
import { WorkbookModel } from "./model/workbook";

export interface SimCounters {
  /** Requests sent to the workbook: `sync()` calls with queued actions (the implicit final sync of Excel.run included). */
  syncCount: number;
  /** Every `context.sync()` call, empty ones included. */
  syncCalls: number;
  /** Bytes of each request, in order (JSON of the queued arguments + a fixed overhead per action). */
  requestBytes: number[];
  maxRequestBytes: number;
  /** Bytes of the largest response (loaded values). */
  maxResponseBytes: number;
  /** Cells written through values, formulas, table rows. */
  cellsWritten: number;
  /** Requests that failed. */
  failedSyncs: number;
  reset(): void;
}

export interface SyncFaultInfo {
  /** 1-based index of the request (counters.syncCount after it). */
  syncIndex: number;
  /** Labels of the request's actions, e.g. "Range.values", "WorksheetCollection.add". */
  actions: string[];
}

export interface ActionFaultInfo extends SyncFaultInfo {
  action: string;
  actionIndex: number;
}

interface Fault {
  at?: number;
  when?: (info: ActionFaultInfo) => boolean;
  code: string;
  message?: string;
  /** Only for `at`: how many of the request's actions run before the failure (default 0: none). */
  afterActions?: number;
  once: boolean;
  used: boolean;
}

export interface SimFaults {
  /**
   * Makes the n-th request from now fail with `code` (n = 1: the next request that reaches the
   * workbook, i.e. the next non-empty `sync()`). By default
   * none of its actions are applied (the request never reached the workbook); `afterActions: k`
   * applies the first k actions before failing, as an error raised mid-batch does in Excel.
   */
  failAtSync(n: number, code?: string, options?: { message?: string; afterActions?: number }): void;
  /** Fails the first action for which `predicate` is true; the actions before it in the request stay applied (Excel does not roll back). */
  failWhen(
    predicate: (info: ActionFaultInfo) => boolean,
    code?: string,
    options?: { message?: string; once?: boolean }
  ): void;
  clear(): void;
}

export interface SimOptions {
  apiVersion: string;
  displayLanguage: string;
  /** Request and response payload limit in bytes (Excel on the web: 5 MB); Infinity to disable. */
  payloadLimitBytes: number;
  /** Read limit: "A range is limited to 5,000,000 cells for read operations." */
  maxCellsRead: number;
}

export const FIVE_MB = 5 * 1024 * 1024;

export class SimCore {
  readonly model: WorkbookModel;
  readonly counters: SimCounters;
  private faultList: Fault[] = [];
  readonly faults: SimFaults;

  constructor(readonly options: SimOptions) {
    this.model = new WorkbookModel(options.displayLanguage);
    this.model.addSheet();
    const counters: SimCounters = {
      syncCount: 0,
      syncCalls: 0,
      requestBytes: [],
      maxRequestBytes: 0,
      maxResponseBytes: 0,
      cellsWritten: 0,
      failedSyncs: 0,
      reset() {
        counters.syncCount = 0;
        counters.syncCalls = 0;
        counters.requestBytes = [];
        counters.maxRequestBytes = 0;
        counters.maxResponseBytes = 0;
        counters.cellsWritten = 0;
        counters.failedSyncs = 0;
      },
    };
    this.counters = counters;
    const list = this.faultList;
    this.faults = {
      failAtSync: (n, code = "GeneralException", opts) => {
        list.push({
          at: counters.syncCount + n,
          code,
          message: opts?.message,
          afterActions: opts?.afterActions ?? 0,
          once: true,
          used: false,
        });
      },
      failWhen: (predicate, code = "GeneralException", opts) => {
        list.push({
          when: predicate,
          code,
          message: opts?.message,
          once: opts?.once ?? true,
          used: false,
        });
      },
      clear: () => {
        list.length = 0;
      },
    };
  }

  apiSupported(version: string): boolean {
    return compareVersions(version, this.options.apiVersion) <= 0;
  }

  /** Runs one request. Throws an OfficeExtension.Error-like SimOfficeError when it fails. */
  execute(actions: Action[], pending: PendingLoads): void {
    this.counters.syncCalls += 1;
    if (actions.length === 0) return;
    this.counters.syncCount += 1;
    const syncIndex = this.counters.syncCount;
    const bytes = actions.reduce((s, a) => s + a.bytes, 0);
    this.counters.requestBytes.push(bytes);
    this.counters.maxRequestBytes = Math.max(this.counters.maxRequestBytes, bytes);
    const labels = actions.map((a) => a.label);
    const fail = (e: SimOfficeError): never => {
      this.counters.failedSyncs += 1;
      throw e;
    };
    if (bytes > this.options.payloadLimitBytes) {
      fail(simError("RequestPayloadSizeLimitExceeded", undefined));
    }
    const atFault = this.faultList.find((f) => !f.used && f.at === syncIndex);
    if (atFault) atFault.used = true;
    const model = this.model;
    let error: SimOfficeError | null = null;
    try {
      for (let i = 0; i < actions.length; i++) {
        const a = actions[i];
        if (atFault && i === (atFault.afterActions ?? 0)) {
          error = new SimOfficeError(atFault.code, atFault.message, a.label, {
            statement: a.label,
            injected: true,
          });
          break;
        }
        const whenFault = this.faultList.find(
          (f) =>
            f.when &&
            !(f.once && f.used) &&
            f.when({ syncIndex, actions: labels, action: a.label, actionIndex: i })
        );
        if (whenFault) {
          whenFault.used = true;
          error = new SimOfficeError(whenFault.code, whenFault.message, a.label, {
            statement: a.label,
            injected: true,
          });
          break;
        }
        if (!this.apiSupported(a.api)) {
          error = new SimOfficeError("ApiNotFound", undefined, a.label, {
            statement: a.label,
            requirementSet: `ExcelApi ${a.api}`,
          });
          break;
        }
        try {
          a.run();
        } catch (e) {
          if (e instanceof SimOfficeError) {
            if (!e.debugInfo.errorLocation) e.debugInfo.errorLocation = a.label;
            e.debugInfo.statement = a.label;
            error = e;
          } else {
            error = new SimOfficeError(
              "GeneralException",
              `${(e as Error)?.message ?? e}`,
              a.label,
              { statement: a.label }
            );
          }
          break;
        }
        this.counters.cellsWritten += a.cells;
      }
      if (!error) {
        try {
          model.settle();
        } catch (e) {
          error =
            e instanceof SimOfficeError
              ? e
              : new SimOfficeError("GeneralException", String((e as Error)?.message ?? e));
        }
      }
      if (atFault && !error) {
        error = new SimOfficeError(atFault.code, atFault.message, undefined, { injected: true });
      }
    } finally {
      model.calcSuspended = false;
    }
    if (error) fail(error);
    this.counters.maxResponseBytes = Math.max(
      this.counters.maxResponseBytes,
      pending.responseBytes
    );
    if (pending.responseBytes > this.options.payloadLimitBytes)
      fail(simError("ResponsePayloadSizeLimitExceeded"));
    for (const apply of pending.apply) apply();
  }
}
