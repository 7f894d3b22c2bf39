/** Pieces shared by a new build and a refresh in place: the round-trip counter, PivotTable links. */
import type { CellBlock, DashboardPlan } from "../domain/dashboard/types";
import { linkCells, pivotCell } from "../domain/dashboard/commentary-sheet";
import { BuildAborted } from "./errors";

/** Counts the `context.sync()` round trips of a build and checks the cancel signal between them. */
export class Round {
  count = 0;
  constructor(private readonly signal?: AbortSignal) {}
  /** Counts the `context.sync()` that follows. */
  tick(): void {
    this.count++;
  }
  check(): void {
    if (this.signal?.aborted) throw new BuildAborted();
  }
  get aborted(): boolean {
    return !!this.signal?.aborted;
  }
}

export interface ResolvedLink {
  sentence: number;
  text: string;
  row: number;
  address: string;
  numberFormat: string;
  figure?: boolean;
  note?: string;
}

/** The figure and link cells of a resolved PivotTable link, on the commentary sheet. */
export function resolvedLinkCells(plan: DashboardPlan, link: ResolvedLink): CellBlock[] {
  return linkCells(
    link.row,
    plan.names.sheets.pivots,
    link.address,
    link.numberFormat,
    link.figure === false ? { figure: null, note: link.note } : {}
  );
}

/** Reads the layout of the PivotTables the commentary links to and finds each member's cell. */
export async function resolvePendingLinks(
  context: Excel.RequestContext,
  plan: DashboardPlan,
  round: Round
): Promise<ResolvedLink[]> {
  if (plan.pendingLinks.length === 0) return [];
  const ws = context.workbook.worksheets.getItem(plan.names.sheets.pivots);
  const names = [...new Set(plan.pendingLinks.map((l) => l.pivot))];
  const ranges = names.map((name) => {
    const range = ws.pivotTables.getItem(name).layout.getRange();
    range.load("values,address");
    return { name, range };
  });
  round.tick();
  await context.sync();
  const out: ResolvedLink[] = [];
  for (const link of plan.pendingLinks) {
    const table = plan.memberTables.find((t) => t.pivot === link.pivot);
    const laid = ranges.find((r) => r.name === link.pivot);
    if (!table || !laid) continue;
    const cell = pivotCell(laid.range.values, laid.range.address, table, link.member, link.column);
    if (cell)
      out.push({
        sentence: link.sentence,
        text: link.text,
        row: link.row,
        ...cell,
        ...(link.figure === false ? { figure: false, note: link.note } : {}),
      });
  }
  return out;
}
