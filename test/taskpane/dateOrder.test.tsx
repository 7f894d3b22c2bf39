/** @jest-environment jsdom */
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
 * A date column that mixes day/month (13/01/2025) and month/day (01/13/2025) is fatal for the
 * import: nothing is read until the order is known. The pane lists the conflicting dates and lets
 * the user choose the order, then imports the same file again with it. Real import, inline.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;
(globalThis as { TextEncoder?: unknown }).TextEncoder ??= NodeTextEncoder;

const NBSP = "\u00a0";

// Hand-computed: 4 rows; revenue 100,50 + 200,00 + 50,00 + 10,25 = 360,75.
// Read day/month: January 300,50 (13/01 and 01/13, the latter readable only month/day), February
// 50,00 (05/02), March 10,25 (20/03).
const MIXED = [
  "Date;Client;Montant HT",
  "13/01/2025;Durand;100,50",
  "01/13/2025;Martin;200,00",
  "05/02/2025;Durand;50,00",
  "20/03/2025;Petit;10,25",
].join("\n");

const OTHER = ["Date;Client;Montant HT", "15/01/2025;Durand;80,00", "16/02/2025;Martin;20,00"].join(
  "\n"
);

const frEnv: PaneEnvironment = { lang: "fr", locale: "fr-FR", theme: "light" };
const enEnv: PaneEnvironment = { lang: "en", locale: "en-US", theme: "light" };

let sim: ReturnType<typeof createSimulatedExcel>;
const dom = mountEachTest();

const text = () => dom.container.textContent ?? "";

async function renderPane(env: PaneEnvironment) {
  sim = createSimulatedExcel({ displayLanguage: env.locale });
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
}

async function pickFile(name: string, content: string) {
  const input = dom.container.querySelector<HTMLInputElement>("[data-testid=file-input]")!;
  const bytes = new TextEncoder().encode(content);
  const file = new File([bytes], name, { type: "text/csv" });
  // jsdom's File has no arrayBuffer(): give it the bytes as the browser would.
  Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

const build = () => dom.container.querySelector<HTMLButtonElement>("[data-testid=build]")!;
const choice = () => dom.container.querySelector<HTMLElement>("[data-testid=date-order-choice]");
const radio = (order: "dmy" | "mdy") =>
  choice()!.querySelector<HTMLInputElement>(`input[type=radio][value=${order}]`)!;
const summary = () => dom.container.querySelector("[data-testid=rows-summary]")!.textContent ?? "";
const reconciliation = () =>
  dom.container.querySelector("[data-testid=columns] ~ details")?.textContent ?? "";

async function choose(order: "dmy" | "mdy") {
  await act(async () => radio(order).click());
}

test("French pane: the conflicting dates are listed with the choice; day/month imports them", async () => {
  await renderPane(frEnv);
  await pickFile("ventes-mixtes.csv", MIXED);
  await until(dom, () => /4 lignes lues, 0 importée/.test(summary()));

  // The conflict: each date that fixes an order, with its row, column and value.
  const conflicts = dom.container.querySelector("[data-testid=date-conflicts]")!;
  expect(conflicts.textContent).toContain("Dates en conflit (3)");
  const items = [...conflicts.querySelectorAll("li")].map((li) => li.textContent ?? "");
  expect(items).toHaveLength(3);
  expect(items[0]).toMatch(/^Ligne 2.*«\u00a0Date\u00a0».*«\u00a013\/01\/2025\u00a0»/);
  expect(items[1]).toMatch(/^Ligne 3.*«\u00a001\/13\/2025\u00a0»/);
  expect(items[2]).toMatch(/^Ligne 5.*«\u00a020\/03\/2025\u00a0»/);
  // Not counted as rejected rows: no row was read at all.
  expect(dom.container.querySelector("[data-testid=rejected]")).toBeNull();

  // The choice: a labelled radio group, nothing chosen yet, with the hint.
  const group = choice()!;
  expect(group.getAttribute("role")).toBe("radiogroup");
  const labelId = group.getAttribute("aria-labelledby")!;
  expect(document.getElementById(labelId)?.textContent).toBe("Ordre des dates");
  const labelOf = (input: HTMLInputElement) =>
    dom.container.querySelector(`label[for="${input.id}"]`)?.textContent;
  expect(labelOf(radio("dmy"))).toBe("jour/mois (31/01/2025)");
  expect(labelOf(radio("mdy"))).toBe("mois/jour (01/31/2025)");
  expect(radio("dmy").checked).toBe(false);
  expect(radio("mdy").checked).toBe(false);
  expect(dom.container.querySelector("[data-testid=date-order]")!.textContent).toContain(
    `Choisissez celui du fichier${NBSP}: les dates ambiguës`
  );
  // Nothing can be built.
  expect(build().disabled).toBe(true);
  expect(text()).toContain("Complétez d’abord les colonnes (étape 2).");

  await choose("dmy");
  await until(dom, () => /4 lignes lues, 4 importées, 0 rejetée/.test(summary()));
  expect(radio("dmy").checked).toBe(true);
  expect(dom.container.querySelector("[data-testid=date-conflicts]")).toBeNull();
  // The one date readable only month/day is read so and reported.
  const warnings = dom.container.querySelector("[data-testid=warnings]")!.textContent ?? "";
  expect(warnings).toContain("Ligne 3");
  expect(warnings).toContain("01/13/2025");
  expect(reconciliation()).toContain("360,75");
  expect(reconciliation()).toContain("Les totaux concordent avec la source.");
  // The options recall the order, and the build can start.
  expect(dom.container.querySelector("[data-testid=date-order-chosen]")!.textContent).toBe(
    `Ordre des dates${NBSP}: jour/mois (31/01/2025) (choisi à l’étape 2)`
  );
  expect(build().disabled).toBe(false);

  // Built: the data sheet holds the dates read day/month (Excel serials: 2025-01-13 = 45670,
  // 2025-02-05 = 45693, 2025-03-20 = 45736) and the amounts.
  await act(async () => build().click());
  await until(
    dom,
    () => (dom.container.querySelector("[data-testid=commentary]")?.textContent ?? "") !== ""
  );
  const values = await sim.Excel.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem("Données").getUsedRange();
    range.load("values");
    await ctx.sync();
    return range.values;
  });
  const rows = values.slice(1).map((r) => [r[0], r[2]]);
  expect(rows).toEqual([
    [45670, 100.5],
    [45670, 200],
    [45693, 50],
    [45736, 10.25],
  ]);
});

test("the order is kept across role changes and reset by another file", async () => {
  await renderPane(enEnv);
  await pickFile("mixed.csv", MIXED);
  await until(dom, () => /4 rows read, 0 imported/.test(summary()));
  expect(choice()!.textContent).toContain("day/month (31/01/2025)");
  await choose("mdy");
  await until(dom, () => /4 rows read, 4 imported/.test(summary()));
  expect(radio("mdy").checked).toBe(true);
  // Month/day: 13/01 and 20/03 are the dates read against the order.
  const warned = () => dom.container.querySelector("[data-testid=warnings]")?.textContent ?? "";
  expect(warned()).toContain("13/01/2025");
  expect(warned()).toContain("20/03/2025");

  // A role change re-imports with the same order: still imported, still month/day.
  const client = dom.container.querySelector<HTMLSelectElement>('[data-column="Client"] select')!;
  await act(async () => {
    client.value = "ignore";
    client.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await until(dom, () => client.value === "ignore" && !text().includes("Reading"));
  expect(summary()).toMatch(/4 rows read, 4 imported/);
  expect(radio("mdy").checked).toBe(true);
  expect(warned()).toContain("20/03/2025");
  expect(dom.container.querySelector("[data-testid=date-order-chosen]")!.textContent).toBe(
    "Date order: month/day (01/31/2025) (chosen in step 2)"
  );
  expect(build().disabled).toBe(false);

  // Another file: the choice is gone, the import decides again.
  await pickFile("other.csv", OTHER);
  await until(dom, () => /2 rows read, 2 imported/.test(summary()));
  expect(choice()).toBeNull();
  expect(dom.container.querySelector("[data-testid=date-order-chosen]")).toBeNull();
});
