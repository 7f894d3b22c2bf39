/** The import engine of the pane: a Web Worker (bundled by webpack as its own chunk), inline as a fallback. */
import { bestEngine, type ImportEngine } from "./engine";

export function createImportEngine(): ImportEngine {
  return bestEngine(
    typeof Worker === "undefined"
      ? null
      : () => new Worker(new URL("./import.worker.ts", import.meta.url)),
    async () => (await import(/* webpackChunkName: "import-inline" */ "./importer")).runImport
  );
}
