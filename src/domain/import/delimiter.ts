/**
 * Field separator detection for delimited text (`,` `;` tab `|`): the candidate that splits the
 * first lines into the most consistent number of fields wins, quotes respected (papaparse).
 */
import Papa from "papaparse";

export type Delimiter = "," | ";" | "\t" | "|";

export const DELIMITERS: readonly Delimiter[] = [";", ",", "\t", "|"];

/** Lines examined to choose the separator. */
const SAMPLE_ROWS = 50;
/** Characters examined at most (a sample of a big file). */
const SAMPLE_CHARS = 64 * 1024;

interface DelimiterScore {
  delimiter: Delimiter;
  /** Most frequent number of fields among non-blank sample lines. */
  fields: number;
  /** Share of non-blank sample lines having that number of fields. */
  consistency: number;
}

/** Field-count statistics of one candidate separator over the sample. */
export function scoreDelimiter(sample: string, delimiter: Delimiter): DelimiterScore {
  const rows = Papa.parse<string[]>(sample, { delimiter, preview: SAMPLE_ROWS }).data;
  const counts = new Map<number, number>();
  let total = 0;
  for (const row of rows) {
    if (row.length === 1 && row[0].trim() === "") continue;
    counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    total++;
  }
  let fields = 1;
  let best = 0;
  for (const [n, c] of counts) {
    if (c > best || (c === best && n > fields)) {
      fields = n;
      best = c;
    }
  }
  return { delimiter, fields, consistency: total === 0 ? 0 : best / total };
}

/**
 * Chooses the separator: among candidates splitting lines into 2+ fields consistently (90 % of
 * lines), the one giving the most fields; else the most consistent one; "," when nothing splits.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = sampleOf(text);
  const scores = DELIMITERS.map((d) => scoreDelimiter(sample, d)).filter((s) => s.fields > 1);
  if (scores.length === 0) return ",";
  const consistent = scores.filter((s) => s.consistency >= 0.9);
  const pool = consistent.length > 0 ? consistent : scores;
  pool.sort((a, b) =>
    consistent.length > 0
      ? b.fields - a.fields
      : b.consistency - a.consistency || b.fields - a.fields
  );
  return pool[0].delimiter;
}

/** The start of the text, cut at a line end so the last sampled line is whole. */
function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const cut = text.lastIndexOf("\n", SAMPLE_CHARS);
  return text.slice(0, cut > 0 ? cut : SAMPLE_CHARS);
}
