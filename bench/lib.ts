/**
 * Shared pieces of `npm run bench`: the section contract, timers, a peak-memory sampler and the
 * table printer. A section is a file `bench/<name>.ts` exporting an async function named
 * `bench<Name>` that resolves to `{ name, rows: [{ label, value, unit }] }`; bench/run.ts finds
 * and runs them (see run.ts for the options).
 */
import { performance } from "node:perf_hooks";
import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";

export interface BenchRow {
  label: string;
  value: number;
  unit: string;
}

export interface BenchSection {
  name: string;
  rows: BenchRow[];
}

/** Runs `fn` and returns its result and duration in ms. */
export function timed<T>(fn: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = fn();
  return { result, ms: performance.now() - start };
}

/** Same for a promise. */
export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - start };
}

/** Runs the garbage collector when node was started with --expose-gc (bench/run.ts asks for it). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Peak resident memory (RSS) while synchronous work blocks the main thread: a worker thread samples
 * process-wide RSS every few milliseconds and keeps the maximum in shared memory.
 */
export class RssSampler {
  private readonly shared = new Float64Array(new SharedArrayBuffer(16));
  private worker: Worker | null = null;

  start(intervalMs = 5): void {
    this.shared[0] = process.memoryUsage.rss();
    this.shared[1] = 0;
    this.worker = new Worker(
      `const { workerData } = require("node:worker_threads");
       const peak = new Float64Array(workerData.buffer);
       const tick = () => { const rss = process.memoryUsage.rss(); if (rss > peak[0]) peak[0] = rss; if (peak[1] === 0) setTimeout(tick, workerData.interval); };
       tick();`,
      { eval: true, workerData: { buffer: this.shared.buffer, interval: intervalMs } }
    );
    this.worker.unref();
  }

  /** Peak RSS so far, in MB (also checks the current RSS). */
  peakMb(): number {
    this.shared[0] = Math.max(this.shared[0], process.memoryUsage.rss());
    return this.shared[0] / 2 ** 20;
  }

  /** Restarts the peak from the current RSS. */
  reset(): void {
    this.shared[0] = process.memoryUsage.rss();
  }

  async stop(): Promise<void> {
    this.shared[1] = 1;
    await this.worker?.terminate();
    this.worker = null;
  }
}

/** The kernel's high-water mark of RSS for this process (Linux), in MB; null elsewhere. */
export function kernelPeakRssMb(): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** A section as an aligned text table. */
export function formatSection(section: BenchSection): string {
  const width = Math.max(...section.rows.map((r) => r.label.length), 10);
  const lines = section.rows.map((r) => {
    // Ratios always with two decimals (1.00 ×, not 1 ×); other values as they come.
    const value = r.unit.startsWith("×")
      ? r.value.toFixed(2)
      : Number.isInteger(r.value)
        ? String(r.value)
        : r.value.toFixed(r.value < 10 ? 2 : 0);
    return `  ${r.label.padEnd(width)}  ${value.padStart(10)} ${r.unit}`;
  });
  return [`${section.name}`, ...lines].join("\n");
}
