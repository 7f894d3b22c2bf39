/**
 * Power-law fit of values sorted in descending order against their rank, x_i ≈ a · i^(−b), by
 * least squares on logarithms (simple-statistics linearRegression). Tang et al. (SIGMOD 2017) use
 * it as the null model of "no outstanding member": the residual of the top (or bottom) value is
 * then compared with the residuals of the others.
 */
import { linearRegression } from "simple-statistics";

export interface PowerLaw {
  a: number;
  b: number;
}

/** Fits x ≈ a · rank^(−b) to (rank, value) pairs; values must be > 0. */
export function fitPowerLaw(ranks: number[], values: number[]): PowerLaw {
  const { m, b } = linearRegression(ranks.map((r, i) => [Math.log(r), Math.log(values[i])]));
  return { a: Math.exp(b), b: -m };
}

/** Value predicted at a rank. */
export function powerLawAt(law: PowerLaw, rank: number): number {
  return law.a * rank ** -law.b;
}
