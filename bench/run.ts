/**
 * `npm run bench [-- --json FILE] [--rows N] [--only a,b] [--skip a,b] [--heap MB]`
 *
 * Runs the pipeline benchmark (bench/pipeline.ts) first, then every other section: each file
 * `bench/<name>.ts` exporting an async `bench<Name>()` that resolves to `{ name, rows }`
 * (bench/lib.ts). Each section runs in a child process of its own (`--expose-gc`, heap limit
 * `--heap`, default 8192 MB), so that one section's memory neither inflates another's peak nor
 * stops the run. Prints a table per section; with --json, writes
 * `{ rows, stages, peakRssMb, baselines, ratios, targets, sections, failed }`.
 * Not part of `npm test`: speed and memory are measured here, never in timed tests.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { formatSection, type BenchSection } from "./lib";
import { pipelineSection, runPipeline, TARGETS, type PipelineResult } from "./pipeline";

/** Files of bench/ that are not sections. */
const NOT_SECTIONS = new Set(["run.ts", "lib.ts", "pipeline.ts", "synthetic.ts"]);
export const PIPELINE = "pipeline";

export interface BenchArgs {
  json?: string;
  rows?: number;
  only?: string[];
  skip: string[];
  heapMb: number;
  /** Child mode: run this one section and write its result to `result`. */
  section?: string;
  result?: string;
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { skip: [], heapMb: 8192 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === "--json") args.json = value;
    else if (flag === "--rows") {
      if (!/^\d+$/.test(value) || Number(value) < 1000)
        throw new Error("--rows needs a whole number ≥ 1000");
      args.rows = Number(value);
    } else if (flag === "--heap") {
      if (!/^\d+$/.test(value)) throw new Error("--heap needs a number of MB");
      args.heapMb = Number(value);
    } else if (flag === "--only") args.only = value.split(",");
    else if (flag === "--skip") args.skip = value.split(",");
    else if (flag === "--section") args.section = value;
    else if (flag === "--result") args.result = value;
    else
      throw new Error(
        `Unknown option ${flag}. Usage: npm run bench -- [--json FILE] [--rows N] [--only a,b] [--skip a,b] [--heap MB]`
      );
  }
  return args;
}

/** Section names: "pipeline", then bench/<name>.ts files in name order. */
export function sectionNames(): string[] {
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".ts") && !NOT_SECTIONS.has(f))
    .map((f) => path.basename(f, ".ts"))
    .sort();
  return [PIPELINE, ...files];
}

/** Runs one section in this process. */
async function runSection(
  name: string,
  args: BenchArgs
): Promise<{ section: BenchSection; pipeline?: PipelineResult }> {
  if (name === PIPELINE) {
    const pipeline = await runPipeline(args.rows);
    return { section: pipelineSection(pipeline), pipeline };
  }
  const mod = (await import(path.join(__dirname, `${name}.ts`))) as Record<string, unknown>;
  const entry = Object.entries(mod).find(
    ([exported, fn]) => /^bench[A-Z]/.test(exported) && typeof fn === "function"
  );
  if (!entry) throw new Error(`bench/${name}.ts exports no bench<Name>() function`);
  return { section: await (entry[1] as () => Promise<BenchSection>)() };
}

/** Child mode: one section, result written as JSON for the parent. */
async function child(args: BenchArgs): Promise<number> {
  const out = await runSection(args.section!, args);
  process.stdout.write(formatSection(out.section) + "\n\n");
  writeFileSync(args.result!, JSON.stringify(out));
  return 0;
}

async function parent(args: BenchArgs): Promise<number> {
  const names = sectionNames().filter(
    (n) => (args.only === undefined || args.only.includes(n)) && !args.skip.includes(n)
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), "suivi-bench-"));
  const report: Record<string, unknown> = {};
  const sections: Record<string, BenchSection> = {};
  const failed: Record<string, string> = {};
  try {
    for (const name of names) {
      const result = path.join(dir, `${name}.json`);
      const childArgs = [
        "--section",
        name,
        "--result",
        result,
        ...(args.rows ? ["--rows", String(args.rows)] : []),
      ];
      const run = spawnSync(
        process.execPath,
        [
          "--expose-gc",
          `--max-old-space-size=${args.heapMb}`,
          ...process.execArgv,
          __filename,
          ...childArgs,
        ],
        { stdio: "inherit" }
      );
      let out: { section: BenchSection; pipeline?: PipelineResult };
      try {
        out = JSON.parse(readFileSync(result, "utf8"));
      } catch {
        failed[name] = `exit status ${run.status ?? run.signal}`;
        process.stderr.write(`Section ${name} failed (${failed[name]}).\n\n`);
        continue;
      }
      sections[name] = out.section;
      if (out.pipeline) {
        const r = out.pipeline;
        Object.assign(report, {
          rows: r.rows,
          stages: r.stages,
          peakRssMb: Math.round(r.peakRssMb),
          kernelPeakRssMb: r.kernelPeakRssMb === null ? null : Math.round(r.kernelPeakRssMb),
          baselines: r.baselines,
          ratios: r.ratios,
          targets: TARGETS,
          insights: r.insights,
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  report.sections = sections;
  report.failed = failed;
  if (args.json !== undefined) {
    writeFileSync(args.json, JSON.stringify(report, null, 2) + "\n");
    process.stdout.write(`JSON written: ${args.json}\n`);
  }
  return Object.keys(failed).length === 0 ? 0 : 1;
}

async function main(): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  return args.section !== undefined ? child(args) : parent(args);
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    }
  );
}
