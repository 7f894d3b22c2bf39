/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import { act } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { inlineEngine } from "../../src/taskpane/engine/engine";
import { runImport } from "../../src/taskpane/engine/importer";
import type { PaneEnvironment } from "../../src/taskpane/environment";
import { createPaneServices } from "../../src/taskpane/wiring";
import { excelWorkbookApi } from "../../src/taskpane/workbook";
import { createSimulatedExcel } from "../../src/workbook-sim";
import { mountEachTest, until } from "./mount";

/*
 * The pane's currency option defaults to "automatic": no currency is passed, so the commentary
 * applies its own rule as the command line does. The bundled sample is a French Excel export
 * (`;`, decimal comma, Windows-1252) without any currency symbol: its amounts are euros even when
 * the pane and the workbook are in English. Real import, real Excel layer on the simulator.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no TextDecoder/TextEncoder (browsers and workers have them): the import and the
// workbook simulator use them.
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;
(globalThis as { TextEncoder?: unknown }).TextEncoder ??= NodeTextEncoder;

const SAMPLE = path.resolve(__dirname, "../../assets/samples/ventes-exemple.csv");
const enEnv: PaneEnvironment = { lang: "en", locale: "en-US", theme: "light" };

const dom = mountEachTest();

/** Reads and builds the sample with the pane; `pick`: a currency chosen before building. */
async function buildSample(env: PaneEnvironment, pick?: string) {
  const sim = createSimulatedExcel({ displayLanguage: env.locale });
  const services = createPaneServices(
    inlineEngine(async () => runImport),
    excelWorkbookApi(sim)
  );
  await act(async () => {
    dom.root.render(
      <FluentProvider theme={webLightTheme}>
        <App services={services} env={env} />
      </FluentProvider>
    );
  });
  const input = dom.container.querySelector<HTMLInputElement>("[data-testid=file-input]")!;
  const bytes = readFileSync(SAMPLE);
  const file = new File([bytes], "ventes-exemple.csv", { type: "text/csv" });
  // jsdom's File has no arrayBuffer(): give it the bytes as the browser would.
  Object.defineProperty(file, "arrayBuffer", {
    value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  });
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  const build = () => dom.container.querySelector<HTMLButtonElement>("[data-testid=build]")!;
  await until(dom, () => /4,870 rows read, 4,870 imported/.test(dom.container.textContent ?? ""));
  const currency = dom.container.querySelector<HTMLSelectElement>("[data-testid=currency]")!;
  if (pick) {
    await act(async () => {
      currency.value = pick;
      currency.dispatchEvent(new Event("change", { bubbles: true }));
    });
  }
  await act(async () => build().click());
  await until(
    dom,
    () => (dom.container.querySelector("[data-testid=commentary]")?.textContent ?? "") !== ""
  );
  return {
    commentary: dom.container.querySelector("[data-testid=commentary]")!.textContent ?? "",
    currency,
  };
}

test("English UI, French sample, automatic currency: the commentary is in euros", async () => {
  const { commentary, currency } = await buildSample(enEnv);
  expect(currency.value).toBe("");
  // Year-to-date revenue of the sample to October 2026: 538,954.25 (README, analysis report).
  expect(commentary).toContain("€538,954");
  expect(commentary).not.toContain("$");
  // After the build, "automatic" says what it gave.
  expect(currency.selectedOptions[0].textContent).toBe("Automatic: Euro (€)");
});

test("a currency the user picks still wins over the data", async () => {
  const { commentary, currency } = await buildSample(enEnv, "USD");
  expect(currency.value).toBe("USD");
  expect(commentary).toContain("$538,954");
  expect(commentary).not.toContain("€");
  // Automatic was not used: its label does not claim a result.
  expect(currency.options[0].textContent).toBe("Automatic (from the data)");
});
