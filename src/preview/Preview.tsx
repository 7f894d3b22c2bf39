/**
 * The preview page: the add-in's task pane, unchanged, beside a simulated workbook. The pane gets
 * the simulator as its ExcelHost; every Excel.run it makes refreshes the workbook view.
 */
import { useEffect, useMemo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  Select,
  Title3,
  makeStaticStyles,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { Lang } from "../domain/import/types";
import type { ExcelHost } from "../excel/host";
import { PaneRoot } from "../taskpane/components/PaneRoot";
import { createImportEngine } from "../taskpane/engine/create";
import { fluentTheme, type PaneEnvironment, type ThemeKind } from "../taskpane/environment";
import { excelWorkbookApi } from "../taskpane/workbook";
import { createPaneServices } from "../taskpane/wiring";
import type { SimulatedExcel } from "../workbook-sim";
import { PREVIEW_STRINGS } from "./strings";
import { WorkbookView } from "./WorkbookView";
import { ViewBoundary } from "./ViewBoundary";

/** Width of Excel's task pane (desktop default, in CSS pixels). */
export const PANE_WIDTH = 360;

// An application page: only the grid and the pane scroll, never the page itself.
const usePage = makeStaticStyles({
  "html, body, #root": { margin: 0, padding: 0, height: "100%", overflow: "hidden" },
});

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  toolbar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: "#217346",
    color: "#FFFFFF",
  },
  brand: { display: "flex", flexDirection: "column", marginRight: "auto" },
  brandTitle: { color: "#FFFFFF", margin: 0 },
  brandSub: { color: "#FFFFFF" },
  control: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  label: { color: "#FFFFFF" },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  pane: {
    width: `${PANE_WIDTH}px`,
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  error: { color: "#FFFFFF", fontWeight: "bold" },
  viewError: { flexGrow: 1, padding: tokens.spacingHorizontalL },
});

/** `window.suiviPreview`: the workbook behind the preview, for scripts and browser tests. */
export interface PreviewHandle {
  sim: SimulatedExcel;
  excel: ExcelHost["Excel"];
}

/** The simulator as the pane's host, telling the view after each batch. */
export function observedHost(sim: SimulatedExcel, changed: () => void): ExcelHost {
  const run = (async (batch: Parameters<ExcelHost["Excel"]["run"]>[0]) => {
    try {
      return await sim.Excel.run(batch);
    } finally {
      changed();
    }
  }) as ExcelHost["Excel"]["run"];
  return { Excel: { ...sim.Excel, run }, Office: sim.Office };
}

export interface PreviewProps {
  sim: SimulatedExcel;
  initialLang: Lang;
  initialTheme: ThemeKind;
  sample: File | null;
}

export function Preview({ sim, initialLang, initialTheme, sample }: PreviewProps) {
  usePage();
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [theme, setTheme] = useState<ThemeKind>(initialTheme);
  const [version, setVersion] = useState(0);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const langId = useId("lang");
  const themeId = useId("theme");
  const t = PREVIEW_STRINGS[lang];

  const host = useMemo(() => observedHost(sim, () => setVersion((v) => v + 1)), [sim]);
  const services = useMemo(
    () => createPaneServices(createImportEngine(), excelWorkbookApi(host)),
    [host]
  );
  // For scripts and tests: the simulated workbook, and an Excel.run that refreshes the view.
  useEffect(() => {
    (window as unknown as { suiviPreview?: PreviewHandle }).suiviPreview = {
      sim,
      excel: host.Excel,
    };
  }, [sim, host]);
  const env: PaneEnvironment = { lang, locale: lang === "fr" ? "fr-FR" : "en-US", theme };

  const download = async () => {
    setDownloadError(null);
    try {
      const bytes = await sim.exportXlsx();
      const blob = new Blob([bytes as BlobPart], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = lang === "fr" ? "tableau-de-bord.xlsx" : "dashboard.xlsx";
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      setDownloadError(t.downloadFailed(err instanceof Error ? err.message : String(err)));
    }
  };

  return (
    <FluentProvider theme={fluentTheme(env)} lang={env.locale}>
      <div className={styles.page}>
        <header className={styles.toolbar}>
          <div className={styles.brand}>
            <Title3 as="h1" className={styles.brandTitle}>
              {t.title}
            </Title3>
            <Caption1 className={styles.brandSub}>{t.subtitle}</Caption1>
          </div>
          <div className={styles.control}>
            <label htmlFor={langId} className={styles.label}>
              <Body1 className={styles.label}>{t.officeLanguage}</Body1>
            </label>
            <Select
              id={langId}
              value={lang}
              onChange={(_, d) => setLang(d.value as Lang)}
              data-testid="office-language"
            >
              <option value="fr" lang="fr">
                Français
              </option>
              <option value="en" lang="en">
                English
              </option>
            </Select>
          </div>
          <div className={styles.control}>
            <label htmlFor={themeId} className={styles.label}>
              <Body1 className={styles.label}>{t.theme}</Body1>
            </label>
            <Select
              id={themeId}
              value={theme}
              onChange={(_, d) => setTheme(d.value as ThemeKind)}
              data-testid="office-theme"
            >
              <option value="light">{t.themes.light}</option>
              <option value="dark">{t.themes.dark}</option>
              <option value="highContrast">{t.themes.highContrast}</option>
            </Select>
          </div>
          <Button onClick={() => void download()} data-testid="download">
            {t.download}
          </Button>
          {downloadError && (
            <Body1 role="alert" className={styles.error}>
              {downloadError}
            </Body1>
          )}
        </header>
        <div className={styles.main}>
          <ViewBoundary
            resetKey={version}
            fallback={<div className={styles.viewError}>{t.emptyWorkbook}</div>}
          >
            <WorkbookView sim={sim} version={version} lang={lang} />
          </ViewBoundary>
          {/* Not a landmark itself: the pane's own <main> is the page's main landmark. */}
          <div className={styles.pane} data-testid="pane-frame">
            <ViewBoundary fallback={null}>
              <PaneRoot services={services} env={env} initialFile={sample} />
            </ViewBoundary>
          </div>
        </div>
      </div>
    </FluentProvider>
  );
}
