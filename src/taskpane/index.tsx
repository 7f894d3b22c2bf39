/**
 * Task pane entry (inside Excel). Renders as soon as office.js is ready: nothing heavy at start
 * (the import worker and exceljs load on first use).
 */
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { officeHost } from "../excel/host";
import { PaneRoot } from "./components/PaneRoot";
import { createImportEngine } from "./engine/create";
import { officeEnvironment, watchEnvironment, type PaneEnvironment } from "./environment";
import type { PaneServices } from "./services";
import { excelWorkbookApi, noWorkbookApi } from "./workbook";
import { createPaneServices } from "./wiring";

function OfficePane({ services }: { services: PaneServices }) {
  const [env, setEnv] = useState<PaneEnvironment>(() => officeEnvironment(Office, window));
  useEffect(
    () => watchEnvironment(Office, window, () => setEnv(officeEnvironment(Office, window))),
    []
  );
  useEffect(() => {
    document.documentElement.lang = env.locale;
  }, [env.locale]);
  return <PaneRoot services={services} env={env} />;
}

Office.onReady((info) => {
  // Opened outside Excel (a browser, another Office app): the pane still shows and says so when used.
  const inExcel =
    typeof Excel !== "undefined" && (info?.host === Office.HostType.Excel || info?.host == null);
  const workbook = inExcel ? excelWorkbookApi(officeHost()) : noWorkbookApi();
  const services = createPaneServices(createImportEngine(), workbook);
  createRoot(document.getElementById("root") as HTMLElement).render(
    <OfficePane services={services} />
  );
});
