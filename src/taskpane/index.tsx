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
import { excelWorkbookApi } from "./workbook";
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

Office.onReady(() => {
  const services = createPaneServices(createImportEngine(), excelWorkbookApi(officeHost()));
  createRoot(document.getElementById("root") as HTMLElement).render(
    <OfficePane services={services} />
  );
});
