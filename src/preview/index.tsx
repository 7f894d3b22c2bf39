/**
 * Browser preview entry: office.js (served from node_modules) gets ready outside Office, then the
 * simulated workbook is created and the pane renders at once; the French sample file is fetched
 * in parallel and read as the first source. `?lang=en` and `?theme=dark|highContrast` set the start.
 */
import { createRoot } from "react-dom/client";
import type { Lang } from "../domain/import/types";
import type { ThemeKind } from "../taskpane/environment";
import { createSimulatedExcel } from "../workbook-sim";
import { stopOfficeTelemetry } from "./officeTelemetry";
import { Preview } from "./Preview";

export const SAMPLE_FILE = "ventes-exemple.csv";

async function fetchSample(): Promise<File | null> {
  try {
    const response = await fetch(`samples/${SAMPLE_FILE}`);
    if (!response.ok) return null;
    return new File([await response.blob()], SAMPLE_FILE, { type: "text/csv" });
  } catch {
    return null;
  }
}

function start() {
  stopOfficeTelemetry();
  const params = new URLSearchParams(window.location.search);
  const lang: Lang = params.get("lang") === "en" ? "en" : "fr";
  const theme = (
    ["light", "dark", "highContrast"].includes(params.get("theme") ?? "")
      ? params.get("theme")
      : "light"
  ) as ThemeKind;
  const withSample = params.get("sample") !== "none";
  performance.mark("preview-office-ready");
  const sim = createSimulatedExcel({ displayLanguage: lang === "fr" ? "fr-FR" : "en-US" });
  const root = createRoot(document.getElementById("root") as HTMLElement);
  const render = (sample: File | null) =>
    root.render(<Preview sim={sim} initialLang={lang} initialTheme={theme} sample={sample} />);
  if (!withSample) {
    render(null);
  } else {
    void fetchSample().then(render);
  }
}

Office.onReady(start);
