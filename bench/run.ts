/**
 * `npm run bench [-- --json FILE] [--rows N] [--only a,b] [--skip a,b]`
 *
 * Runs the pipeline benchmark (bench/pipeline.ts) first, then every other section: each file
 * `bench/<name>.ts` exporting an async `bench<Name>()` that resolves to `{ name, rows }`
 * (bench/lib.ts). Prints a table per section; with --json, writes
 * `{ rows, stages, peakRssMb, baselines, ratios, targets, sections }`.
 * Not part of `npm test`: speed and memory are measured here, never in timed tests.
 */
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { formatSection, type BenchSection } from "./lib";
import { pipelineSection, runPipeline, TARGETS } from "./pipeline";

/** Files of bench/ that are not sections. */
const NOT_SECTIONS = new Set(["run.ts", "lib.ts", "pipeline.ts", "synthetic.ts"]);

export interface BenchArgs {
  json?: string;
  rows?: number;
  only?: string[];
  skip: string[];
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { skip: [] };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === "--json") args.json = value;
    else if (flag === "--rows") {
      if (!/^\d+$/.test(value) || Number(value) < 1000)
        throw new Error("--rows needs a whole number ≥ 1000");
      args.rows = Number(value);
    } else if (flag === "--only") args.only = value.split(",");
    else if (flag === "--skip") args.skip = value.split(",");
    else
      throw new Error(
        `Unknown option ${flag}. Usage: npm run bench -- [--json FILE] [--rows N] [--only a,b] [--skip a,b]`
      );
  }
  return args;
}

/** Section names ("pipeline" and the other files' names) selected by --only / --skip. */
function selected(name: string, args: BenchArgs): boolean {
  return (args.only === undefined || args.only.includes(name)) && !args.skip.includes(name);
}

/** Other sections: `bench<Name>` functions exported by bench/<name>.ts. */
async function otherSections(
  args: BenchArgs
): Promise<{ name: string; run: () => Promise<BenchSection> }[]> {
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".ts") && !NOT_SECTIONS.has(f))
    .sort();
  const out: { name: string; run: () => Promise<BenchSection> }[] = [];
  for (const file of files) {
    const name = path.basename(file, ".ts");
    if (!selected(name, args)) continue;
    const mod = (await import(path.join(__dirname, file))) as Record<string, unknown>;
    for (const [exported, fn] of Object.entries(mod)) {
      if (/^bench[A-Z]/.test(exported) && typeof fn === "function") {
        out.push({ name, run: () => (fn as () => Promise<BenchSection>)() });
      }
    }
  }
  return out;
}

async function main(): Promise<number> {
  // The sampler and the baselines want an explicit GC between stages: re-run under --expose-gc.
  if (!(globalThis as { gc?: unknown }).gc && process.env.BENCH_CHILD !== "1") {
    const child = spawnSync(
      process.execPath,
      ["--expose-gc", ...process.execArgv, __filename, ...process.argv.slice(2)],
      {
        stdio: "inherit",
        env: { ...process.env, BENCH_CHILD: "1" },
      }
    );
    return child.status ?? 1;
  }
  let args: BenchArgs;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  const report: Record<string, unknown> = {};
  const sections: Record<string, BenchSection> = {};
  if (selected("pipeline", args)) {
    const r = await runPipeline(args.rows);
    const section = pipelineSection(r);
    process.stdout.write(formatSection(section) + "\n\n");
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
  for (const s of await otherSections(args)) {
    try {
      const section = await s.run();
      sections[s.name] = section;
      process.stdout.write(formatSection(section) + "\n\n");
    } catch (error) {
      process.stderr.write(`Section ${s.name} failed: ${(error as Error).message}\n`);
    }
  }
  report.sections = sections;
  if (args.json !== undefined) {
    writeFileSync(args.json, JSON.stringify(report, null, 2) + "\n");
    process.stdout.write(`JSON written: ${args.json}\n`);
  }
  return 0;
}

if (require.main === module) {
  main().then((code) => {
    process.exitCode = code;
  });
}
