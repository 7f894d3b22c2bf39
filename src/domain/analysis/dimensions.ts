/**
 * Choice of the main and second dimensions (what the dashboard breaks revenue down by first).
 */
import type { DimensionKind } from "../import/types";

/** Preferred kinds, most useful first for a commercial tracking table. */
export const KIND_PREFERENCE: DimensionKind[] = [
  "region",
  "category",
  "product",
  "salesperson",
  "channel",
  "store",
  "customer",
  "other",
];

/** A dimension is readable as a main breakdown with this many members at most. */
export const READABLE_MEMBERS = 12;

export interface DimensionSummary {
  header: string;
  kind: DimensionKind;
  members: number;
}

/**
 * Default main and second dimensions: by kind preference; within a kind, the one with the most
 * members up to READABLE_MEMBERS (else the fewest). Dimensions with fewer than 2 members are
 * only used when nothing else exists. The second dimension has a different kind when possible.
 */
export function chooseDimensions(
  dims: DimensionSummary[],
  requestedMain?: string,
  requestedSecond?: string
): { main: string | null; second: string | null } {
  const exists = (h: string | undefined) =>
    h !== undefined && dims.some((d) => d.header === h) ? h : undefined;
  const score = (d: DimensionSummary): [number, number, number] => [
    d.members >= 2 ? 0 : 1,
    KIND_PREFERENCE.indexOf(d.kind),
    d.members <= READABLE_MEMBERS ? -d.members : d.members,
  ];
  const ranked = [...dims].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    return sa[0] - sb[0] || sa[1] - sb[1] || sa[2] - sb[2] || dims.indexOf(a) - dims.indexOf(b);
  });
  const main = exists(requestedMain) ?? ranked[0]?.header ?? null;
  const mainKind = dims.find((d) => d.header === main)?.kind;
  const others = ranked.filter((d) => d.header !== main);
  const second =
    exists(requestedSecond !== main ? requestedSecond : undefined) ??
    (
      others.find((d) => d.kind !== mainKind && d.members >= 2) ??
      others.find((d) => d.members >= 2) ??
      others[0]
    )?.header ??
    null;
  return { main, second };
}
