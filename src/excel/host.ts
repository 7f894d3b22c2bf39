/**
 * The Office objects the add-in's Excel code runs against. In Excel they are the globals from
 * office.js; in tests, the preview and the command line they come from `src/workbook-sim`.
 * Everything in `src/excel/` receives a host instead of touching globals, so the same code runs on both.
 */
export interface ExcelHost {
  Excel: {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
    ErrorCodes: typeof Excel.ErrorCodes;
  };
  Office: {
    context: {
      requirements: { isSetSupported(name: string, minVersion?: string): boolean };
      displayLanguage?: string;
    };
  };
}

/** The real host inside Excel (office.js loaded). */
export function officeHost(): ExcelHost {
  return { Excel, Office } as unknown as ExcelHost;
}

/** What the host can do, from its ExcelApi requirement sets. */
export function capabilitiesOf(host: ExcelHost): { pivotTables: boolean; invertColor: boolean } {
  const supported = (v: string) => host.Office.context.requirements.isSetSupported("ExcelApi", v);
  return { pivotTables: supported("1.8"), invertColor: supported("1.9") };
}
