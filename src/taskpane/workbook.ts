/**
 * `WorkbookApi` over `src/excel` for one host (office.js in Excel, the simulator in the preview).
 * Every workbook read and write of the pane goes through here, and from here only through `src/excel`.
 */
import type { ExcelHost } from "../excel/host";
import type { WorkbookApi } from "./wiring";
import { LocalizedError } from "./wiring";

export function excelWorkbookApi(host: ExcelHost): WorkbookApi {
  void host;
  // src/excel (dashboard builder) has not landed yet: the pane reports it plainly instead of failing silently.
  const pending = () =>
    new LocalizedError({
      fr: "La génération dans le classeur n’est pas encore disponible dans cette version.",
      en: "Building in the workbook is not available in this version yet.",
    });
  return {
    listSources: async () => [],
    readSource: async () => {
      throw pending();
    },
    dashboardInfo: async () => ({ exists: false, tracking: [] }),
    build: async () => {
      throw pending();
    },
    selectCell: async () => {
      throw pending();
    },
  };
}
