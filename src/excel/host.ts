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
