/** @jest-environment jsdom */
import { act } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Analysis } from "../../src/domain/analysis/types";
import type { Commentary } from "../../src/domain/commentary/types";
import type { ColumnInfo, ColumnRole, ImportResult } from "../../src/domain/import/types";
import { App } from "../../src/taskpane/components/App";
import type { PaneEnvironment } from "../../src/taskpane/environment";
import type {
  BuildOutcome,
  BuildRequest,
  PaneServices,
  TaskContext,
} from "../../src/taskpane/services";
import { abortError } from "../../src/taskpane/services";
import type { Handler } from "../../src/taskpane/components/handlers";
import { mountEachTest } from "./mount";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NBSP = "\u00a0";

/** An import of a 3-column file; `roles` overrides change the detected roles, as the import does. */
function fakeImport(overrides: Record<string, ColumnRole> = {}): ImportResult {
  const detected: [string, ColumnRole, string[]][] = [
    ["Date", "date", ["06/01/2024", "07/01/2024"]],
    ["Région", "dimension", ["Ouest", "Est"]],
    ["Montant HT", "revenue", ["1 234,56", "99,00"]],
  ];
  const columns: ColumnInfo[] = detected.map(([header, role, samples], index) => ({
    index,
    header,
    role: overrides[header] ?? role,
    detectedBy: overrides[header] ? "override" : "header",
    samples,
    ...(role === "dimension" ? { dimensionKind: "region" as const } : {}),
  }));
  const roleOf = (r: ColumnRole) => columns.find((c) => c.role === r)?.header ?? null;
  return {
    ok: roleOf("date") !== null && roleOf("revenue") !== null,
    table: null,
    source: {
      file: "ventes.csv",
      format: "csv",
      encoding: "windows-1252",
      delimiter: ";",
      rowsRead: 12,
      rowsImported: 10,
      rowsRejected: 2,
    },
    columns,
    roles: {
      date: roleOf("date"),
      revenue: roleOf("revenue"),
      cost: null,
      profit: null,
      quantity: null,
      unitPrice: null,
      discount: null,
      target: null,
      dimensions: columns.filter((c) => c.role === "dimension").map((c) => c.header),
    },
    derived: [],
    issues: [
      {
        row: 5,
        column: "Date",
        value: "31/02/2024",
        severity: "error",
        code: "bad-date",
        message: { fr: "date impossible", en: "impossible date" },
      },
      {
        row: 9,
        column: "Montant HT",
        value: "abc",
        severity: "error",
        code: "bad-number",
        message: { fr: "montant illisible", en: "unreadable amount" },
      },
      {
        row: 13,
        column: null,
        value: null,
        severity: "info",
        code: "total-line",
        message: { fr: "ligne de total ignorée", en: "total line skipped" },
      },
    ],
    reconciliation: [],
    totals: { revenue: 1333.56, cost: null, margin: null, quantity: null },
    fatal: null,
  };
}

const commentary: Commentary = {
  lang: "fr",
  text: "Le CA HT atteint 1\u202f333,56\u00a0€. Janvier est le mois le plus fort.",
  sentences: [
    {
      text: "Le CA HT atteint 1\u202f333,56\u00a0€.",
      insight: "total",
      figures: {},
      anchor: { table: "tracking", month: "total", column: "revenue" },
    },
    {
      text: "Janvier est le mois le plus fort.",
      insight: "outstandingFirst",
      figures: {},
      anchor: null,
    },
  ],
};

function outcome(result: ImportResult): BuildOutcome {
  return {
    import: result,
    analysis: { currency: "EUR", insights: [] } as unknown as Analysis,
    commentary,
    sentenceCells: ["'Suivi mensuel'!B15", null],
    currency: "EUR",
    sheets: ["Données", "TCD", "Suivi mensuel", "Graphiques", "Commentaire"],
    messages: [
      {
        fr: "Une de vos feuilles s’appelait déjà « Données » : le tableau de bord utilise « Données (2) ».",
        en: "One of your sheets was already called “Data”: the dashboard uses “Data (2)”.",
      },
    ],
    dashboard: {
      exists: true,
      tracking: [
        {
          key: "revenue",
          header: "CA HT",
          formula: "=SUMIFS(Ventes[CA HT],Ventes[Mois],[@Mois])",
          address: "'Suivi mensuel'!B3",
        },
        {
          key: null,
          header: "Évolution N/N-1",
          formula: '=IFERROR(([@[CA HT]]-[@[CA N-1]])/[@[CA N-1]],"")',
          address: "'Suivi mensuel'!E3",
        },
      ],
    },
  };
}

interface Fake extends PaneServices {
  calls: { method: string; args: unknown[] }[];
  /** Resolves the pending build (tests drive stages by hand). */
  pendingBuild: {
    ctx: TaskContext;
    resolve: Handler<BuildOutcome>;
    reject: Handler<unknown>;
  } | null;
}

function fakeServices(): Fake {
  const fake: Fake = {
    calls: [],
    pendingBuild: null,
    async readFile(file, roles) {
      fake.calls.push({ method: "readFile", args: [file.name, roles] });
      return fakeImport(roles);
    },
    async readWorkbook(source, roles) {
      fake.calls.push({ method: "readWorkbook", args: [source, roles] });
      return fakeImport(roles);
    },
    async reimport(roles) {
      fake.calls.push({ method: "reimport", args: [roles] });
      return fakeImport(roles);
    },
    async listSources() {
      return [{ id: "t1", kind: "table", name: "Ventes2024", sheet: "Feuil1", rowCount: 120 }];
    },
    async dashboardInfo() {
      return { exists: false, tracking: [] };
    },
    build(request: BuildRequest, ctx: TaskContext) {
      fake.calls.push({ method: "build", args: [request] });
      return new Promise<BuildOutcome>((resolve, reject) => {
        fake.pendingBuild = { ctx, resolve, reject };
        ctx.signal.addEventListener("abort", () => reject(abortError()));
      });
    },
    async selectCell(address) {
      fake.calls.push({ method: "selectCell", args: [address] });
    },
  };
  return fake;
}

const frEnv: PaneEnvironment = { lang: "fr", locale: "fr-FR", theme: "light" };

const dom = mountEachTest();

async function renderApp(services: PaneServices, env = frEnv) {
  await act(async () => {
    dom.root.render(
      <FluentProvider theme={webLightTheme}>
        <App services={services} env={env} />
      </FluentProvider>
    );
  });
}

const q = <T extends Element = HTMLElement>(sel: string) =>
  dom.container.querySelector<T & HTMLElement>(sel);
const text = () => dom.container.textContent ?? "";
const buildButton = () => q<HTMLButtonElement>("[data-testid=build]")!;
const byText = (tag: string, t: string) =>
  [...dom.container.querySelectorAll<HTMLElement>(tag)].find((e) => e.textContent === t) ?? null;

async function chooseFile(name = "ventes.csv") {
  const input = q<HTMLInputElement>("[data-testid=file-input]")!;
  const file = new File(["Date;Région;Montant HT\n"], name, { type: "text/csv" });
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

test("before any source: French headings, and the primary button says why it waits", async () => {
  await renderApp(fakeServices());
  const headings = [...dom.container.querySelectorAll("h2")].map((h) => h.textContent);
  expect(headings).toEqual([
    "1. Source des données",
    "2. Colonnes",
    "3. Options",
    "4. Génération",
    "5. Résultat",
  ]);
  expect(buildButton().textContent).toBe("Générer le tableau de bord");
  expect(buildButton().disabled).toBe(true);
  expect(text()).toContain("Choisissez d’abord une source de données (étape 1).");
});

test("a picked file is read, its columns shown with their roles, the rejected rows listed, focus on step 2", async () => {
  const services = fakeServices();
  await renderApp(services);
  await chooseFile();
  expect(services.calls[0]).toEqual({ method: "readFile", args: ["ventes.csv", {}] });
  expect(q("[data-testid=rows-summary]")!.textContent).toBe(
    "12 lignes lues, 10 importées, 2 rejetées."
  );
  const roles = [
    ...dom.container.querySelectorAll<HTMLSelectElement>("[data-testid=columns] select"),
  ].map((s) => s.value);
  expect(roles).toEqual(["date", "dimension", "revenue"]);
  expect(q("[data-testid=rejected]")!.textContent).toContain(
    `Ligne 5, colonne «${NBSP}Date${NBSP}»${NBSP}: date impossible`
  );
  expect(q("[data-testid=warnings]")!.textContent).toContain("ligne de total ignorée");
  expect(document.activeElement?.textContent).toBe("2. Colonnes");
  expect(buildButton().disabled).toBe(false);
});

test("changing a role re-imports with the override; without a date nothing can be built", async () => {
  const services = fakeServices();
  await renderApp(services);
  await chooseFile();
  const dateSelect = dom.container.querySelector<HTMLSelectElement>("[data-column=Date] select")!;
  await act(async () => {
    dateSelect.value = "ignore";
    dateSelect.dispatchEvent(new Event("change", { bubbles: true }));
  });
  expect(services.calls.at(-1)).toEqual({ method: "reimport", args: [{ Date: "ignore" }] });
  expect(q("[data-testid=missing-columns]")!.textContent).toContain(
    "Indiquez quelle colonne contient la date"
  );
  expect(buildButton().disabled).toBe(true);
  expect(text()).toContain("Complétez d’abord les colonnes (étape 2).");
});

test("build: stage and progress shown, focus on Cancel; cancelling says so and gives focus back", async () => {
  const services = fakeServices();
  await renderApp(services);
  await chooseFile();
  await act(async () => buildButton().click());
  expect(document.activeElement?.textContent).toBe("Annuler");
  await act(async () => services.pendingBuild!.ctx.onProgress("charts"));
  expect(text()).toContain(`Étape 6 sur 7${NBSP}: Graphiques…`);
  expect(dom.container.querySelector("[role=progressbar]")).not.toBeNull();
  await act(async () => q<HTMLButtonElement>("[data-testid=cancel]")!.click());
  expect(services.pendingBuild!.ctx.signal.aborted).toBe(true);
  expect(text()).toContain("Génération annulée.");
  expect(document.activeElement).toBe(buildButton());
});

test("build options reach the services: language, length, currency, monthly targets", async () => {
  const services = fakeServices();
  await renderApp(services);
  await chooseFile();
  const radio = [...dom.container.querySelectorAll<HTMLInputElement>("input[type=radio]")].find(
    (r) => r.value === "monthly"
  )!;
  await act(async () => radio.click());
  const area = dom.container.querySelector<HTMLTextAreaElement>("textarea")!;
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
    setter.call(area, "2024-01 ; 12 500\n2024-02\t13 000,50");
    area.dispatchEvent(new Event("input", { bubbles: true }));
  });
  expect(text()).toContain("2 mois lus.");
  const en = [...dom.container.querySelectorAll<HTMLInputElement>("input[type=radio]")].find(
    (r) => r.value === "en"
  )!;
  await act(async () => en.click());
  const length = [...dom.container.querySelectorAll<HTMLSelectElement>("select")].find((x) =>
    [...x.options].some((o) => o.value === "short")
  )!;
  await act(async () => {
    length.value = "short";
    length.dispatchEvent(new Event("change", { bubbles: true }));
  });
  const currency = q<HTMLSelectElement>("[data-testid=currency]")!;
  expect(currency.value).toBe("");
  expect(currency.selectedOptions[0].textContent).toBe("Automatique (d’après les données)");
  await act(async () => {
    currency.value = "GBP";
    currency.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await act(async () => buildButton().click());
  const request = services.calls.find((c) => c.method === "build")!.args[0] as BuildRequest;
  expect(request.options).toEqual({
    lang: "en",
    mainDimension: undefined,
    secondDimension: undefined,
    targets: { kind: "monthly", monthly: { "2024-01": 12500, "2024-02": 13000.5 } },
    commentarySentences: 4,
    currency: "GBP",
  });
  expect(request.rereadSource).toBeNull();
});

test("result: commentary sentences select their cell, the button now says Actualiser, trainer mode shows French formulas", async () => {
  const services = fakeServices();
  await renderApp(services);
  await chooseFile();
  await act(async () => buildButton().click());
  await act(async () => services.pendingBuild!.resolve(outcome(fakeImport())));
  expect(document.activeElement?.textContent).toBe("5. Résultat");
  expect(buildButton().textContent).toBe("Actualiser le tableau de bord");
  expect(q("[data-testid=build-message]")!.textContent).toContain("le tableau de bord utilise");
  const sentences = [...dom.container.querySelectorAll<HTMLElement>("[data-testid=sentence]")];
  expect(sentences.map((s) => s.textContent)).toEqual(commentary.sentences.map((s) => s.text));
  // Only the sentence with a cell is a button.
  expect(sentences[0].tagName).toBe("BUTTON");
  expect(sentences[1].tagName).toBe("SPAN");
  // The amount is one unbreakable figure inside the sentence.
  expect([...sentences[0].querySelectorAll("[data-figure]")].map((f) => f.textContent)).toEqual([
    "1\u202f333,56\u00a0€",
  ]);
  await act(async () => sentences[0].click());
  expect(services.calls.at(-1)).toEqual({ method: "selectCell", args: ["'Suivi mensuel'!B15"] });

  const trainer = dom.container.querySelector<HTMLInputElement>(
    "[data-testid=trainer-switch] input, input[role=switch]"
  )!;
  await act(async () => trainer.click());
  const formulas = [...dom.container.querySelectorAll("[data-testid=trainer] code")].map(
    (c) => c.textContent
  );
  expect(formulas).toEqual([
    "=SOMME.SI.ENS(Ventes[CA HT];Ventes[Mois];[@Mois])",
    '=SIERREUR(([@[CA HT]]-[@[CA N-1]])/[@[CA N-1]];"")',
  ]);
  // It may wrap after a separator, never inside a table reference.
  const code = dom.container.querySelector("[data-testid=trainer] code")!;
  expect(code.querySelectorAll("wbr")).toHaveLength(3);
  expect([...code.querySelectorAll("span")].map((x) => x.textContent)).toEqual([
    "Ventes[CA HT]",
    "Ventes[Mois]",
    "[@Mois]",
  ]);
  // The column without a key is recognised by its header.
  expect(q("[data-testid=trainer]")!.textContent).toContain("jamais d’erreur de division par zéro");
  await act(async () => byText("button", "Sélectionner la cellule")!.click());
  expect(services.calls.at(-1)).toEqual({ method: "selectCell", args: ["'Suivi mensuel'!B3"] });
});

test("an Office error becomes a plain message with what to do, and takes the focus", async () => {
  const services = fakeServices();
  await renderApp(services);
  await chooseFile();
  await act(async () => buildButton().click());
  await act(async () =>
    services.pendingBuild!.reject(
      Object.assign(new Error("The workbook is protected."), { code: "AccessDenied" })
    )
  );
  const alert = dom.container.querySelector<HTMLElement>("[role=alert]")!;
  expect(alert.textContent).toContain("La génération n’a pas abouti");
  expect(alert.textContent).toContain("Ôtez la protection (onglet Révision)");
  expect(alert.textContent).toContain("AccessDenied: The workbook is protected.");
  expect(alert.contains(document.activeElement)).toBe(true);
});

test("a file of another type is refused with a message, without calling the import", async () => {
  const services = fakeServices();
  await renderApp(services);
  await chooseFile("photo.png");
  expect(services.calls).toHaveLength(0);
  expect(text()).toContain(`Le fichier «${NBSP}photo.png${NBSP}» n’est pas un fichier CSV`);
});

test("English UI when Office is in English", async () => {
  await renderApp(fakeServices(), { lang: "en", locale: "en-US", theme: "light" });
  expect(buildButton().textContent).toBe("Build the dashboard");
  expect([...dom.container.querySelectorAll("h2")].map((h) => h.textContent)[0]).toBe(
    "1. Data source"
  );
});

test("a file dropped on the pane is read like a picked one", async () => {
  const services = fakeServices();
  await renderApp(services);
  const zone = q("[data-testid=drop-zone]")!;
  const file = new File(["Date;Montant\n"], "export-mars.csv", { type: "text/csv" });
  await act(async () => {
    const over = new Event("dragover", { bubbles: true, cancelable: true });
    Object.defineProperty(over, "dataTransfer", { value: { files: [] } });
    zone.dispatchEvent(over);
  });
  expect(zone.textContent).toContain("Relâchez pour lire ce fichier.");
  await act(async () => {
    const drop = new Event("drop", { bubbles: true, cancelable: true });
    Object.defineProperty(drop, "dataTransfer", { value: { files: [file] } });
    zone.dispatchEvent(drop);
  });
  expect(services.calls[0]).toEqual({ method: "readFile", args: ["export-mars.csv", {}] });
  expect(q("[data-testid=chosen-file]")!.textContent).toContain("export-mars.csv");
});
