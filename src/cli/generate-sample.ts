/**
 * `npm run sample -- [--seed N] [--out DIR]`
 *
 * Writes the French sample sales export and its monthly targets, as French Excel saves CSV
 * (Windows-1252, `;`, decimal comma, dd/mm/yyyy, CRLF):
 *   DIR/ventes-exemple.csv     the sales lines
 *   DIR/objectifs-exemple.csv  Mois;Objectif CA HT (months as YYYY-MM)
 * Default DIR: assets/samples. The same seed always gives the same files.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import iconv from "iconv-lite";
import { DEFAULT_SAMPLE_OPTIONS, generateSample, salesCsv, targetsCsv } from "../domain/sample";

export const SALES_FILE = "ventes-exemple.csv";
export const TARGETS_FILE = "objectifs-exemple.csv";

export interface SampleArgs {
  seed: number;
  out: string;
}

/** Parses `--seed N` and `--out DIR`; throws a plain message on a mistake. */
export function parseSampleArgs(argv: string[]): SampleArgs {
  const args: SampleArgs = {
    seed: DEFAULT_SAMPLE_OPTIONS.seed,
    out: path.join("assets", "samples"),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === "--seed") {
      if (value === undefined || !/^\d+$/.test(value))
        throw new Error("--seed needs a whole number (e.g. --seed 7)");
      args.seed = Number(value);
      i++;
    } else if (flag === "--out") {
      if (value === undefined || value.startsWith("--")) throw new Error("--out needs a folder");
      args.out = value;
      i++;
    } else
      throw new Error(`Unknown option: ${flag}. Usage: npm run sample -- [--seed N] [--out DIR]`);
  }
  return args;
}

/** Generates and writes both files; returns their paths and the number of lines. */
export async function writeSample(args: SampleArgs): Promise<{ files: string[]; lines: number }> {
  const sample = generateSample({ seed: args.seed });
  await mkdir(args.out, { recursive: true });
  const sales = path.join(args.out, SALES_FILE);
  const targets = path.join(args.out, TARGETS_FILE);
  await writeFile(sales, iconv.encode(salesCsv(sample), "win1252"));
  await writeFile(targets, iconv.encode(targetsCsv(sample), "win1252"));
  return { files: [sales, targets], lines: sample.lines.length };
}

async function main(): Promise<void> {
  let args: SampleArgs;
  try {
    args = parseSampleArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  const { files, lines } = await writeSample(args);
  process.stdout.write(
    `Seed ${args.seed}: ${lines} lines\n${files.map((f) => `  ${f}`).join("\n")}\n`
  );
}

if (require.main === module) void main();
