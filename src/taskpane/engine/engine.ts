/**
 * Runs the import off the main thread so that a large file never freezes the pane.
 *
 * Why a Web Worker rather than chunked work on the main thread: the import (decoding, CSV parsing
 * with papaparse, number and date scanning over up to 1,048,576 rows) is one synchronous pass
 * owned by the import module; slicing it into chunks would mean changing its code and still
 * blocking the pane between yields. A worker keeps the pane responsive throughout, and Cancel
 * really stops the work (the worker is terminated). Where no worker can start (tests in jsdom,
 * a webview that refuses it), the same import runs inline after yielding once to paint.
 */
import type { ColumnRole, ImportOptions, ImportResult } from "../../domain/import/types";
import { abortError } from "../services";
import type { ImportRequest, ImportResponse, ImportSource } from "./protocol";

export interface ImportEngine {
  run(
    source: ImportSource,
    roles: Record<string, ColumnRole>,
    signal: AbortSignal,
    /** Order of ambiguous dates chosen by the user; none: decided from the data. */
    dateOrder?: ImportOptions["dateOrder"]
  ): Promise<ImportResult>;
}

/** Errors raised in the worker keep their name (WorkerError when the worker itself failed). */
function workerError(name: string, message: string): Error {
  const err = new Error(message);
  err.name = name;
  return err;
}

/** One worker, created on first use; terminated (and re-created later) when a task is cancelled. */
export function workerEngine(createWorker: () => Worker): ImportEngine {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (r: ImportResult) => void; reject: (e: Error) => void }
  >();

  const failAll = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };

  const ensure = (): Worker => {
    if (worker) return worker;
    const w = createWorker();
    w.onmessage = (event: MessageEvent<ImportResponse>) => {
      const msg = event.data;
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.type === "done") p.resolve(msg.result);
      else p.reject(workerError(msg.name, msg.message));
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      failAll(workerError("WorkerError", event.message || "worker failed"));
      w.terminate();
      if (worker === w) worker = null;
    };
    worker = w;
    return w;
  };

  return {
    run(source, roles, signal, dateOrder) {
      if (signal.aborted) return Promise.reject(abortError());
      const id = nextId++;
      const w = ensure();
      return new Promise<ImportResult>((resolve, reject) => {
        const onAbort = () => {
          // Stop the work for real: the worker is busy with this task and cannot be interrupted.
          pending.delete(id);
          w.terminate();
          if (worker === w) worker = null;
          failAll(abortError());
          reject(abortError());
        };
        signal.addEventListener("abort", onAbort, { once: true });
        pending.set(id, {
          resolve: (r) => {
            signal.removeEventListener("abort", onAbort);
            resolve(r);
          },
          reject: (e) => {
            signal.removeEventListener("abort", onAbort);
            reject(e);
          },
        });
        const request: ImportRequest = { id, source, roles, dateOrder };
        // The pane keeps its copy of the bytes (for a later re-import with other roles): copy, don't transfer.
        w.postMessage(request);
      });
    },
  };
}

/** Same import on the main thread, after letting the browser paint the progress indicator. */
export function inlineEngine(
  load: () => Promise<(req: Omit<ImportRequest, "id">) => Promise<ImportResult>>
): ImportEngine {
  return {
    async run(source, roles, signal, dateOrder) {
      await new Promise((r) => setTimeout(r, 0));
      if (signal.aborted) throw abortError();
      const runImport = await load();
      const result = await runImport({ source, roles, dateOrder });
      if (signal.aborted) throw abortError();
      return result;
    },
  };
}

/** A worker when the platform gives one, the inline engine otherwise. */
export function bestEngine(
  createWorker: (() => Worker) | null,
  load: () => Promise<(req: Omit<ImportRequest, "id">) => Promise<ImportResult>>
): ImportEngine {
  if (!createWorker) return inlineEngine(load);
  const viaWorker = workerEngine(createWorker);
  const inline = inlineEngine(load);
  let workerBroken = false;
  return {
    async run(source, roles, signal, dateOrder) {
      if (workerBroken) return inline.run(source, roles, signal, dateOrder);
      try {
        return await viaWorker.run(source, roles, signal, dateOrder);
      } catch (err) {
        // A worker that cannot start (blocked by the host) fails with WorkerError: fall back for good.
        if (err instanceof Error && err.name === "WorkerError") {
          workerBroken = true;
          return inline.run(source, roles, signal, dateOrder);
        }
        throw err;
      }
    },
  };
}
