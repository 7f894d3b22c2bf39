/** The import worker: reads one source per message and posts the records back (buffers moved). */
import { runImport } from "./importer";
import { transferables, type ImportRequest, type ImportResponse } from "./protocol";

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async (event) => {
  const { id } = event.data;
  try {
    const result = await runImport(event.data);
    scope.postMessage({ id, type: "done", result }, transferables(result));
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    scope.postMessage({ id, type: "error", name: e.name, message: e.message });
  }
};
