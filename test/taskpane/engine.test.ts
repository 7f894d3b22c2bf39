import type { ImportResult } from "../../src/domain/import/types";
import { bestEngine, inlineEngine, workerEngine } from "../../src/taskpane/engine/engine";
import type { ImportRequest, ImportSource } from "../../src/taskpane/engine/protocol";
import { transferables } from "../../src/taskpane/engine/protocol";
import { isAbortError } from "../../src/taskpane/services";

const source: ImportSource = { kind: "bytes", bytes: new ArrayBuffer(4), fileName: "a.csv" };
const result = { ok: true, source: { file: "a.csv" } } as unknown as ImportResult;

/** A stand-in for a Web Worker: records what it is sent, answers when told. */
class FakeWorker {
  static made: FakeWorker[] = [];
  sent: ImportRequest[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: ImportRequest) {
    this.sent.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault: () => undefined } as unknown as ErrorEvent);
  }
}

const create = () => new FakeWorker() as unknown as Worker;

beforeEach(() => {
  FakeWorker.made = [];
});

test("a request goes to the worker with its source and roles; the answer comes back", async () => {
  const engine = workerEngine(create);
  const pending = engine.run(source, { Montant: "revenue" }, new AbortController().signal);
  const worker = FakeWorker.made[0];
  expect(worker.sent).toEqual([{ id: 1, source, roles: { Montant: "revenue" } }]);
  worker.reply({ id: 1, type: "done", result });
  await expect(pending).resolves.toBe(result);
});

test("an error inside the worker keeps its name and message", async () => {
  const engine = workerEngine(create);
  const pending = engine.run(source, {}, new AbortController().signal);
  FakeWorker.made[0].reply({ id: 1, type: "error", name: "RangeError", message: "too big" });
  await expect(pending).rejects.toMatchObject({ name: "RangeError", message: "too big" });
});

test("cancel terminates the busy worker for real; the next read starts a new one", async () => {
  const engine = workerEngine(create);
  const controller = new AbortController();
  const pending = engine.run(source, {}, controller.signal);
  controller.abort();
  const error = await pending.catch((e: unknown) => e);
  expect(isAbortError(error)).toBe(true);
  expect(FakeWorker.made[0].terminated).toBe(true);
  const again = engine.run(source, {}, new AbortController().signal);
  expect(FakeWorker.made).toHaveLength(2);
  FakeWorker.made[1].reply({ id: 2, type: "done", result });
  await expect(again).resolves.toBe(result);
});

test("a worker that cannot run: the import runs inline from then on", async () => {
  const inline = jest.fn(async () => result);
  const engine = bestEngine(create, async () => inline);
  const pending = engine.run(source, {}, new AbortController().signal);
  FakeWorker.made[0].fail("blocked by the host");
  await expect(pending).resolves.toBe(result);
  await engine.run(source, {}, new AbortController().signal);
  expect(inline).toHaveBeenCalledTimes(2);
  expect(FakeWorker.made).toHaveLength(1);
});

test("inline engine: cancelled before it starts, it does not run", async () => {
  const run = jest.fn(async () => result);
  const controller = new AbortController();
  controller.abort();
  const error = await inlineEngine(async () => run)
    .run(source, {}, controller.signal)
    .catch((e: unknown) => e);
  expect(isAbortError(error)).toBe(true);
  expect(run).not.toHaveBeenCalled();
});

test("the records' buffers are moved from the worker, each once", () => {
  const shared = new ArrayBuffer(16);
  const table = {
    date: new Int32Array(4),
    sourceRow: new Int32Array(4),
    measures: { revenue: new Float64Array(4), cost: new Float64Array(shared) },
    dimensions: [{ codes: new Int32Array(shared, 0, 2) }],
  };
  const buffers = transferables({ table } as unknown as ImportResult);
  expect(buffers).toHaveLength(4);
  expect(new Set(buffers).size).toBe(4);
  expect(transferables({ table: null } as unknown as ImportResult)).toEqual([]);
});
